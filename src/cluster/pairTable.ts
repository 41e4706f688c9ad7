/**
 * Numbers kept by a pair of non-negative integers (`x`, `y`: order matters), in an open-addressing
 * hash table of typed arrays. Grouping keeps the score of every pair of profiles with copies, some
 * millions of them on a day's news: as maps of maps they were the cluster stage's largest store
 * of objects that outlive young collections, each one copied and then marked by every full
 * collection of the heap; here they are three arrays off the heap.
 *
 * @example
 * const table = new PairTable();
 * table.set(3, 7, 0.5);
 * table.get(3, 7); // 0.5
 * table.get(7, 3); // undefined
 */
export class PairTable {
  /** `x + 1` of the pair in each slot, 0 in an empty one. */
  private firsts = new Int32Array(1024);
  private seconds = new Int32Array(1024);
  private values = new Float64Array(1024);
  private count = 0;

  /** Number of pairs kept. */
  get size(): number {
    return this.count;
  }

  /** The number kept for (`x`, `y`), or undefined. */
  get(x: number, y: number): number | undefined {
    const slot = this.slotOf(x, y);
    return this.firsts[slot] === 0 ? undefined : this.values[slot];
  }

  /** Keeps `value` for (`x`, `y`), replacing what was kept. */
  set(x: number, y: number, value: number): void {
    if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= 0x7fffffff || y >= 0x7fffffff) {
      throw new RangeError(`PairTable: (${x}, ${y}) is not a pair of integers from 0 to 2^31 - 2`);
    }
    let slot = this.slotOf(x, y);
    if (this.firsts[slot] === 0) {
      if (2 * (this.count + 1) > this.firsts.length) {
        this.grow();
        slot = this.slotOf(x, y);
      }
      this.firsts[slot] = x + 1;
      this.seconds[slot] = y;
      this.count++;
    }
    this.values[slot] = value;
  }

  /** The slot holding (`x`, `y`), or the empty slot where it would go (linear probing). */
  private slotOf(x: number, y: number): number {
    const mask = this.firsts.length - 1;
    let slot = mix(x, y) & mask;
    while (this.firsts[slot] !== 0 && (this.firsts[slot] !== x + 1 || this.seconds[slot] !== y)) slot = (slot + 1) & mask;
    return slot;
  }

  private grow(): void {
    const { firsts, seconds, values } = this;
    this.firsts = new Int32Array(firsts.length * 2);
    this.seconds = new Int32Array(firsts.length * 2);
    this.values = new Float64Array(firsts.length * 2);
    for (let k = 0; k < firsts.length; k++) {
      if (firsts[k] === 0) continue;
      const slot = this.slotOf(firsts[k]! - 1, seconds[k]!);
      this.firsts[slot] = firsts[k]!;
      this.seconds[slot] = seconds[k]!;
      this.values[slot] = values[k]!;
    }
  }
}

/** A 32-bit hash of a pair of integers (two multiply-xorshift rounds), spread over the low bits. */
function mix(x: number, y: number): number {
  let h = Math.imul(x ^ (x >>> 16), 0x45d9f3b) ^ y;
  h = Math.imul(h ^ (h >>> 16), 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}
