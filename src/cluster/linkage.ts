import { ScoredPairs } from './scoredPairs.js';
import { withRoomKeeping } from '../text/workArray.js';

/** A scored pair of items (indices), for clustering. */
export interface ScoredPair {
  i: number;
  j: number;
  score: number;
}

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: the two groups with
 * the highest mean similarity over all their cross pairs (pairs without a score count as 0)
 * merge, until no two groups reach `threshold`. Ties break on the smaller member index, so the
 * result depends only on the items' order, not on the order of `pairs`.
 *
 * @example
 * averageLinkage(3, [{ i: 0, j: 1, score: 0.9 }, { i: 1, j: 2, score: 0.2 }], 0.5); // [[0, 1], [2]]
 */
export function averageLinkage(count: number, pairs: readonly ScoredPair[] | ScoredPairs, threshold: number): number[][] {
  const each = (visit: (i: number, j: number, score: number) => void) => {
    if (pairs instanceof ScoredPairs) for (let k = 0; k < pairs.length; k++) visit(pairs.first(k), pairs.second(k), pairs.score(k));
    else for (const { i, j, score } of pairs) visit(i, j, score);
  };
  // Two groups reach the threshold only if one of their cross pairs does (a mean is at most its
  // largest term): groups never grow past the parts that pairs reaching it join, and a pair
  // between two parts can never count. Each part is grouped on its own (merges in one part
  // change nothing in another), with its own pairs only: small heaps and maps, read from memory
  // close together, instead of one for the whole collection.
  const parts = new Parts(count);
  each((i, j, score) => {
    if (score > 0 && score >= threshold) parts.join(i, j);
  });
  // Each part's items in increasing order, and each item's index within its part.
  const partOf = Int32Array.from({ length: count }, (_, i) => parts.of(i));
  const itemsOf = new Map<number, number[]>();
  const local = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    if (parts.sizeOf(partOf[i]!) < 2) continue;
    let items = itemsOf.get(partOf[i]!);
    if (!items) itemsOf.set(partOf[i]!, (items = []));
    local[i] = items.length;
    items.push(i);
  }
  // Each part's pairs, one run per part (in the order given), as local indices in typed arrays:
  // millions of pairs on a day's news, where an object each was most of the linkage's garbage.
  const runStart = new Int32Array(count + 1);
  each((i, j, score) => {
    if (score > 0 && i !== j && partOf[i] === partOf[j]) runStart[partOf[i]! + 1]!++;
  });
  for (let part = 0; part < count; part++) runStart[part + 1]! += runStart[part]!;
  const linked = new LinkedPairs(runStart[count]!);
  const filled = runStart.slice(0, count);
  each((i, j, score) => {
    // (Two items of one part: a part of two or more, so one of `itemsOf`.)
    if (score <= 0 || i === j || partOf[i] !== partOf[j]) return;
    linked.set(filled[partOf[i]!]!++, local[i]!, local[j]!, score);
  });
  // Groups by their smallest item, in that order; items no merge reached stay alone.
  const groupAt = new Array<number[] | undefined>(count).fill(undefined);
  const grouped = new Uint8Array(count);
  const heap = new PairHeap();
  for (const [part, items] of itemsOf) {
    for (const group of linkPart(items.length, linked, runStart[part]!, runStart[part + 1]!, threshold, heap)) {
      if (group.length < 2) continue;
      const members = group.map((k) => items[k]!);
      groupAt[members[0]!] = members;
      for (const i of members) grouped[i] = 1;
    }
  }
  const groups: number[][] = [];
  for (let i = 0; i < count; i++) {
    const group = groupAt[i];
    if (group) groups.push(group);
    else if (!grouped[i]) groups.push([i]);
  }
  return groups;
}

/** Scored pairs of local indices, in typed arrays (see {@link averageLinkage}). */
class LinkedPairs {
  readonly firsts: Int32Array;
  readonly seconds: Int32Array;
  readonly scores: Float64Array;

  constructor(size: number) {
    this.firsts = new Int32Array(size);
    this.seconds = new Int32Array(size);
    this.scores = new Float64Array(size);
  }

  set(k: number, i: number, j: number, score: number): void {
    this.firsts[k] = i;
    this.seconds[k] = j;
    this.scores[k] = score;
  }
}

/**
 * Average linkage of `count` items joined by pairs `from` to `to` of `pairs` (see
 * {@link averageLinkage}), with one heap for all of them (`heap`, emptied first: one is reused
 * from part to part).
 */
function linkPart(count: number, pairs: LinkedPairs, from: number, to: number, threshold: number, heap: PairHeap): number[][] {
  const members: Array<number[] | undefined> = Array.from({ length: count }, (_, i) => [i]);
  // Sums of similarities between groups, keyed by group id (the smallest member index).
  const sums: Array<Map<number, number> | undefined> = Array.from({ length: count }, () => new Map());
  for (let k = from; k < to; k++) {
    const i = pairs.firsts[k]!;
    const j = pairs.seconds[k]!;
    const score = pairs.scores[k]!;
    sums[i]!.set(j, (sums[i]!.get(j) ?? 0) + score);
    sums[j]!.set(i, (sums[j]!.get(i) ?? 0) + score);
  }
  const average = (a: number, b: number) => sums[a]!.get(b)! / (members[a]!.length * members[b]!.length);
  heap.clear();
  for (let a = 0; a < count; a++) for (const b of sums[a]!.keys()) if (a < b) heap.add(a, b, average(a, b), 1, 1);
  heap.heapify();
  // Pairs of groups with a similarity, kept as groups merge (to tell when the heap is mostly stale).
  let live = heap.size;
  while (heap.pop()) {
    const a = heap.topA;
    const b = heap.topB;
    // Stale entry: a group changed since the entry was pushed.
    if (!members[a] || !members[b] || members[a]!.length !== heap.topSizeA || members[b]!.length !== heap.topSizeB) continue;
    if (heap.topValue < threshold) break;
    // Merge b into a (a < b, so a stays the smaller index).
    members[a] = mergeSorted(members[a]!, members[b]!);
    members[b] = undefined;
    live--;
    const sumsA = sums[a]!;
    for (const [other, sum] of sums[b]!) {
      if (other === a) continue;
      // b-other and a-other become one pair
      if (sumsA.has(other)) live--;
      sumsA.set(other, (sumsA.get(other) ?? 0) + sum);
      sums[other]!.delete(b);
      sums[other]!.set(a, (sums[other]!.get(a) ?? 0) + sum);
    }
    sumsA.delete(b);
    sums[b] = undefined;
    for (const other of sumsA.keys()) {
      const x = a < other ? a : other;
      const y = a < other ? other : a;
      heap.push(x, y, average(x, y), members[x]!.length, members[y]!.length);
    }
    // A merge into a large group pushes an entry for each of its neighbours and leaves the old
    // ones stale: when the entries stored (popped ones too, until a rebuild) outnumber live pairs
    // several times over, the heap is rebuilt from the live pairs (the same pops, in the same
    // order; memory stays linear in the pairs).
    if (heap.stored > STALE_FACTOR * Math.max(live, 1024)) {
      heap.clear();
      for (let x = 0; x < count; x++) {
        if (!members[x]) continue;
        for (const y of sums[x]!.keys()) if (x < y) heap.add(x, y, average(x, y), members[x]!.length, members[y]!.length);
      }
      heap.heapify();
    }
  }
  return members.filter((m): m is number[] => m !== undefined);
}

/** Two increasing lists of distinct numbers as one increasing list. */
function mergeSorted(x: readonly number[], y: readonly number[]): number[] {
  const merged: number[] = [];
  let p = 0;
  let q = 0;
  while (p < x.length && q < y.length) merged.push(x[p]! < y[q]! ? x[p++]! : y[q++]!);
  while (p < x.length) merged.push(x[p++]!);
  while (q < y.length) merged.push(y[q++]!);
  return merged;
}

/** Parts of a graph joined by its edges (union-find with path halving and union by size). */
class Parts {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = Int32Array.from({ length: count }, (_, i) => i);
    this.size = new Int32Array(count).fill(1);
  }

  /** The part of item `i`, as one of its items. */
  of(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  }

  /** How many items the part holds, given one of its items as {@link of} names it. */
  sizeOf(part: number): number {
    return this.size[part]!;
  }

  join(i: number, j: number): void {
    let x = this.of(i);
    let y = this.of(j);
    if (x === y) return;
    if (this.size[x]! < this.size[y]!) [x, y] = [y, x];
    this.parent[y] = x;
    this.size[x]! += this.size[y]!;
  }
}

/** Stale heap entries allowed per live pair before the heap is rebuilt. */
const STALE_FACTOR = 4;

/**
 * A binary max-heap of pairs of groups on their mean similarity, in typed arrays (an object per
 * entry was a third of the clustering stage's garbage at ten thousand articles); equal values pop
 * in (a, b) order for determinism. Each entry also keeps the two groups' sizes when it was
 * pushed, to tell it stale. Entries stay where they were added, until {@link clear}; the heap
 * orders their numbers, so a swap moves one number. {@link pop} leaves the entry it took in the
 * `top` fields.
 */
class PairHeap {
  private values = new Float64Array(1024);
  private firsts = new Int32Array(1024);
  private seconds = new Int32Array(1024);
  private firstSizes = new Int32Array(1024);
  private secondSizes = new Int32Array(1024);
  /** Entries added since the last {@link clear}. */
  private entries = 0;
  /** The heap of entry numbers. */
  private order = new Int32Array(1024);
  private count = 0;
  topValue = 0;
  topA = 0;
  topB = 0;
  topSizeA = 0;
  topSizeB = 0;

  get size(): number {
    return this.count;
  }

  /** Entries kept since the last {@link clear}: those in the heap and those popped. */
  get stored(): number {
    return this.entries;
  }

  clear(): void {
    this.entries = 0;
    this.count = 0;
  }

  /** Appends an entry without ordering the heap: {@link heapify} must follow before a pop. */
  add(a: number, b: number, value: number, sizeA: number, sizeB: number): void {
    const entry = this.entries++;
    if (entry === this.values.length) this.grow();
    this.values[entry] = value;
    this.firsts[entry] = a;
    this.seconds[entry] = b;
    this.firstSizes[entry] = sizeA;
    this.secondSizes[entry] = sizeB;
    this.order = withRoomKeeping(this.order, this.count + 1);
    this.order[this.count++] = entry;
  }

  /** Orders the entries added, in linear time: they pop in one total order (see {@link before}), however they were added. */
  heapify(): void {
    for (let k = (this.count >> 1) - 1; k >= 0; k--) this.siftDown(k);
  }

  push(a: number, b: number, value: number, sizeA: number, sizeB: number): void {
    this.add(a, b, value, sizeA, sizeB);
    const order = this.order;
    const entry = order[this.count - 1]!;
    let k = this.count - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!this.before(entry, order[parent]!)) break;
      order[k] = order[parent]!;
      k = parent;
    }
    order[k] = entry;
  }

  /** Takes the first entry into the `top` fields: false when the heap is empty. */
  pop(): boolean {
    if (this.count === 0) return false;
    const top = this.order[0]!;
    this.topValue = this.values[top]!;
    this.topA = this.firsts[top]!;
    this.topB = this.seconds[top]!;
    this.topSizeA = this.firstSizes[top]!;
    this.topSizeB = this.secondSizes[top]!;
    const last = --this.count;
    if (last > 0) {
      this.order[0] = this.order[last]!;
      this.siftDown(0);
    }
    return true;
  }

  private siftDown(from: number): void {
    const order = this.order;
    const count = this.count;
    const entry = order[from]!;
    let k = from;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let best = entry;
      let at = k;
      if (l < count && this.before(order[l]!, best)) {
        best = order[l]!;
        at = l;
      }
      if (r < count && this.before(order[r]!, best)) {
        best = order[r]!;
        at = r;
      }
      if (at === k) break;
      order[k] = best;
      k = at;
    }
    order[k] = entry;
  }

  /** Whether entry `x` pops before entry `y`: the higher value, then the smaller a, then the smaller b. */
  private before(x: number, y: number): boolean {
    const vx = this.values[x]!;
    const vy = this.values[y]!;
    if (vx !== vy) return vx > vy;
    const ax = this.firsts[x]!;
    const ay = this.firsts[y]!;
    return ax !== ay ? ax < ay : this.seconds[x]! < this.seconds[y]!;
  }

  private grow(): void {
    const size = this.values.length * 2;
    this.values = withRoomKeeping(this.values, size);
    this.firsts = withRoomKeeping(this.firsts, size);
    this.seconds = withRoomKeeping(this.seconds, size);
    this.firstSizes = withRoomKeeping(this.firstSizes, size);
    this.secondSizes = withRoomKeeping(this.secondSizes, size);
  }
}
