import { IdfTable } from '../../src/cluster/idf.js';
import { clusterStatements } from '../../src/cluster/cluster.js';
import { indexTerms } from '../../src/cluster/profile.js';
import { readWholeStatement } from '../../src/extract/extractStatements.js';
import { resolveExtractOptions } from '../../src/extract/extractionSettings.js';
import { analyze, compare, DEFAULT_CLUSTERING, DEFAULT_SIMILARITY, type Statement } from '../../src/index.js';
import { statementForAnchor } from '../anchors.js';
import { readEmergent } from '../datasets/emergent.js';
import { readMrpcPairs, readMrpcSentences } from '../datasets/mrpc.js';
import { readSts } from '../datasets/sts.js';
import type { Figure, SuiteResult } from '../figures.js';
import { bcubed, precisionRecallF1, spearman } from '../metrics.js';
import { loadSeeds, seedArticles } from '../seeds.js';

/**
 * Clusters: pairwise recall and precision on the seeds' annotated members; `compare().sameClaim`
 * on MRPC train; B-cubed F1 of clustering Emergent headlines and claims by claim; Spearman of
 * `compare().similarity` on STS-B dev.
 */
export function runClusters(dataDir: string): SuiteResult {
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};

  // Seeds.
  const seeds = loadSeeds(dataDir);
  const report = analyze(seedArticles(seeds));
  const clusterOf = new Map<string, string>();
  for (const c of report.clusters) for (const id of c.statementIds) clusterOf.set(id, c.id);
  const members = seeds.clusters.flatMap((c) =>
    c.members.map((m) => ({ gold: c.id, doc: m.doc, anchor: m.anchor, statement: statementForAnchor(m, seeds.documents, report.statements).statement })),
  );
  let goldPairs = 0;
  let recalled = 0;
  let predictedPairs = 0;
  let correctPairs = 0;
  const missed: string[] = [];
  const wrong: string[] = [];
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const a = members[x]!;
      const b = members[y]!;
      if (!a.statement || !b.statement) continue;
      const together = a.statement.id === b.statement.id || (clusterOf.has(a.statement.id) && clusterOf.get(a.statement.id) === clusterOf.get(b.statement.id));
      const sameGold = a.gold === b.gold;
      if (sameGold && a.doc !== b.doc) {
        goldPairs++;
        if (together) recalled++;
        else missed.push(`${a.gold}: ${a.statement.id} "${a.anchor.slice(0, 50)}" / ${b.statement.id} "${b.anchor.slice(0, 50)}"`);
      }
      if (together && a.statement.id !== b.statement.id) {
        predictedPairs++;
        if (sameGold) correctPairs++;
        else wrong.push(`${a.gold} + ${b.gold}: ${a.statement.id} / ${b.statement.id}`);
      }
    }
  }
  console.log(`  seeds: ${report.statements.length} statements, ${report.clusters.length} clusters, ${report.stats.candidatePairs} candidate pairs`);
  for (const m of missed) console.log(`    missed   ${m}`);
  for (const w of wrong) console.log(`    wrong    ${w}`);
  figures.push(
    { name: 'seeds: pairwise recall (cross-article gold pairs)', value: goldPairs === 0 ? 0 : recalled / goldPairs, target: { atLeast: 0.8 } },
    { name: 'seeds: pairwise precision (annotated members)', value: predictedPairs === 0 ? 0 : correctPairs / predictedPairs, target: { atLeast: 0.8 } },
  );
  details.seeds = { goldPairs, recalled, predictedPairs, correctPairs, missed, wrong, clusters: report.clusters };

  // MRPC train: the same-claim decision.
  const settings = resolveExtractOptions();
  const mrpc = readMrpcPairs(dataDir);
  const mrpcIdf = IdfTable.fromDocuments(readMrpcSentences(dataDir).map((s, i) => indexTerms(readWholeStatement(s.text, `m${i}`, settings))));
  const mrpcPredicted = mrpc.map((p) => compare(p.a, p.b, { idf: mrpcIdf }).sameClaim);
  const mrpcGold = mrpc.map((p) => p.label === 1);
  const mrpcScores = precisionRecallF1(mrpcPredicted, mrpcGold);
  figures.push(
    { name: 'MRPC train: sameClaim accuracy', value: (mrpcScores.tp + mrpcScores.tn) / mrpc.length, target: { atLeast: 0.75 } },
    { name: 'MRPC train: F1 of the paraphrase class', value: mrpcScores.f1, target: { atLeast: 0.82 } },
  );

  // Emergent: headlines and claims clustered together by claim.
  const rows = readEmergent(dataDir);
  const items: Array<{ claimId: string; statement: Statement }> = [];
  const claims = new Map<string, string>();
  for (const row of rows) claims.set(row.claimId, row.claim);
  for (const [claimId, claim] of [...claims].sort()) items.push({ claimId, statement: readWholeStatement(claim, `claim-${claimId}`, settings) });
  rows.forEach((row) => items.push({ claimId: row.claimId, statement: readWholeStatement(row.headline, `headline-${row.id}`, settings) }));
  const clustering = clusterStatements(items.map((i) => i.statement), DEFAULT_SIMILARITY, DEFAULT_CLUSTERING);
  const predictedOf = new Map<number, string>();
  const index = new Map(items.map((item, i) => [item.statement.id, i]));
  for (const c of clustering.clusters) for (const id of c.statementIds) predictedOf.set(index.get(id)!, c.id);
  const goldOf = new Map(items.map((item, i) => [i, item.claimId]));
  const b3 = bcubed(predictedOf, goldOf);
  figures.push(
    { name: 'Emergent: B-cubed precision', value: b3.precision },
    { name: 'Emergent: B-cubed recall', value: b3.recall },
    { name: 'Emergent: B-cubed F1 (claims + headlines by claimId)', value: b3.f1, target: { atLeast: 0.85 } },
  );
  console.log(`  emergent: ${items.length} items (${claims.size} claims), ${clustering.clusters.length} clusters, ${clustering.candidatePairs} candidate pairs`);

  // STS-B dev: graded similarity.
  const sts = readSts(dataDir, 'dev');
  const stsIdf = IdfTable.fromDocuments([...sts, ...readSts(dataDir, 'train')].flatMap((r, i) => [indexTerms(readWholeStatement(r.a, `sa${i}`, settings)), indexTerms(readWholeStatement(r.b, `sb${i}`, settings))]));
  const stsSimilarity = sts.map((r) => compare(r.a, r.b, { idf: stsIdf }).similarity);
  figures.push({ name: 'STS-B dev: Spearman of similarity', value: spearman(stsSimilarity, sts.map((r) => r.score)), target: { atLeast: 0.65 } });

  return { suite: 'clusters', figures, details };
}
