import { ScoredPairs } from './scoredPairs.js';

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
  const pairsOf = new Map<number, ScoredPair[]>();
  each((i, j, score) => {
    // (Two items of one part: a part of two or more, so one of `itemsOf`.)
    if (score <= 0 || i === j || partOf[i] !== partOf[j]) return;
    let list = pairsOf.get(partOf[i]!);
    if (!list) pairsOf.set(partOf[i]!, (list = []));
    list.push({ i: local[i]!, j: local[j]!, score });
  });
  // Groups by their smallest item, in that order; items no merge reached stay alone.
  const groupAt = new Array<number[] | undefined>(count).fill(undefined);
  const grouped = new Uint8Array(count);
  for (const [part, items] of itemsOf) {
    for (const group of linkPart(items.length, pairsOf.get(part) ?? [], threshold)) {
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

/** Average linkage of `count` items joined by `pairs` (see {@link averageLinkage}), with one heap for all of them. */
function linkPart(count: number, pairs: readonly ScoredPair[], threshold: number): number[][] {
  const members: Array<number[] | undefined> = Array.from({ length: count }, (_, i) => [i]);
  // Sums of similarities between groups, keyed by group id (the smallest member index).
  const sums: Array<Map<number, number> | undefined> = Array.from({ length: count }, () => new Map());
  for (const { i, j, score } of pairs) {
    sums[i]!.set(j, (sums[i]!.get(j) ?? 0) + score);
    sums[j]!.set(i, (sums[j]!.get(i) ?? 0) + score);
  }
  const heap = new MaxHeap();
  const average = (a: number, b: number) => sums[a]!.get(b)! / (members[a]!.length * members[b]!.length);
  const initial: HeapEntry[] = [];
  for (let a = 0; a < count; a++) for (const b of sums[a]!.keys()) if (a < b) initial.push({ a, b, value: average(a, b), sizeA: 1, sizeB: 1 });
  heap.fill(initial);
  // Pairs of groups with a similarity, kept as groups merge (to tell when the heap is mostly stale).
  let live = heap.size;
  while (heap.size > 0) {
    const top = heap.pop()!;
    const { a, b } = top;
    // Stale entry: a group changed since the entry was pushed.
    if (!members[a] || !members[b] || members[a]!.length !== top.sizeA || members[b]!.length !== top.sizeB) continue;
    if (top.value < threshold) break;
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
      const [x, y] = a < other ? [a, other] : [other, a];
      heap.push({ a: x, b: y, value: average(x, y), sizeA: members[x]!.length, sizeB: members[y]!.length });
    }
    // A merge into a large group pushes an entry for each of its neighbours and leaves the old
    // ones stale: when stale entries outnumber live pairs several times over, the heap is rebuilt
    // from the live pairs (the same pops, in the same order; memory stays linear in the pairs).
    if (heap.size > STALE_FACTOR * Math.max(live, 1024)) {
      const current: HeapEntry[] = [];
      for (let x = 0; x < count; x++) {
        if (!members[x]) continue;
        for (const y of sums[x]!.keys()) if (x < y) current.push({ a: x, b: y, value: average(x, y), sizeA: members[x]!.length, sizeB: members[y]!.length });
      }
      heap.fill(current);
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

interface HeapEntry {
  a: number;
  b: number;
  value: number;
  sizeA: number;
  sizeB: number;
}

/** Stale heap entries allowed per live pair before the heap is rebuilt. */
const STALE_FACTOR = 4;

/** A binary max-heap on `value`; equal values pop in (a, b) order for determinism. */
class MaxHeap {
  private items: HeapEntry[] = [];

  get size(): number {
    return this.items.length;
  }

  /**
   * Replaces the heap's entries with `entries` (taken over, not copied), ordered in linear time:
   * entries pop in one total order (see {@link before}), however the heap was built.
   */
  fill(entries: HeapEntry[]): void {
    this.items = entries;
    for (let k = (entries.length >> 1) - 1; k >= 0; k--) this.siftDown(k);
  }

  push(entry: HeapEntry): void {
    const items = this.items;
    items.push(entry);
    let k = items.length - 1;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (!before(items[k]!, items[parent]!)) break;
      [items[k], items[parent]] = [items[parent]!, items[k]!];
      k = parent;
    }
  }

  pop(): HeapEntry | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      this.siftDown(0);
    }
    return top;
  }

  private siftDown(from: number): void {
    const items = this.items;
    let k = from;
    for (;;) {
      const l = 2 * k + 1;
      const r = l + 1;
      let best = k;
      if (l < items.length && before(items[l]!, items[best]!)) best = l;
      if (r < items.length && before(items[r]!, items[best]!)) best = r;
      if (best === k) break;
      [items[k], items[best]] = [items[best]!, items[k]!];
      k = best;
    }
  }
}

function before(x: HeapEntry, y: HeapEntry): boolean {
  if (x.value !== y.value) return x.value > y.value;
  return x.a !== y.a ? x.a < y.a : x.b < y.b;
}
