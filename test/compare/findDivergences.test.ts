import { describe, expect, it } from 'vitest';
import { clusterStatements } from '../../src/cluster/cluster.js';
import { pairSlot } from '../../src/cluster/clusterPairScores.js';
import { findDivergences, type DivergenceOptions } from '../../src/compare/findDivergences.js';
import { analyze, DEFAULT_CLUSTERING, DEFAULT_DETECTORS, DEFAULT_SIMILARITY, extractStatements, type Detector } from '../../src/index.js';
import { resolveExtractOptions } from '../../src/extract/extractionSettings.js';
import { STORM_STORY } from '../fixtures/stormStory.js';

describe('findDivergences: the similarity of a cluster pair read by position', () => {
  const { statements } = analyze(STORM_STORY);
  const clustering = clusterStatements(statements, DEFAULT_SIMILARITY, DEFAULT_CLUSTERING);
  const { aliases } = resolveExtractOptions();

  /** Every pair the detectors are asked about, with the similarity they are told. */
  const told = (options: Pick<DivergenceOptions, 'similarity' | 'pairScores'>): string[] => {
    const pairs: string[] = [];
    findDivergences(statements, clustering.clusters, { detectors: [listening(pairs)], aliases, overlap: clustering.overlap, ...options });
    return pairs;
  };

  it('tells each pair the similarity asked for by id, without asking by id', () => {
    expect(clustering.clusters.some((c) => c.statementIds.length >= 3)).toBe(true);
    const byId = told({ similarity: clustering.similarity });
    let asked = 0;
    const byPosition = told({
      similarity: () => {
        asked++;
        return 0;
      },
      pairScores: clustering.pairScores,
    });
    expect(byPosition.length).toBeGreaterThan(3);
    expect(byPosition).toEqual(byId);
    expect(asked).toBe(0);
  });

  it('asks by id for the clusters whose scores are not known', () => {
    const [first] = clustering.clusters;
    const pairScores = (cluster: (typeof clustering.clusters)[number]) => (cluster === first ? undefined : clustering.pairScores(cluster));
    expect(told({ similarity: clustering.similarity, pairScores })).toEqual(told({ similarity: clustering.similarity }));
  });

  it('finds the same divergences either way, with every minimum similarity', () => {
    for (const minPairSimilarity of [0, 0.45, 0.7]) {
      const options = { detectors: DEFAULT_DETECTORS, aliases, overlap: clustering.overlap, similarity: clustering.similarity, minPairSimilarity };
      const byId = findDivergences(statements, clustering.clusters, options);
      expect(findDivergences(statements, clustering.clusters, { ...options, pairScores: clustering.pairScores })).toEqual(byId);
    }
  });
});

describe('findDivergences: pair (x, y) of a cluster told the score at pairSlot(x, y, m)', () => {
  const WIRE = 'The port authority said 40 ships were waiting to unload on Tuesday.';
  // b prints a's sentence word for word: that pair is never compared, and the scores of the pairs
  // after it are still read where they stand.
  const statements = [
    { id: 'a', outlet: 'Daily', text: WIRE },
    { id: 'b', outlet: 'Herald', text: WIRE },
    { id: 'c', outlet: 'Courier', text: 'The port authority said 60 ships were waiting to unload on Tuesday.' },
    { id: 'd', outlet: 'Gazette', text: 'Port officials said 45 ships were still waiting on Wednesday.' },
  ].flatMap((article) => extractStatements({ ...article, published: '2022-05-04' }));
  const ids = statements.map((s) => s.id);
  const cluster = { id: 'c-test', statementIds: ids, articleIds: ['a', 'b', 'c', 'd'], outlets: [], representative: { statementId: ids[0]!, text: WIRE }, cohesion: 1 };
  const m = ids.length;
  const scores = Float64Array.from({ length: (m * (m - 1)) / 2 }, (_, slot) => 0.5 + slot / 100);

  it.each([0, 0.52])('with minPairSimilarity %s', (minPairSimilarity) => {
    const told: string[] = [];
    const { aliases } = resolveExtractOptions();
    findDivergences(statements, [cluster], { detectors: [listening(told)], aliases, overlap: () => 0, similarity: () => -1, pairScores: () => scores, minPairSimilarity });
    const expected: string[] = [];
    for (let x = 0; x < m; x++) {
      for (let y = x + 1; y < m; y++) {
        const score = scores[pairSlot(x, y, m)]!;
        if (!(x === 0 && y === 1) && score >= minPairSimilarity) expected.push(`${ids[x]} ${ids[y]} ${score}`);
      }
    }
    expect(m).toBe(4);
    expect(told).toEqual(expected);
  });
});

/** A detector that finds nothing and notes each pair it is asked about, with the similarity it is told, in `told`. */
function listening(told: string[]): Detector {
  return {
    kind: 'test',
    name: 'similarity',
    compare(a, b, context) {
      told.push(`${a.id} ${b.id} ${context.similarity}`);
      return undefined;
    },
  };
}
