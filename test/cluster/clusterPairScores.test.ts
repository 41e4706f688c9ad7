import { describe, expect, it } from 'vitest';
import { ClusterPairScores, pairSlot } from '../../src/cluster/clusterPairScores.js';
import type { Cluster } from '../../src/cluster/cluster.js';

function cluster(statementIds: string[]): Cluster {
  return { id: `c-${statementIds.join('')}`, statementIds, articleIds: [], outlets: [], representative: { statementId: statementIds[0]!, text: '' }, cohesion: 0 };
}

describe('pairSlot', () => {
  it('numbers the pairs of m members 0, 1, ... in the order (0,1), (0,2), ..., (1,2), ...', () => {
    const m = 5;
    const slots: number[] = [];
    for (let x = 0; x < m; x++) for (let y = x + 1; y < m; y++) slots.push(pairSlot(x, y, m));
    expect(slots).toEqual([...Array((m * (m - 1)) / 2).keys()]);
  });
});

describe('ClusterPairScores', () => {
  it('finds the score of two members of a cluster, either way round', () => {
    const scores = new ClusterPairScores();
    scores.add(cluster(['a', 'b', 'c']), new Float64Array([0.1, 0.2, 0.3]));
    scores.add(cluster(['d', 'e']), new Float64Array([0.9]));
    expect(scores.similarity('a', 'b')).toBe(0.1);
    expect(scores.similarity('c', 'a')).toBe(0.2);
    expect(scores.similarity('b', 'c')).toBe(0.3);
    expect(scores.similarity('e', 'd')).toBe(0.9);
  });

  it('throws for statements of two clusters, of none, or one statement twice', () => {
    const scores = new ClusterPairScores();
    scores.add(cluster(['a', 'b']), new Float64Array([0.5]));
    scores.add(cluster(['c', 'd']), new Float64Array([0.5]));
    expect(() => scores.similarity('a', 'c')).toThrow(/not two members of one cluster/);
    expect(() => scores.similarity('a', 'z')).toThrow(/not two members of one cluster/);
    expect(() => scores.similarity('a', 'a')).toThrow(/not two members of one cluster/);
  });

  it('answers for clusters added after it was first asked', () => {
    const scores = new ClusterPairScores();
    scores.add(cluster(['a', 'b']), new Float64Array([0.5]));
    expect(scores.similarity('a', 'b')).toBe(0.5);
    scores.add(cluster(['c', 'd', 'e']), new Float64Array([0.1, 0.2, 0.3]));
    expect(scores.similarity('e', 'd')).toBe(0.3);
  });

  it('gives the scores of a cluster all at once, in pairSlot order: those similarity gives one by one', () => {
    const scores = new ClusterPairScores();
    const ids = ['a', 'b', 'c', 'd'];
    const kept = new Float64Array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]);
    scores.add(cluster(['x', 'y']), new Float64Array([0.9]));
    scores.add(cluster(ids), kept);
    const all = scores.of(cluster(ids))!;
    expect(all).toBe(kept);
    for (let x = 0; x < ids.length; x++) for (let y = x + 1; y < ids.length; y++) expect(all[pairSlot(x, y, ids.length)]).toBe(scores.similarity(ids[x]!, ids[y]!));
  });

  it('gives no scores for a cluster it does not keep, or keeps with other members', () => {
    const scores = new ClusterPairScores();
    scores.add(cluster(['a', 'b']), new Float64Array([0.5]));
    expect(scores.of(cluster(['c', 'd']))).toBeUndefined();
    expect(scores.of({ ...cluster(['a', 'b']), statementIds: ['b', 'a'] })).toBeUndefined();
    expect(scores.of({ ...cluster(['a', 'b']), statementIds: ['a', 'b', 'c'] })).toBeUndefined();
  });
});
