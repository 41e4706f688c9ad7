import { describe, expect, it } from 'vitest';
import { ScoredPairs } from '../../src/cluster/scoredPairs.js';

describe('ScoredPairs', () => {
  it('finds every pair again by its indices, past the arrays first room', () => {
    const pairs = new ScoredPairs();
    const expected = new Map<string, number>();
    for (let i = 0; i < 60; i++) {
      for (let j = i + 1; j < 60; j += 1 + (i % 3)) {
        const score = ((i * 31 + j * 17) % 100) / 100;
        pairs.push(i, j, score);
        expected.set(`${i},${j}`, score);
      }
    }
    expect(pairs.length).toBe(expected.size);
    expect(pairs.length).toBeGreaterThan(1024);
    for (const [key, score] of expected) {
      const [i, j] = key.split(',').map(Number) as [number, number];
      expect(pairs.scoreOf(i, j)).toBe(score);
    }
    let k = 0;
    for (const [key, score] of expected) {
      expect(`${pairs.first(k)},${pairs.second(k)}`).toBe(key);
      expect(pairs.score(k++)).toBe(score);
    }
  });

  it('says undefined for a pair it does not hold', () => {
    const pairs = new ScoredPairs();
    pairs.push(0, 2, 0.5);
    pairs.push(1, 3, 0.25);
    expect(pairs.scoreOf(0, 1)).toBeUndefined();
    expect(pairs.scoreOf(1, 2)).toBeUndefined();
    expect(pairs.scoreOf(2, 3)).toBeUndefined();
    expect(new ScoredPairs().scoreOf(0, 1)).toBeUndefined();
  });
});
