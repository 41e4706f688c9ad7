/**
 * Metrics for the evaluation suites: classification (accuracy, precision/recall/F1, confusion
 * matrix), correlation (Pearson, Spearman) and clustering (B-cubed, pairwise). Pure functions.
 *
 * Convention for a ratio whose denominator is zero (no predicted positives, no gold positives, no
 * pairs): precision, recall and F1 are 0, as with scikit-learn's `zero_division=0`; the raw counts
 * are returned next to them so a caller can tell "0 of 0" from "0 of 10". Accuracy and the
 * correlations, which have no such convention, are NaN when undefined.
 */

/** Precision, recall and F1 with the counts they come from. */
export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
  /** True positives, false positives, false negatives, true negatives. */
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function assertSameLength(a: readonly unknown[], b: readonly unknown[], what: string): void {
  if (a.length !== b.length) throw new Error(`${what}: arrays differ in length (${a.length} vs ${b.length})`);
}

/** `numerator / denominator`, or 0 when the denominator is 0. */
function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Harmonic mean of precision and recall (0 when both are 0). */
function harmonic(precision: number, recall: number): number {
  return ratio(2 * precision * recall, precision + recall);
}

/** The share of positions where `predicted` equals `gold` (compared with `===`); NaN for empty input. */
export function accuracy<T>(predicted: readonly T[], gold: readonly T[]): number {
  assertSameLength(predicted, gold, 'accuracy');
  if (gold.length === 0) return NaN;
  let correct = 0;
  for (let i = 0; i < gold.length; i++) if (predicted[i] === gold[i]) correct++;
  return correct / gold.length;
}

/**
 * Precision, recall and F1 of the positive class (`true`), with tp/fp/fn/tn counts.
 * Precision = tp / (tp + fp), recall = tp / (tp + fn), F1 their harmonic mean; 0 when undefined.
 */
export function precisionRecallF1(predicted: readonly boolean[], gold: readonly boolean[]): PrecisionRecallF1 {
  assertSameLength(predicted, gold, 'precisionRecallF1');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < gold.length; i++) {
    if (predicted[i]) {
      if (gold[i]) tp++;
      else fp++;
    } else if (gold[i]) fn++;
    else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return { precision, recall, f1: harmonic(precision, recall), tp, fp, fn, tn };
}

/** Counts of (gold, predicted) label combinations. */
export interface ConfusionMatrix {
  /** Row and column labels, in display order. */
  labels: string[];
  /** `counts[i][j]`: items with gold label `labels[i]` predicted as `labels[j]`. */
  counts: number[][];
  /** Items with gold label `gold` predicted as `predicted` (0 for unknown labels). */
  count(gold: string, predicted: string): number;
  /** Precision, recall and F1 of one label against all others. */
  perClass(label: string): PrecisionRecallF1;
  /** An aligned text table: one row per gold label, one column per predicted label. */
  format(): string;
}

/**
 * Confusion matrix of `gold` (rows) against `predicted` (columns). Labels are `labels` when
 * given (labels that occur but are not listed are appended), else all labels that occur, sorted.
 */
export function confusionMatrix(gold: readonly string[], predicted: readonly string[], labels?: readonly string[]): ConfusionMatrix {
  assertSameLength(gold, predicted, 'confusionMatrix');
  const seen = [...new Set([...gold, ...predicted])].sort();
  const order = labels ? [...labels, ...seen.filter((l) => !labels.includes(l))] : seen;
  const index = new Map(order.map((label, i) => [label, i]));
  const counts = order.map(() => order.map(() => 0));
  for (let i = 0; i < gold.length; i++) counts[index.get(gold[i]!)!]![index.get(predicted[i]!)!]!++;
  const count = (g: string, p: string): number => {
    const gi = index.get(g);
    const pi = index.get(p);
    return gi === undefined || pi === undefined ? 0 : counts[gi]![pi]!;
  };
  return {
    labels: order,
    counts,
    count,
    perClass(label: string): PrecisionRecallF1 {
      return precisionRecallF1(
        predicted.map((p) => p === label),
        gold.map((g) => g === label),
      );
    },
    format(): string {
      const corner = 'gold \\ predicted';
      const firstWidth = Math.max(corner.length, ...order.map((l) => l.length));
      const widths = order.map((label, j) => Math.max(label.length, ...counts.map((row) => String(row[j]).length)));
      const line = (first: string, cells: string[]) =>
        [first.padEnd(firstWidth), ...cells.map((c, j) => c.padStart(widths[j]!))].join('  ').trimEnd();
      return [line(corner, order), ...order.map((label, i) => line(label, counts[i]!.map(String)))].join('\n');
    },
  };
}

/** Pearson correlation coefficient; NaN when fewer than 2 values or when either side is constant. */
export function pearson(x: readonly number[], y: readonly number[]): number {
  assertSameLength(x, y, 'pearson');
  const n = x.length;
  if (n < 2) return NaN;
  let meanX = 0;
  let meanY = 0;
  for (let i = 0; i < n; i++) {
    meanX += x[i]!;
    meanY += y[i]!;
  }
  meanX /= n;
  meanY /= n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - meanX;
    const dy = y[i]! - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  if (varianceX === 0 || varianceY === 0) return NaN;
  return covariance / Math.sqrt(varianceX * varianceY);
}

/** Ranks starting at 1; tied values share the average of the ranks they span. */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a]! - values[b]!);
  const ranks = new Array<number>(values.length);
  let start = 0;
  while (start < order.length) {
    let end = start;
    while (end + 1 < order.length && values[order[end + 1]!] === values[order[start]!]) end++;
    const rank = (start + end) / 2 + 1;
    for (let k = start; k <= end; k++) ranks[order[k]!] = rank;
    start = end + 1;
  }
  return ranks;
}

/** Spearman rank correlation: Pearson correlation of the average ranks (ties handled). */
export function spearman(x: readonly number[], y: readonly number[]): number {
  assertSameLength(x, y, 'spearman');
  return pearson(averageRanks(x), averageRanks(y));
}

/** Precision, recall and F1 of a clustering against a gold clustering. */
export interface ClusteringScores {
  precision: number;
  recall: number;
  f1: number;
  /** How many items were scored. */
  items: number;
}

/**
 * Numbers each item's cluster: equal numbers for items in the same cluster of `clusterOf`. An
 * item missing from `clusterOf` gets a number of its own (an unclustered item is a singleton).
 */
function clusterNumbers<T>(items: readonly T[], clusterOf: ReadonlyMap<T, unknown>): number[] {
  const numbers = new Map<unknown, number>();
  let singletons = 0;
  return items.map((item) => {
    if (!clusterOf.has(item)) return -++singletons;
    const cluster = clusterOf.get(item);
    let n = numbers.get(cluster);
    if (n === undefined) {
      n = numbers.size;
      numbers.set(cluster, n);
    }
    return n;
  });
}

/** `[predicted cluster number, gold cluster number]` of each distinct item. */
function clusterPairs<T>(
  items: readonly T[],
  predictedClusterOf: ReadonlyMap<T, unknown>,
  goldClusterOf: ReadonlyMap<T, unknown>,
): Array<[number, number]> {
  const distinct = [...new Set(items)];
  const predicted = clusterNumbers(distinct, predictedClusterOf);
  const gold = clusterNumbers(distinct, goldClusterOf);
  return distinct.map((_, i) => [predicted[i]!, gold[i]!]);
}

/** How many times each key occurs. */
function tally<K>(keys: Iterable<K>): Map<K, number> {
  const counts = new Map<K, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * B-cubed precision, recall and F1 (Amigó, Gonzalo, Artiles & Verdejo 2009). For each item,
 * precision is the share of its predicted cluster that shares its gold cluster, recall the share
 * of its gold cluster that shares its predicted cluster; both are averaged over items and F1 is
 * the harmonic mean of the two averages.
 *
 * Scored items are `items` when given (duplicates ignored), else every item of the gold clustering
 * (items only in the prediction are then ignored). Cluster sizes count scored items only. An item
 * missing from a clustering counts as a singleton there.
 * Scores are 0 when there are no items.
 */
export function bcubed<T>(
  predictedClusterOf: ReadonlyMap<T, unknown>,
  goldClusterOf: ReadonlyMap<T, unknown>,
  items: readonly T[] = [...goldClusterOf.keys()],
): ClusteringScores {
  const clusters = clusterPairs(items, predictedClusterOf, goldClusterOf);
  const predictedSize = tally(clusters.map(([p]) => p));
  const goldSize = tally(clusters.map(([, g]) => g));
  const overlap = tally(clusters.map(([p, g]) => `${p} ${g}`));
  let precisionSum = 0;
  let recallSum = 0;
  for (const [p, g] of clusters) {
    const shared = overlap.get(`${p} ${g}`)!;
    precisionSum += shared / predictedSize.get(p)!;
    recallSum += shared / goldSize.get(g)!;
  }
  const precision = ratio(precisionSum, clusters.length);
  const recall = ratio(recallSum, clusters.length);
  return { precision, recall, f1: harmonic(precision, recall), items: clusters.length };
}

/** Pairwise clustering scores with the pair counts they come from. */
export interface PairwiseScores extends ClusteringScores {
  /** Item pairs in the same predicted cluster. */
  predictedPairs: number;
  /** Item pairs in the same gold cluster. */
  goldPairs: number;
  /** Item pairs in the same cluster under both. */
  truePairs: number;
}

/**
 * Pairwise precision and recall of a clustering: of the item pairs put together by the
 * prediction, the share that are together in gold (precision), and of the pairs together in
 * gold, the share the prediction put together (recall). Items as in {@link bcubed}: `items` when
 * given, else the gold items; an item missing from a clustering counts as a singleton there.
 * Ratios with no pairs to count are 0 (see the pair counts).
 */
export function pairwise<T>(
  predictedClusterOf: ReadonlyMap<T, unknown>,
  goldClusterOf: ReadonlyMap<T, unknown>,
  items: readonly T[] = [...goldClusterOf.keys()],
): PairwiseScores {
  const clusters = clusterPairs(items, predictedClusterOf, goldClusterOf);
  const pairs = (counts: Map<unknown, number>) => [...counts.values()].reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const predictedPairs = pairs(tally(clusters.map(([p]) => p)));
  const goldPairs = pairs(tally(clusters.map(([, g]) => g)));
  const truePairs = pairs(tally(clusters.map(([p, g]) => `${p} ${g}`)));
  const precision = ratio(truePairs, predictedPairs);
  const recall = ratio(truePairs, goldPairs);
  return {
    precision,
    recall,
    f1: harmonic(precision, recall),
    items: clusters.length,
    predictedPairs,
    goldPairs,
    truePairs,
  };
}
