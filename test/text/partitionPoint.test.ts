import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/text/partitionPoint.js';

const ENDS = [3, 8, 12, 20];

describe('partitionPoint', () => {
  it.each<[string, number, number, (i: number) => boolean, number]>([
    ['the first end past 10', 0, 4, (i) => ENDS[i]! <= 10, 2],
    ['holds everywhere: the end of the range', 0, 4, (i) => ENDS[i]! <= 99, 4],
    ['holds nowhere: the start of the range', 0, 4, (i) => ENDS[i]! <= 0, 0],
    ['an empty range', 2, 2, () => true, 2],
    ['from inside the list', 1, 4, (i) => ENDS[i]! < 12, 2],
  ])('%s', (_, from, to, holds, expected) => {
    expect(partitionPoint(from, to, holds)).toBe(expected);
  });

  it('agrees with a linear scan on every prefix length', () => {
    for (let n = 0; n <= 9; n++) {
      for (let cut = 0; cut <= n; cut++) expect(partitionPoint(0, n, (i) => i < cut)).toBe(cut);
    }
  });
});
