import { IdfTable } from '../../src/cluster/idf.js';
import { indexTerms } from '../../src/cluster/profile.js';
import { readWholeStatement } from '../../src/extract/extractStatements.js';
import { resolveExtractOptions } from '../../src/extract/extractionSettings.js';
import { analyze, compare, extractStatements, type Comparison, type Divergence, type Statement } from '../../src/index.js';
import { statementForAnchor } from '../anchors.js';
import { readClaimDiff } from '../datasets/claimdiff.js';
import { readEmergent } from '../datasets/emergent.js';
import { readRteNegated } from '../datasets/rteNegated.js';
import type { Figure, SuiteResult } from '../figures.js';
import { confusionMatrix, precisionRecallF1 } from '../metrics.js';
import { loadSeeds, seedArticles, type GoldPair } from '../seeds.js';

/** Divergence kinds that make two statements contradict each other (not modality or quote wording). */
const CONTRADICTION_KINDS = new Set(['certainty', 'polarity', 'number', 'time', 'place', 'dispute']);

/**
 * Divergences: on the seeds, the gold `must` and `should` pairs found with the right kind, no flag
 * on the gold agreements, and every divergence listed with its explanation for a person to judge;
 * contradiction on the RTE2 negated pairs against the "has a negation word" baseline; `weaken`
 * on ClaimDiff train; 3-way stance on Emergent.
 */
export function runDivergences(dataDir: string): SuiteResult {
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};

  // Seeds.
  const seeds = loadSeeds(dataDir);
  const report = analyze(seedArticles(seeds));
  const statementOf = (m: GoldPair['a']) => statementForAnchor(m, seeds.documents, report.statements).statement;
  const between = (a?: Statement, b?: Statement): Divergence[] =>
    !a || !b ? [] : report.divergences.filter((d) => d.statementIds.includes(a.id) && d.statementIds.includes(b.id) && a.id !== b.id);
  const tally = { must: [0, 0], should: [0, 0] } as Record<'must' | 'should', [number, number]>;
  const goldLines: string[] = [];
  let flaggedAgreements = 0;
  const agreementLines: string[] = [];
  for (const cluster of seeds.clusters) {
    for (const pair of cluster.divergences ?? []) {
      const level = pair.level ?? 'should';
      const found = between(statementOf(pair.a), statementOf(pair.b)).some((d) => d.kind === pair.kind);
      tally[level][1]++;
      if (found) tally[level][0]++;
      goldLines.push(`    ${found ? 'found ' : 'MISSED'} ${level.padEnd(6)} ${pair.kind!.padEnd(9)} ${pair.a.doc} / ${pair.b.doc}: ${pair.note ?? ''}`);
    }
    for (const pair of cluster.agreements ?? []) {
      const flags = between(statementOf(pair.a), statementOf(pair.b));
      if (flags.length > 0) flaggedAgreements++;
      agreementLines.push(`    ${flags.length > 0 ? `FLAGGED (${flags.map((d) => d.kind).join(', ')})` : 'not flagged'}: ${pair.a.doc} / ${pair.b.doc}: ${pair.note ?? ''}`);
    }
  }
  console.log('  seeds, gold divergences:');
  for (const line of goldLines) console.log(line);
  console.log('  seeds, gold agreements:');
  for (const line of agreementLines) console.log(line);
  const byId = new Map(report.statements.map((s) => [s.id, s]));
  console.log(`  seeds, every divergence reported (${report.divergences.length}), to judge by hand:`);
  for (const d of report.divergences) {
    const [a, b] = d.statementIds.map((id) => byId.get(id)!);
    console.log(`    [${d.kind}] ${d.explanation}`);
    console.log(`        ${a!.id}: ${a!.text.slice(0, 110)}`);
    console.log(`        ${b!.id}: ${b!.text.slice(0, 110)}`);
  }
  figures.push(
    { name: 'seeds: must divergences found (of 6)', value: tally.must[0], target: { atLeast: 6 } },
    { name: 'seeds: should divergences found (of 8)', value: tally.should[0], target: { atLeast: 5 } },
    { name: 'seeds: agreement pairs flagged (of 14)', value: flaggedAgreements, target: { atMost: 0 } },
    { name: 'seeds: divergences reported in all', value: report.divergences.length },
  );
  details.seeds = { divergences: report.divergences, gold: goldLines, agreements: agreementLines };

  const settings = resolveExtractOptions();

  // RTE2 negated pairs: contradiction when the hypothesis diverges from the closest text statement.
  const rte = readRteNegated(dataDir);
  const contradicts = (c: Comparison) => c.stance === 'contradicts' || c.divergences.some((d) => CONTRADICTION_KINDS.has(d.kind));
  const rtePredicted = rte.map((pair, i) => contradicts(compareClosest(pair.text, pair.hypothesis, `rte${i}`)));
  const rteGold = rte.map((p) => p.contradiction);
  const ours = precisionRecallF1(rtePredicted, rteGold);
  const baseline = precisionRecallF1(rte.map((p) => /\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot)\b|n't\b/i.test(p.hypothesis)), rteGold);
  figures.push(
    { name: 'RTE2 negated: contradiction precision', value: ours.precision },
    { name: 'RTE2 negated: contradiction recall', value: ours.recall },
    { name: 'RTE2 negated: contradiction F1', value: ours.f1 },
    { name: 'RTE2 negated: baseline F1 (hypothesis has a negation word)', value: baseline.f1 },
    { name: 'RTE2 negated: F1 gain over the baseline', value: ours.f1 - baseline.f1, target: { atLeast: 0.1 } },
  );

  // ClaimDiff train: a divergence found = weaken.
  const claimdiff = readClaimDiff(dataDir, 'train');
  const weakenPredicted = claimdiff.map((p, i) => compare(readWholeStatement(p.a, `cda${i}`, settings), readWholeStatement(p.b, `cdb${i}`, settings)).divergences.length > 0);
  const weaken = precisionRecallF1(weakenPredicted, claimdiff.map((p) => p.weaken));
  figures.push(
    { name: 'ClaimDiff train: weaken precision', value: weaken.precision },
    { name: 'ClaimDiff train: weaken recall', value: weaken.recall },
    { name: 'ClaimDiff train: weaken F1 (divergence found = weaken)', value: weaken.f1 },
  );

  // Emergent: stance of the headline toward its claim.
  const rows = readEmergent(dataDir);
  const idf = IdfTable.fromDocuments(rows.map((r, i) => indexTerms(readWholeStatement(r.headline, `eh${i}`, settings))));
  const toLabel = { supports: 'for', reports: 'observing', contradicts: 'against', unrelated: 'unrelated' } as const;
  const stances = rows.map((r, i) => toLabel[compare(readWholeStatement(r.claim, `ec${i}`, settings), readWholeStatement(r.headline, `eh${i}`, settings), { idf }).stance]);
  const gold = rows.map((r) => r.stance);
  const matrix = confusionMatrix(gold, stances, ['for', 'observing', 'against', 'unrelated']);
  console.log('  Emergent stance (rows gold, columns predicted):');
  console.log(matrix.format().split('\n').map((l) => `    ${l}`).join('\n'));
  const accuracy = gold.filter((g, i) => g === stances[i]).length / gold.length;
  figures.push({ name: 'Emergent: 3-way stance accuracy', value: accuracy, target: { atLeast: 0.65 } });
  for (const label of ['for', 'observing', 'against']) figures.push({ name: `Emergent: F1 of ${label}`, value: matrix.perClass(label).f1 });

  return { suite: 'divergences', figures, details };
}

/** Compares a hypothesis with the statement of a (longer) text it is closest to. */
function compareClosest(text: string, hypothesis: string, id: string): Comparison {
  const statements = extractStatements({ id, text });
  let best: Comparison | undefined;
  for (const statement of statements) {
    const comparison = compare(statement, hypothesis);
    if (!best || comparison.similarity > best.similarity) best = comparison;
  }
  return best ?? compare(text, hypothesis);
}
