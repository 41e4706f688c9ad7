import { extractStatements, segment, type Statement } from '../../src/index.js';
import { statementForAnchor } from '../anchors.js';
import { readEmergent } from '../datasets/emergent.js';
import type { SuiteResult } from '../figures.js';
import { confusionMatrix } from '../metrics.js';
import { loadSeeds, type GoldMember } from '../seeds.js';

/**
 * Statements: (1) for every gold anchor of the seeds, the statement that holds it and its frame,
 * counting anchors that map to no statement or to page furniture (target 0); (2) the certainty
 * crosscheck gives each Emergent headline against the headline's stance label.
 */
export function runStatements(dataDir: string): SuiteResult {
  const seeds = loadSeeds(dataDir);
  const statements = seeds.documents.flatMap((d) => extractStatements({ id: d.id, text: d.text, published: d.published }));
  const members: GoldMember[] = [];
  for (const cluster of seeds.clusters) for (const m of cluster.members) if (!members.some((x) => x.doc === m.doc && x.anchor === m.anchor)) members.push(m);
  let unmapped = 0;
  let boilerplate = 0;
  const anchors = [];
  console.log(`  seeds: ${statements.length} statements; ${members.length} distinct gold anchors`);
  for (const member of members) {
    const { statement, span } = statementForAnchor(member, seeds.documents, statements);
    const doc = seeds.documents.find((d) => d.id === member.doc)!;
    const inFurniture = span && !statement && segment(doc.text).some((s) => s.start < span.end && s.end > span.start && s.role !== 'body' && s.role !== 'headline');
    if (!statement) {
      if (inFurniture) boilerplate++;
      else unmapped++;
    }
    anchors.push({ ...member, statement: statement && describe(statement) });
    console.log(`  ${member.doc} "${member.anchor.slice(0, 60)}"`);
    console.log(statement ? `      -> ${statement.id} ${frameOf(statement)} | ${statement.claim.text.slice(0, 80)}` : `      -> ${inFurniture ? 'BOILERPLATE' : 'NO STATEMENT'}`);
  }

  const rows = readEmergent(dataDir);
  const gold: string[] = [];
  const predicted: string[] = [];
  rows.forEach((row, i) => {
    const first = extractStatements({ id: `h${i}`, text: row.headline })[0];
    gold.push(row.stance);
    predicted.push(first ? `${first.certainty}${first.polarity.negated ? '+neg' : ''}` : 'none');
  });
  const labels = ['asserted', 'reported', 'hedged', 'unconfirmed', 'denied'].flatMap((c) => [c, `${c}+neg`]);
  const matrix = confusionMatrix(gold, predicted, ['for', 'observing', 'against', ...labels, 'none']);
  const share = (stance: string, accept: (p: string) => boolean) => {
    const idx = gold.map((g, i) => (g === stance ? i : -1)).filter((i) => i >= 0);
    return idx.filter((i) => accept(predicted[i]!)).length / Math.max(1, idx.length);
  };
  const base = (p: string) => p.replace('+neg', '');
  console.log('\n  Emergent headlines: stance (rows) x certainty (columns)');
  const present = [...new Set(predicted)].sort();
  const compact = confusionMatrix(gold, predicted, ['for', 'observing', 'against', ...present]);
  console.log(compact.format().split('\n').filter((l) => /^(gold|for|observing|against)/.test(l)).map((l) => `    ${l}`).join('\n'));
  return {
    suite: 'statements',
    figures: [
      { name: 'seed statements', value: statements.length },
      { name: 'gold anchors', value: members.length },
      { name: 'anchors mapped to no statement', value: unmapped, target: { atMost: 0 } },
      { name: 'anchors mapped to boilerplate', value: boilerplate, target: { atMost: 0 } },
      { name: 'emergent: for -> asserted|reported', value: share('for', (p) => p === 'asserted' || p === 'reported'), target: { atLeast: 0.7 } },
      { name: 'emergent: observing -> hedged|unconfirmed|reported', value: share('observing', (p) => ['hedged', 'unconfirmed', 'reported'].includes(base(p))), target: { atLeast: 0.6 } },
      { name: 'emergent: against -> denied or negated', value: share('against', (p) => base(p) === 'denied' || p.endsWith('+neg')), target: { atLeast: 0.5 } },
    ],
    details: { anchors, emergent: { labels: matrix.labels, counts: matrix.counts } },
  };
}

function frameOf(s: Statement): string {
  const a = s.attribution;
  const source = a.kind === 'outlet' ? 'outlet' : `${a.kind} "${a.source}"${a.verb ? ` ${a.verb}` : ''}`;
  return `[${s.certainty}; ${source}${s.polarity.negated ? '; negated' : ''}]`;
}

function describe(s: Statement) {
  return { id: s.id, claim: s.claim.text, certainty: s.certainty, attribution: s.attribution, negated: s.polarity.negated };
}
