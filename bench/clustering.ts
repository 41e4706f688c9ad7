import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clusterStatements } from '../src/cluster/cluster.js';
import { readWholeStatement } from '../src/extract/extractStatements.js';
import { resolveExtractOptions } from '../src/extract/extractionSettings.js';
import { DEFAULT_CLUSTERING, DEFAULT_SIMILARITY } from '../src/options.js';

/** The sizes measured; `SIZES=1000,5000 npm run bench -- clustering` measures others. */
const SIZES = (process.env.SIZES ?? '1000,10000,50000').split(',').map(Number);

/**
 * Cost of clustering: candidate pairs and time for 1k, 10k and 50k statements made from real
 * news sentences (MRPC's sentence file, then STS-B, SICK, Emergent and RTE sentences, distinct
 * only), against the n(n-1)/2 pairs of comparing everything. Extraction time is reported apart.
 * The data hold about 30,000 distinct sentences: that many is measured too, and beyond it they
 * are repeated. A repeated sentence doubles the postings of its terms, which then pass
 * `maxPosting` and propose no pairs, so a size past the distinct sentences is not comparable.
 */
export function benchClustering(dataDir: string): Record<string, unknown> {
  const sentences = realSentences(dataDir);
  const settings = resolveExtractOptions();
  const results = [];
  console.log(`  ${sentences.length} distinct sentences available`);
  const sizes = SIZES.some((size) => size > sentences.length) ? [...SIZES.filter((size) => size < sentences.length), sentences.length, ...SIZES.filter((size) => size > sentences.length)] : SIZES;
  for (const size of sizes) {
    const cycled = size > sentences.length;
    let started = performance.now();
    // Ten sentences to an article, as in a day's news.
    const statements = Array.from({ length: size }, (_, i) => sentences[i % sentences.length]!).map((text, i) => ({
      ...readWholeStatement(text, `a${Math.floor(i / 10)}`, settings),
      id: `a${Math.floor(i / 10)}#${i % 10}`,
    }));
    const extractSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    const { candidatePairs, clusters } = clusterStatements(statements, DEFAULT_SIMILARITY, DEFAULT_CLUSTERING);
    const clusterSeconds = (performance.now() - started) / 1000;
    const allPairs = (size * (size - 1)) / 2;
    const row = { statements: size, cycled, candidatePairs, allPairs, ratio: candidatePairs / allPairs, pairsPerStatement: candidatePairs / size, clusters: clusters.length, extractSeconds, clusterSeconds };
    results.push(row);
    console.log(
      `  ${String(size).padStart(6)} statements: ${candidatePairs} candidate pairs (${(row.ratio * 100).toFixed(3)}% of ${allPairs} all-pairs, ` +
        `${row.pairsPerStatement.toFixed(1)} per statement), ${clusters.length} clusters; clustering ${clusterSeconds.toFixed(1)} s (extraction ${extractSeconds.toFixed(1)} s)` +
        (cycled ? `; sentences repeated past ${sentences.length}: not comparable (repeats fill postings)` : ''),
    );
  }
  return { results };
}

function realSentences(dataDir: string): string[] {
  const seen = new Set<string>();
  const add = (text: string | undefined) => {
    const t = text?.trim();
    if (t && t.length > 20) seen.add(t);
  };
  const data = join(dataDir, 'data');
  const mrpc = join(data, 'mrpc', 'msr_paraphrase_data.txt');
  if (!existsSync(mrpc)) throw new Error(`no sentences at ${mrpc}: pass --data DIR`);
  for (const line of readFileSync(mrpc, 'utf8').split('\n').slice(1)) add(line.split('\t')[1]);
  for (const file of ['sts-train.csv', 'sts-dev.csv']) {
    for (const line of readFileSync(join(data, 'stsbenchmark', file), 'utf8').split('\n')) for (const s of line.split('\t').slice(5, 7)) add(s);
  }
  for (const line of readFileSync(join(data, 'sick', 'SICK.txt'), 'utf8').split('\n').slice(1)) for (const s of line.split('\t').slice(1, 3)) add(s);
  for (const line of readFileSync(join(data, 'emergent', 'emergent.csv'), 'utf8').split('\n')) add(line.split(',').slice(1, 2)[0]);
  const rte = readFileSync(join(data, 'rte3-3way-proxy', 'rte3_dev.xml'), 'utf8');
  for (const m of rte.matchAll(/<[th]>([^<]+)<\/[th]>/g)) for (const s of m[1]!.split(/(?<=[.!?])\s+(?=[A-Z])/)) add(s);
  const negated = readFileSync(join(data, 'stanford-contradiction', 'rte2-negated.xml'), 'utf8');
  for (const m of negated.matchAll(/<[th]>([^<]+)<\/[th]>/g)) for (const s of m[1]!.split(/(?<=[.!?])\s+(?=[A-Z])/)) add(s);
  return [...seen];
}
