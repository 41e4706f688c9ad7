import { partitionPoint } from '../text/partitionPoint.js';
import { withRoomKeeping } from '../text/workArray.js';

/**
 * Scored pairs of items (indices) in typed arrays: a clustering of a day's news scores millions
 * of pairs, and an object per pair (plus a map to find them again) costs several times the memory
 * of the numbers themselves. Pairs are added in increasing order (`i < j`, by `i` then `j`), so a
 * pair's score is found again by binary search.
 *
 * @example
 * const pairs = new ScoredPairs();
 * pairs.push(0, 3, 0.9);
 * pairs.scoreOf(0, 3); // 0.9
 */
export class ScoredPairs {
  private firsts = new Int32Array(1024);
  private seconds = new Int32Array(1024);
  private values = new Float64Array(1024);
  private count = 0;

  /** Number of pairs. */
  get length(): number {
    return this.count;
  }

  /** Adds a pair after every pair already there (`i < j`, in increasing order). */
  push(i: number, j: number, score: number): void {
    this.firsts = withRoomKeeping(this.firsts, this.count + 1);
    this.seconds = withRoomKeeping(this.seconds, this.count + 1);
    this.values = withRoomKeeping(this.values, this.count + 1);
    this.firsts[this.count] = i;
    this.seconds[this.count] = j;
    this.values[this.count++] = score;
  }

  /** The smaller index of the `k`th pair. */
  first(k: number): number {
    return this.firsts[k]!;
  }

  /** The larger index of the `k`th pair. */
  second(k: number): number {
    return this.seconds[k]!;
  }

  /** The score of the `k`th pair. */
  score(k: number): number {
    return this.values[k]!;
  }

  /** The score of pair `i`, `j` (`i < j`), or undefined when it is not there. */
  scoreOf(i: number, j: number): number | undefined {
    const firsts = this.firsts;
    const seconds = this.seconds;
    const low = partitionPoint(0, this.count, (k) => firsts[k]! < i || (firsts[k] === i && seconds[k]! < j));
    return low < this.count && this.firsts[low] === i && this.seconds[low] === j ? this.values[low] : undefined;
  }
}
