import { describe, expect, it } from 'vitest';
import { averageLinkage, type ScoredPair } from '../../src/cluster/linkage.js';

/** A scored edge of the similarity graph. */
function edge(i: number, j: number, score: number): ScoredPair {
  return { i, j, score };
}

/** Graphs small enough to merge by hand: [what it shows, item count, edges, threshold, groups]. */
const HAND_COMPUTED: Array<[string, number, ScoredPair[], number, number[][]]> = [
  ['no items', 0, [], 0.5, []],
  ['no edges: every item alone', 3, [], 0.5, [[0], [1], [2]]],
  ['one close pair, the third item too far', 3, [edge(0, 1, 0.9), edge(1, 2, 0.2)], 0.5, [[0, 1], [2]]],
  // {0,1} to 2: mean of 0.7 and 0.5 is 0.6 (single linkage would say 0.7, complete linkage 0.5).
  ['mean of the cross pairs reaches the threshold', 3, [edge(0, 1, 0.9), edge(0, 2, 0.7), edge(1, 2, 0.5)], 0.55, [[0, 1, 2]]],
  ['mean of the cross pairs stays below the threshold', 3, [edge(0, 1, 0.9), edge(0, 2, 0.7), edge(1, 2, 0.5)], 0.65, [[0, 1], [2]]],
  // {0,1} to 2: (0.8 + 0) / 2 = 0.4, the missing pair 1-2 counting as 0.
  ['a missing pair counts as 0 and keeps the groups apart', 3, [edge(0, 1, 0.9), edge(0, 2, 0.8)], 0.5, [[0, 1], [2]]],
  ['a missing pair counts as 0, and the mean still reaches a lower threshold', 3, [edge(0, 1, 0.9), edge(0, 2, 0.8)], 0.4, [[0, 1, 2]]],
  // {0,1} to {2,3}: (0.7 + 0.6 + 0.5 + 0.4) / 4 = 0.55.
  ['two pairs join when their four cross pairs average enough', 4, [edge(0, 1, 0.9), edge(2, 3, 0.8), edge(0, 2, 0.7), edge(0, 3, 0.6), edge(1, 2, 0.5), edge(1, 3, 0.4)], 0.5, [[0, 1, 2, 3]]],
  ['two pairs stay apart when their cross pairs average too little', 4, [edge(0, 1, 0.9), edge(2, 3, 0.8), edge(0, 2, 0.7), edge(0, 3, 0.6), edge(1, 2, 0.5), edge(1, 3, 0.4)], 0.6, [[0, 1], [2, 3]]],
  ['a similarity equal to the threshold merges', 2, [edge(0, 1, 0.5)], 0.5, [[0, 1]]],
  ['a similarity just below the threshold does not', 2, [edge(0, 1, 0.49)], 0.5, [[0], [1]]],
  ['zero and negative scores never link', 3, [edge(0, 1, 0), edge(1, 2, -0.4)], 0, [[0], [1], [2]]],
  ['a pair of an item with itself is ignored', 2, [edge(1, 1, 0.9)], 0.5, [[0], [1]]],
  ['a pair given high index first reads the same', 3, [edge(2, 0, 0.9)], 0.5, [[0, 2], [1]]],
  ['groups come in order of their smallest member, members sorted', 5, [edge(4, 1, 0.9), edge(3, 0, 0.8)], 0.5, [[0, 3], [1, 4], [2]]],
  ['a chain of equally close items with no shortcut stops after one merge', 3, [edge(0, 1, 0.8), edge(1, 2, 0.8)], 0.5, [[0, 1], [2]]],
];

/** Ties: equal similarities break on the smaller member index. */
const TIES: Array<[string, number, ScoredPair[], number, number[][]]> = [
  // 0-1 and 1-2 tie at 0.8; 0-1 goes first, then {0,1} to 2 is 0.4.
  ['0-1 before 1-2', 3, [edge(1, 2, 0.8), edge(0, 1, 0.8)], 0.5, [[0, 1], [2]]],
  // 0-3 and 2-3 tie; 0-3 has the smaller first member.
  ['0-3 before 2-3', 4, [edge(2, 3, 0.8), edge(0, 3, 0.8)], 0.5, [[0, 3], [1], [2]]],
  // 0-2 and 0-1 tie; 0-1 has the smaller second member.
  ['0-1 before 0-2', 3, [edge(0, 2, 0.7), edge(0, 1, 0.7)], 0.5, [[0, 1], [2]]],
];

describe('averageLinkage', () => {
  it.each(HAND_COMPUTED)('%s', (_, count, pairs, threshold, expected) => {
    expect(averageLinkage(count, pairs, threshold)).toEqual(expected);
  });

  it.each(TIES)('breaks a tie on the smaller member index: %s', (_, count, pairs, threshold, expected) => {
    expect(averageLinkage(count, pairs, threshold)).toEqual(expected);
    expect(averageLinkage(count, [...pairs].reverse(), threshold)).toEqual(expected);
  });

  it.each(HAND_COMPUTED.filter(([, , pairs]) => pairs.length > 1))('does not depend on the order or orientation of pairs: %s', (_, count, pairs, threshold, expected) => {
    for (const order of permutations(pairs.length).slice(0, 24)) {
      const reordered = order.map((k, n) => {
        const p = pairs[k]!;
        return n % 2 === 0 ? p : edge(p.j, p.i, p.score);
      });
      expect(averageLinkage(count, reordered, threshold)).toEqual(expected);
    }
  });

  it('puts every item in exactly one group', () => {
    const random = seeded(7);
    for (let round = 0; round < 30; round++) {
      const count = 1 + Math.floor(random() * 15);
      const groups = averageLinkage(count, randomGraph(count, random), 0.3);
      expect(groups.flat().sort((x, y) => x - y)).toEqual(Array.from({ length: count }, (_, i) => i));
    }
  });

  it('gives, part by part of the graph that pairs reaching the threshold join, the groups of the whole', () => {
    const random = seeded(11);
    for (let round = 0; round < 60; round++) {
      const count = 2 + Math.floor(random() * 14);
      const pairs = randomGraph(count, random);
      const threshold = 0.3 + random() * 0.3;
      // The parts: union-find over the pairs at or above the threshold.
      const root = Array.from({ length: count }, (_, i) => i);
      const find = (i: number): number => (root[i] === i ? i : (root[i] = find(root[i]!)));
      for (const p of pairs) if (p.score >= threshold) root[find(p.i)] = find(p.j);
      const byPart: number[][] = [];
      for (let i = 0; i < count; i++) (byPart[find(i)] ??= []).push(i);
      const pieces: number[][] = [];
      for (const part of byPart.filter(Boolean)) {
        const local = new Map(part.map((item, k) => [item, k]));
        const within = pairs.filter((p) => local.has(p.i) && local.has(p.j)).map((p) => ({ i: local.get(p.i)!, j: local.get(p.j)!, score: p.score }));
        for (const group of averageLinkage(part.length, within, threshold)) pieces.push(group.map((k) => part[k]!));
      }
      const sorted = (groups: number[][]) => groups.map((g) => [...g].sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
      expect(sorted(pieces)).toEqual(sorted(averageLinkage(count, pairs, threshold)));
    }
  });

  it('agrees with a naive average linkage on a graph large enough that its heap grows and is rebuilt', () => {
    // Hundreds of items in one part: thousands of heap entries, most made stale by merges into
    // large groups, so the heap outgrows its first arrays and is rebuilt from the live pairs.
    const random = seeded(5);
    const count = 300;
    const pairs: ScoredPair[] = [];
    for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) if (random() < 0.15) pairs.push(edge(i, j, random()));
    expect(averageLinkage(count, pairs, 0.02)).toEqual(naiveAverageLinkage(count, pairs, 0.02));
  });

  it('agrees with a naive average linkage on random graphs, in any order of pairs', () => {
    const random = seeded(42);
    for (let round = 0; round < 60; round++) {
      const count = 2 + Math.floor(random() * 11);
      const pairs = randomGraph(count, random);
      const threshold = 0.15 + random() * 0.5;
      const expected = naiveAverageLinkage(count, pairs, threshold);
      expect(averageLinkage(count, pairs, threshold)).toEqual(expected);
      expect(averageLinkage(count, shuffle(pairs, random), threshold)).toEqual(expected);
    }
  });
});

/**
 * Average linkage the slow, obvious way: recompute every mean each round and merge the best
 * pair of groups (ties on the smaller first member, then the smaller second member).
 */
function naiveAverageLinkage(count: number, pairs: readonly ScoredPair[], threshold: number): number[][] {
  const score = new Map<string, number>();
  for (const { i, j, score: s } of pairs) if (i !== j && s > 0) score.set(`${Math.min(i, j)},${Math.max(i, j)}`, s);
  const similarity = (x: number, y: number) => score.get(`${Math.min(x, y)},${Math.max(x, y)}`) ?? 0;
  let groups: number[][] = Array.from({ length: count }, (_, i) => [i]);
  for (;;) {
    let best: { x: number; y: number; mean: number } | undefined;
    for (let x = 0; x < groups.length; x++) {
      for (let y = x + 1; y < groups.length; y++) {
        let sum = 0;
        for (const a of groups[x]!) for (const b of groups[y]!) sum += similarity(a, b);
        const mean = sum / (groups[x]!.length * groups[y]!.length);
        if (sum > 0 && (!best || mean > best.mean)) best = { x, y, mean };
      }
    }
    if (!best || best.mean < threshold) return groups;
    const merged = [...groups[best.x]!, ...groups[best.y]!].sort((a, b) => a - b);
    groups = groups.filter((_, k) => k !== best!.x && k !== best!.y).concat([merged]).sort((a, b) => a[0]! - b[0]!);
  }
}

/** About half of all pairs, with continuous scores (so exact ties do not occur). */
function randomGraph(count: number, random: () => number): ScoredPair[] {
  const pairs: ScoredPair[] = [];
  for (let i = 0; i < count; i++) for (let j = i + 1; j < count; j++) if (random() < 0.5) pairs.push(edge(i, j, random()));
  return pairs;
}

/** A small deterministic generator (mulberry32), so failures reproduce. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const copy = [...items];
  for (let k = copy.length - 1; k > 0; k--) {
    const m = Math.floor(random() * (k + 1));
    [copy[k], copy[m]] = [copy[m]!, copy[k]!];
  }
  return copy;
}

function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  return permutations(n - 1).flatMap((p) => Array.from({ length: n }, (_, k) => [...p.slice(0, k), n - 1, ...p.slice(k)]));
}
