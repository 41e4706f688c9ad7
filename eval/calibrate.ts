/**
 * Calibration of the similarity weights: `npx tsx eval/calibrate.ts [--data DIR]`.
 * Fits the logistic model of `src/cluster/similarity.ts` by gradient descent on standardized
 * signals to MRPC train (paraphrase = 1) together with STS-B train (graded similarity / 5 as a
 * soft label), reports MRPC accuracy and F1 by 5-fold cross-validation, prints the weights fitted
 * on all pairs (back on the signals' own scale) and the Spearman correlation they give on STS-B
 * dev, which calibration never sees. Then fits the grouping weights on Emergent's same-claim
 * pairs and prints the B-cubed F1 of clustering Emergent for a range of thresholds. `DEFAULT_SIMILARITY` in src/options.ts holds the printed
 * weights; rerun after changing the signals.
 */
import { parseArgs } from 'node:util';
import { candidatePairs } from '../src/cluster/candidates.js';
import { statementIdf, clusterStatements } from '../src/cluster/cluster.js';
import { IdfTable } from '../src/cluster/idf.js';
import { buildProfile, indexTerms, weighProfile } from '../src/cluster/profile.js';
import { combine, SIGNALS, similaritySignals, type SimilaritySignals, type SimilarityWeights } from '../src/cluster/similarity.js';
import { readWholeStatement } from '../src/extract/extractStatements.js';
import { resolveExtractOptions } from '../src/extract/extractionSettings.js';
import { DEFAULT_CLUSTERING, DEFAULT_SIMILARITY } from '../src/options.js';
import { resolveDataDir } from './dataPaths.js';
import { readEmergent } from './datasets/emergent.js';
import { readMrpcPairs, readMrpcSentences } from './datasets/mrpc.js';
import { readSts } from './datasets/sts.js';
import { bcubed, spearman } from './metrics.js';

const { values } = parseArgs({ options: { data: { type: 'string' } } });
const dataDir = resolveDataDir(values.data);
const settings = resolveExtractOptions();

/** Signals of text pairs, with IDF from a corpus of sentences (the dataset's own, unlabelled). */
function pairSignals(pairs: ReadonlyArray<{ a: string; b: string }>, corpus: readonly string[]): SimilaritySignals[] {
  const idf = IdfTable.fromDocuments(corpus.map((s, i) => indexTerms(readWholeStatement(s, `c${i}`, settings))));
  return pairs.map((p, i) =>
    similaritySignals(
      weighProfile(buildProfile(readWholeStatement(p.a, `a${i}`, settings)), idf),
      weighProfile(buildProfile(readWholeStatement(p.b, `b${i}`, settings)), idf),
    ),
  );
}

/** L2-regularized logistic regression on standardized signals; weights returned on the raw scale. */
function fit(xs: readonly SimilaritySignals[], ys: readonly number[], sampleWeights?: readonly number[], l2 = 1e-3): SimilarityWeights {
  const d = SIGNALS.length;
  const mean = SIGNALS.map((s) => xs.reduce((sum, x) => sum + x[s], 0) / xs.length);
  const sd = SIGNALS.map((s, j) => Math.sqrt(xs.reduce((sum, x) => sum + (x[s] - mean[j]!) ** 2, 0) / xs.length) || 1);
  const rows = xs.map((x) => SIGNALS.map((s, j) => (x[s] - mean[j]!) / sd[j]!));
  const w = new Array<number>(d).fill(0);
  let bias = 0;
  for (let epoch = 0; epoch < 1500; epoch++) {
    const grad = new Array<number>(d).fill(0);
    let gradBias = 0;
    let total = 0;
    rows.forEach((row, i) => {
      const z = bias + row.reduce((sum, v, j) => sum + v * w[j]!, 0);
      const weight = sampleWeights?.[i] ?? 1;
      total += weight;
      const err = weight * (1 / (1 + Math.exp(-z)) - ys[i]!);
      gradBias += err;
      row.forEach((v, j) => (grad[j]! += err * v));
    });
    bias -= 0.5 * (gradBias / total);
    for (let j = 0; j < d; j++) w[j]! -= 0.5 * (grad[j]! / total + l2 * w[j]!);
  }
  const weights = { bias: bias - SIGNALS.reduce((sum, _, j) => sum + (w[j]! * mean[j]!) / sd[j]!, 0) } as SimilarityWeights;
  SIGNALS.forEach((s, j) => (weights[s] = w[j]! / sd[j]!));
  return weights;
}

function score(probabilities: readonly number[], ys: readonly number[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  probabilities.forEach((p, i) => {
    const yes = p >= threshold;
    if (yes && ys[i]) tp++;
    else if (yes) fp++;
    else if (ys[i]) fn++;
    else tn++;
  });
  return { accuracy: (tp + tn) / ys.length, f1: (2 * tp) / (2 * tp + fp + fn) };
}

const stsTrain = readSts(dataDir, 'train');
const stsDev = readSts(dataDir, 'dev');
const stsCorpus = [...stsDev, ...stsTrain].flatMap((r) => [r.a, r.b]);
const stsTrainSignals = pairSignals(stsTrain, stsCorpus);
const stsTrainLabels = stsTrain.map((r) => r.score / 5);
/** STS pairs count less than MRPC pairs: their graded labels only shape the ranking. */
const STS_WEIGHT = 0.3;
console.log(`STS-B train: ${stsTrain.length} pairs (soft labels, each weighing ${STS_WEIGHT})`);
const joint = (mrpcCount: number) => [...new Array<number>(mrpcCount).fill(1), ...stsTrainSignals.map(() => STS_WEIGHT)];

const mrpc = readMrpcPairs(dataDir);
const mrpcCorpus = readMrpcSentences(dataDir).map((s) => s.text);
console.log(`MRPC train: ${mrpc.length} pairs; IDF from its ${mrpcCorpus.length} sentences`);
const xs = pairSignals(mrpc, mrpcCorpus);
const ys = mrpc.map((p) => p.label);
const folds = 5;
const cv = new Array<number>(xs.length).fill(0);
for (let k = 0; k < folds; k++) {
  const train = xs.map((_, i) => i).filter((i) => i % folds !== k);
  const weights = fit([...train.map((i) => xs[i]!), ...stsTrainSignals], [...train.map((i) => ys[i]!), ...stsTrainLabels], joint(train.length));
  xs.forEach((x, i) => {
    if (i % folds === k) cv[i] = combine(x, weights);
  });
}
for (const threshold of [0.4, 0.45, 0.5, 0.55, 0.6]) {
  const s = score(cv, ys, threshold);
  console.log(`  5-fold CV, threshold ${threshold}: accuracy ${s.accuracy.toFixed(3)}, F1 ${s.f1.toFixed(3)}`);
}
const weights = fit([...xs, ...stsTrainSignals], [...ys, ...stsTrainLabels], joint(xs.length));
console.log('weights fitted on all of MRPC train (paste into DEFAULT_SIMILARITY):');
console.log(JSON.stringify(Object.fromEntries(Object.entries(weights).map(([k, v]) => [k, Math.round(v * 1000) / 1000]))));

const stsSignals = pairSignals(stsDev, stsCorpus);
console.log(`STS-B dev Spearman with these weights: ${spearman(stsSignals.map((x) => combine(x, weights)), stsDev.map((r) => r.score)).toFixed(3)}`);

// Grouping weights: same-claim pairs of Emergent (claims and headlines), then the threshold of
// average linkage that gives the best B-cubed F1.
const emergent = readEmergent(dataDir);
const claimTexts = new Map<string, string>();
for (const row of emergent) claimTexts.set(row.claimId, row.claim);
const items = [
  ...[...claimTexts].sort().map(([claimId, text]) => ({ claimId, statement: readWholeStatement(text, `claim-${claimId}`, settings) })),
  ...emergent.map((row) => ({ claimId: row.claimId, statement: readWholeStatement(row.headline, `headline-${row.id}`, settings) })),
];
const emergentIdf = statementIdf(items.map((i) => i.statement));
const profiles = items.map((i) => weighProfile(buildProfile(i.statement), emergentIdf));
const candidates = candidatePairs(profiles, { ...DEFAULT_CLUSTERING, allPairsBelow: 0 });
const groupingWeights = fit(
  candidates.map(([i, j]) => similaritySignals(profiles[i]!, profiles[j]!)),
  candidates.map(([i, j]) => (items[i]!.claimId === items[j]!.claimId ? 1 : 0)),
  undefined,
  // Stronger regularization: Emergent's claims are few and grouped, and a smoother model holds up better on held-out claims.
  0.05,
);
console.log(`\nEmergent: ${items.length} claims and headlines, ${candidates.length} candidate pairs`);
console.log('grouping weights (paste into DEFAULT_CLUSTERING):');
console.log(JSON.stringify(Object.fromEntries(Object.entries(groupingWeights).map(([k, v]) => [k, Math.round(v * 1000) / 1000]))));
const goldOf = new Map(items.map((item, i) => [i, item.claimId]));
const index = new Map(items.map((item, i) => [item.statement.id, i]));
for (const threshold of [0.15, 0.2, 0.25, 0.3, 0.35, 0.4]) {
  const { clusters } = clusterStatements(items.map((i) => i.statement), DEFAULT_SIMILARITY, { ...DEFAULT_CLUSTERING, weights: groupingWeights, threshold });
  const predictedOf = new Map<number, string>();
  for (const c of clusters) for (const id of c.statementIds) predictedOf.set(index.get(id)!, c.id);
  const b3 = bcubed(predictedOf, goldOf);
  console.log(`  threshold ${threshold}: B-cubed P ${b3.precision.toFixed(3)} R ${b3.recall.toFixed(3)} F1 ${b3.f1.toFixed(3)}`);
}
