/**
 * The first index in `[from, to)` where `holds` is false, for a test that holds on a prefix of
 * the range and nowhere after it (sorted spans: "starts before x", "ends by x"). A binary search:
 * O(log n) calls of `holds`. Returns `to` when it holds everywhere.
 *
 * @example
 * const ends = [3, 8, 12, 20];
 * partitionPoint(0, ends.length, (i) => ends[i]! <= 10); // 2
 */
export function partitionPoint(from: number, to: number, holds: (index: number) => boolean): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
