import { describe, expect, it } from 'vitest';
import {
  accuracy,
  averageRanks,
  bcubed,
  confusionMatrix,
  pairwise,
  pearson,
  precisionRecallF1,
  spearman,
} from '../../eval/metrics.js';

describe('accuracy', () => {
  it('is the share of equal positions', () => {
    expect(accuracy(['a', 'b', 'c', 'a'], ['a', 'b', 'b', 'b'])).toBe(0.5);
    expect(accuracy([1, 0, 1], [1, 0, 1])).toBe(1);
  });
  it('is NaN for empty input and throws on a length mismatch', () => {
    expect(accuracy([], [])).toBeNaN();
    expect(() => accuracy([true], [true, false])).toThrow(/length/);
  });
});

describe('precisionRecallF1', () => {
  it('counts tp, fp, fn, tn', () => {
    const r = precisionRecallF1([true, true, false, false, true], [true, false, true, false, true]);
    expect(r).toMatchObject({ tp: 2, fp: 1, fn: 1, tn: 1 });
    expect(r.precision).toBeCloseTo(2 / 3);
    expect(r.recall).toBeCloseTo(2 / 3);
    expect(r.f1).toBeCloseTo(2 / 3);
  });
  it('gives different precision and recall their harmonic mean', () => {
    // tp 1, fp 0, fn 2: precision 1, recall 1/3, F1 = 2 * 1/3 / (4/3) = 0.5
    const r = precisionRecallF1([true, false, false, false], [true, true, true, false]);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(1 / 3);
    expect(r.f1).toBeCloseTo(0.5);
  });
  it('is 0 when nothing is predicted positive', () => {
    expect(precisionRecallF1([false, false], [true, false])).toEqual({
      precision: 0,
      recall: 0,
      f1: 0,
      tp: 0,
      fp: 0,
      fn: 1,
      tn: 1,
    });
  });
});

describe('confusionMatrix', () => {
  const gold = ['for', 'for', 'against', 'observing', 'for'];
  const predicted = ['for', 'observing', 'against', 'for', 'for'];

  it('counts gold rows against predicted columns, labels sorted', () => {
    const m = confusionMatrix(gold, predicted);
    expect(m.labels).toEqual(['against', 'for', 'observing']);
    expect(m.counts).toEqual([
      [1, 0, 0],
      [0, 2, 1],
      [0, 1, 0],
    ]);
    expect(m.count('for', 'observing')).toBe(1);
    expect(m.count('observing', 'for')).toBe(1);
    expect(m.count('for', 'nonsense')).toBe(0);
  });

  it('keeps a given label order and appends unlisted labels', () => {
    const m = confusionMatrix(gold, predicted, ['for', 'against']);
    expect(m.labels).toEqual(['for', 'against', 'observing']);
    expect(m.counts[0]).toEqual([2, 0, 1]);
  });

  it('gives per-class precision and recall', () => {
    const forClass = confusionMatrix(gold, predicted).perClass('for');
    expect(forClass).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(forClass.f1).toBeCloseTo(2 / 3);
  });

  it('formats an aligned table', () => {
    expect(confusionMatrix(gold, predicted).format()).toBe(
      [
        'gold \\ predicted  against  for  observing',
        'against                 1    0          0',
        'for                     0    2          1',
        'observing               0    1          0',
      ].join('\n'),
    );
  });
});

describe('pearson', () => {
  it('matches a hand computation', () => {
    // dx = -2..2, dy = -2,0,1,0,1: cov 6, var 10 and 6, r = 6 / sqrt(60)
    expect(pearson([1, 2, 3, 4, 5], [2, 4, 5, 4, 5])).toBeCloseTo(6 / Math.sqrt(60), 12);
    expect(pearson([1, 2, 3], [-2, -4, -6])).toBeCloseTo(-1, 12);
  });
  it('is NaN for a constant side or fewer than two values', () => {
    expect(pearson([1, 2, 3], [5, 5, 5])).toBeNaN();
    expect(pearson([1], [2])).toBeNaN();
  });
});

describe('spearman', () => {
  it('averages the ranks of ties', () => {
    expect(averageRanks([10, 20, 20, 40, 30])).toEqual([1, 2.5, 2.5, 5, 4]);
    expect(averageRanks([3, 1, 3, 3])).toEqual([3, 1, 3, 3]);
    expect(averageRanks([])).toEqual([]);
  });
  it('is the Pearson correlation of average ranks', () => {
    // ranks x 1..5, y 1,2.5,2.5,5,4: cov 8.5, var 10 and 9.5
    expect(spearman([1, 2, 3, 4, 5], [10, 20, 20, 40, 30])).toBeCloseTo(8.5 / Math.sqrt(95), 12);
  });
  it('is 1 or -1 for any monotone relation', () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [9, 7, 3, -1])).toBeCloseTo(-1, 12);
  });
});

/** Gold: {a b c} {d e} {f}; predicted: {a b} {c d e} {f}. */
const gold = new Map([
  ['a', 'G1'],
  ['b', 'G1'],
  ['c', 'G1'],
  ['d', 'G2'],
  ['e', 'G2'],
  ['f', 'G3'],
]);
const predicted = new Map<string, number>([
  ['a', 1],
  ['b', 1],
  ['c', 2],
  ['d', 2],
  ['e', 2],
  ['f', 3],
]);

describe('bcubed', () => {
  it('averages per-item precision and recall', () => {
    // precision per item: a 1, b 1, c 1/3, d 2/3, e 2/3, f 1 -> 7/9
    // recall per item:    a 2/3, b 2/3, c 1/3, d 1, e 1, f 1 -> 7/9
    const r = bcubed(predicted, gold);
    expect(r.precision).toBeCloseTo(7 / 9, 12);
    expect(r.recall).toBeCloseTo(7 / 9, 12);
    expect(r.f1).toBeCloseTo(7 / 9, 12);
    expect(r.items).toBe(6);
  });

  it('scores one big cluster: recall 1, precision by gold cluster sizes', () => {
    const all = new Map([...gold.keys()].map((item) => [item, 'X']));
    // precision: a, b, c 3/6; d, e 2/6; f 1/6 -> (14/6) / 6 = 7/18
    const r = bcubed(all, gold);
    expect(r.precision).toBeCloseTo(7 / 18, 12);
    expect(r.recall).toBe(1);
    expect(r.f1).toBeCloseTo(14 / 25, 12);
  });

  it('scores all singletons: precision 1, recall 1 / gold cluster size', () => {
    const singletons = new Map([...gold.keys()].map((item) => [item, item]));
    // recall: a, b, c 1/3; d, e 1/2; f 1 -> 3 / 6
    const r = bcubed(singletons, gold);
    expect(r.precision).toBe(1);
    expect(r.recall).toBeCloseTo(0.5, 12);
    expect(r.f1).toBeCloseTo(2 / 3, 12);
  });

  it('treats an item missing from the prediction as a singleton and ignores extra items', () => {
    const partial = new Map(predicted);
    partial.delete('f');
    partial.set('z', 1);
    expect(bcubed(partial, gold)).toEqual(bcubed(predicted, gold));
  });

  it('gives a singleton gold item perfect scores only when it is predicted alone', () => {
    const oneGold = new Map([['f', 'G3']]);
    expect(bcubed(predicted, oneGold).f1).toBe(1);
    // scored over f and d: predicted together, gold apart -> precision 1/2 each, recall 1 each
    const together = new Map([
      ['d', 0],
      ['f', 0],
    ]);
    const r = bcubed(together, gold, ['d', 'f']);
    expect(r.precision).toBeCloseTo(0.5, 12);
    expect(r.recall).toBe(1);
  });

  it('is 1 for a perfect clustering whatever the cluster ids', () => {
    const renamed = new Map([...gold].map(([item, cluster]) => [item, `${cluster}-renamed`]));
    expect(bcubed(renamed, gold)).toEqual({ precision: 1, recall: 1, f1: 1, items: 6 });
  });
});

describe('pairwise', () => {
  it('counts item pairs put together', () => {
    // gold pairs ab ac bc de (4); predicted ab cd ce de (4); shared ab de (2)
    const r = pairwise(predicted, gold);
    expect(r).toMatchObject({ predictedPairs: 4, goldPairs: 4, truePairs: 2, items: 6 });
    expect(r.precision).toBe(0.5);
    expect(r.recall).toBe(0.5);
    expect(r.f1).toBe(0.5);
  });

  it('scores only the given items', () => {
    // over a, b, c: gold pairs ab ac bc; predicted ab
    const r = pairwise(predicted, gold, ['a', 'b', 'c']);
    expect(r).toMatchObject({ predictedPairs: 1, goldPairs: 3, truePairs: 1, precision: 1 });
    expect(r.recall).toBeCloseTo(1 / 3, 12);
    expect(r.f1).toBeCloseTo(0.5, 12);
  });

  it('is 0 with no predicted pairs (all singletons)', () => {
    const singletons = new Map([...gold.keys()].map((item) => [item, item]));
    expect(pairwise(singletons, gold)).toMatchObject({ predictedPairs: 0, goldPairs: 4, precision: 0, recall: 0, f1: 0 });
  });
});
