import { sequenceDistance } from '../text/editDistance.js';
import { fnv1a } from '../text/fnv1a.js';
import { withRoom } from '../text/workArray.js';
import type { Wording } from './profile.js';

/** Longest n-gram the similarity counts (as BLEU does). */
export const LONGEST_NGRAM = 4;

/**
 * A wording laid out to be compared many times: its distinct words in order, each of its words as
 * its rank among them, and for each n its distinct n-grams in order, with how often each occurs.
 * Two wordings are then compared by walking ordered lists side by side, with no lookups or
 * strings built. The order is by a hash of the word (then by the word, should two hashes meet),
 * so that walking two vocabularies compares numbers, not strings.
 */
export interface WordingIndex {
  /** The distinct words, in order of hash. */
  vocabulary: string[];
  /** The hash of each word of `vocabulary`. */
  hashes: Float64Array;
  /**
   * Runs of numbers one after the other, run k from `runs[k]` to `runs[k + 1]` (the first
   * {@link RUN_BOUNDS} numbers say where): run 0, each word of the wording as its position in
   * `vocabulary`; run n (1 to {@link LONGEST_NGRAM}), the distinct n-grams in order of their
   * ranks, as pairs (where it first starts, how often it occurs). One array, not one each: a
   * collection holds hundreds of thousands of wordings, and each array object costs more than
   * the few numbers in it.
   */
  runs: Int32Array;
}

/** Numbers at the start of {@link WordingIndex.runs} that bound its runs. */
const RUN_BOUNDS = LONGEST_NGRAM + 2;

/** What two wordings share, as the similarity counts it. */
export interface WordingOverlap {
  /** `shared[n]` for n = 1 ... 4: n-grams the two have in common, each counted as often as the side using it less does (BLEU's clipping). */
  shared: number[];
  /** Distinct word trigrams the two have in common. */
  sharedTrigrams: number;
  /** Words to insert, delete or replace to turn one wording into the other. */
  wordDistance: number;
}

// Work arrays of one comparison, reused by the next (a clustering makes millions): the words of
// each wording in joint codes, and the joint code of each word of each vocabulary.
let codesA = new Int32Array(256);
let codesB = new Int32Array(256);
let codeOfA = new Int32Array(256);
let codeOfB = new Int32Array(256);

/**
 * The shared n-grams and the word edit distance of two wordings. Their words are first given
 * codes in the two wordings' joint vocabulary (merged from the ordered ones, so that codes keep the
 * words' order and the ordered n-gram lists of both stay ordered in codes).
 *
 * @example
 * wordingOverlap({ words: ['talks', 'resumed', 'today'], text: '' }, { words: ['talks', 'resumed'], text: '' });
 * // { shared: [0, 2, 1, 0, 0], wordDistance: 1 }
 */
export function wordingOverlap(a: Wording, b: Wording): WordingOverlap {
  const indexA = wordingIndex(a);
  const indexB = wordingIndex(b);
  jointCodes(indexA, indexB);
  const shared = [0, 0, 0, 0, 0];
  let sharedTrigrams = 0;
  const runsA = indexA.runs;
  const runsB = indexB.runs;
  for (let n = 1; n <= LONGEST_NGRAM; n++) {
    shared[n] = sharedGrams(runsA, runsA[n]!, runsA[n + 1]!, codesA, runsB, runsB[n]!, runsB[n + 1]!, codesB, n);
    if (n === 3) sharedTrigrams = matchedGrams;
    // Every shared (n+1)-gram holds a shared n-gram.
    if (shared[n] === 0) break;
  }
  return { shared, sharedTrigrams, wordDistance: sequenceDistance(codesA, wordCount(indexA), codesB, wordCount(indexB)) };
}

/** Distinct word trigrams of a wording. */
export function distinctTrigrams(wording: Wording): number {
  const runs = wordingIndex(wording).runs;
  return (runs[4]! - runs[3]!) / 2;
}

/** Words in the wording an index was built from. */
function wordCount(index: WordingIndex): number {
  return index.runs[1]! - index.runs[0]!;
}

/** The index of a wording, built on first use and kept on it (a statement is compared many times). */
export function wordingIndex(wording: Wording): WordingIndex {
  if (wording.index) return wording.index;
  const { vocabulary, hashes, ranks } = rankedWords(wording.words);
  const lists: ArrayLike<number>[] = [ranks];
  for (let n = 1; n <= LONGEST_NGRAM; n++) lists.push(distinctGrams(ranks, vocabulary.length, n));
  // One buffer for both arrays: each buffer of its own costs more memory (and garbage
  // collection work) than a wording's few numbers.
  const ints = RUN_BOUNDS + lists.reduce((sum, list) => sum + list.length, 0);
  const buffer = new ArrayBuffer(vocabulary.length * 8 + ints * 4);
  const hashArray = new Float64Array(buffer, 0, vocabulary.length);
  hashArray.set(hashes);
  const runs = new Int32Array(buffer, vocabulary.length * 8, ints);
  let offset = RUN_BOUNDS;
  lists.forEach((list, k) => {
    runs[k] = offset;
    runs.set(list, offset);
    offset += list.length;
  });
  runs[lists.length] = offset;
  return (wording.index = { vocabulary, hashes: hashArray, runs });
}

/** Positions fit in the low bits of a sort key below this many words (2^20). */
const POSITIONS = 1_048_576;

/**
 * The distinct words of a wording in order of hash (then of code units, should two hashes meet),
 * their hashes, and each word's rank among them.
 */
function rankedWords(words: readonly string[]): { vocabulary: string[]; hashes: number[]; ranks: Int32Array } {
  const length = words.length;
  const ranks = new Int32Array(length);
  const vocabulary: string[] = [];
  const hashes: number[] = [];
  const order = wordOrder(words);
  for (let k = 0; k < length; k++) {
    const word = words[order.positions[k]!]!;
    const hash = order.hashes[k]!;
    if (k === 0 || hash !== hashes[hashes.length - 1] || word !== vocabulary[vocabulary.length - 1]) {
      vocabulary.push(word);
      hashes.push(hash);
    }
    ranks[order.positions[k]!] = vocabulary.length - 1;
  }
  return { vocabulary, hashes, ranks };
}

/**
 * The positions of a wording's words in order of (hash, code units, position), with the hash of
 * each. Sorted as single numbers, hash times 2^20 plus position, with no comparator; only words
 * of one hash that differ (rare) are put in order of code units after.
 */
function wordOrder(words: readonly string[]): { positions: Int32Array; hashes: Float64Array } {
  const length = words.length;
  const positions = new Int32Array(length);
  const hashes = new Float64Array(length);
  for (let p = 0; p < length; p++) hashes[p] = fnv1a(words[p]!);
  if (length >= POSITIONS) {
    // Too many words for the numbers: sorted by comparing.
    const order = Array.from({ length }, (_, p) => p).sort((x, y) => hashes[x]! - hashes[y]! || byCodeUnits(words[x]!, words[y]!) || x - y);
    positions.set(order);
    return { positions, hashes: Float64Array.from(order, (p) => hashes[p]!) };
  }
  const keys = new Float64Array(length);
  for (let p = 0; p < length; p++) keys[p] = hashes[p]! * POSITIONS + p;
  keys.sort();
  for (let k = 0; k < length; k++) {
    positions[k] = keys[k]! % POSITIONS;
    hashes[k] = (keys[k]! - positions[k]!) / POSITIONS;
  }
  // A run of one hash holding two words: by code units, then position.
  for (let k = 0; k < length; ) {
    let end = k + 1;
    let mixed = false;
    for (; end < length && hashes[end] === hashes[k]; end++) mixed ||= words[positions[end]!] !== words[positions[k]!];
    if (mixed) positions.subarray(k, end).set([...positions.subarray(k, end)].sort((x, y) => byCodeUnits(words[x]!, words[y]!) || x - y));
    k = end;
  }
  return { positions, hashes };
}

/**
 * The distinct n-grams of a sequence of ranks (each below `distinct`), in order, as pairs (where it
 * first starts, how often it occurs). An n-gram is read as one number, its ranks as digits in base
 * `distinct`, so that numbers and n-grams have one order; times the number of starts plus its start,
 * the n-grams sort as plain numbers, with no comparator. Past 2^53 (a wording of some thousand words
 * or more), they are sorted by comparing ranks instead.
 */
function distinctGrams(ranks: Int32Array, distinct: number, n: number): number[] {
  const starts = ranks.length - n + 1;
  const grams: number[] = [];
  if (starts <= 0) return grams;
  if (distinct ** n * starts >= Number.MAX_SAFE_INTEGER) return distinctGramsCompared(ranks, n);
  const keys = new Float64Array(starts);
  for (let start = 0; start < starts; start++) {
    let gram = 0;
    for (let k = 0; k < n; k++) gram = gram * distinct + ranks[start + k]!;
    keys[start] = gram * starts + start;
  }
  keys.sort();
  let previous = -1;
  for (let k = 0; k < starts; k++) {
    const start = keys[k]! % starts;
    const gram = (keys[k]! - start) / starts;
    if (gram === previous) grams[grams.length - 1]!++;
    else grams.push(start, 1);
    previous = gram;
  }
  return grams;
}

/** {@link distinctGrams} by comparing ranks, for wordings too long for its numbers. */
function distinctGramsCompared(ranks: Int32Array, n: number): number[] {
  const order: number[] = [];
  for (let start = 0; start + n <= ranks.length; start++) order.push(start);
  order.sort((x, y) => compareRanks(ranks, x, y, n) || x - y);
  const grams: number[] = [];
  for (const start of order) {
    if (grams.length > 0 && compareRanks(ranks, grams[grams.length - 2]!, start, n) === 0) grams[grams.length - 1]!++;
    else grams.push(start, 1);
  }
  return grams;
}

/** Order of the n-grams of one sequence starting at `x` and at `y` (negative: x's first). */
function compareRanks(ranks: Int32Array, x: number, y: number, n: number): number {
  for (let k = 0; k < n; k++) {
    const difference = ranks[x + k]! - ranks[y + k]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Order of the n-grams starting at `x` in `codesX` and at `y` in `codesY` (negative: x's first). */
function compareGrams(codesX: Int32Array, x: number, codesY: Int32Array, y: number, n: number): number {
  for (let k = 0; k < n; k++) {
    const difference = codesX[x + k]! - codesY[y + k]!;
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Distinct n-grams both lists held, at the last {@link sharedGrams}. */
let matchedGrams = 0;

/**
 * Sum over the n-grams both lists hold (`gramsA` from `x` to `endA`, `gramsB` from `y` to `endB`)
 * of the smaller count (and their number into {@link matchedGrams}).
 */
function sharedGrams(gramsA: Int32Array, x: number, endA: number, wordsA: Int32Array, gramsB: Int32Array, y: number, endB: number, wordsB: Int32Array, n: number): number {
  let shared = 0;
  matchedGrams = 0;
  while (x < endA && y < endB) {
    const order = compareGrams(wordsA, gramsA[x]!, wordsB, gramsB[y]!, n);
    if (order === 0) {
      matchedGrams++;
      shared += Math.min(gramsA[x + 1]!, gramsB[y + 1]!);
      x += 2;
      y += 2;
    } else if (order < 0) x += 2;
    else y += 2;
  }
  return shared;
}

/**
 * Codes of the words of two wordings, into `codesA` and `codesB`: their ranks in the union of
 * the two vocabularies. Returns the size of that union.
 */
function jointCodes(a: WordingIndex, b: WordingIndex): number {
  const vocabularyA = a.vocabulary;
  const vocabularyB = b.vocabulary;
  const hashesA = a.hashes;
  const hashesB = b.hashes;
  const codeOfWordA = (codeOfA = withRoom(codeOfA, vocabularyA.length));
  const codeOfWordB = (codeOfB = withRoom(codeOfB, vocabularyB.length));
  let x = 0;
  let y = 0;
  let code = 0;
  while (x < vocabularyA.length && y < vocabularyB.length) {
    const order = hashesA[x]! - hashesB[y]! || byCodeUnits(vocabularyA[x]!, vocabularyB[y]!);
    if (order === 0) {
      codeOfWordA[x++] = code;
      codeOfWordB[y++] = code;
    } else if (order < 0) codeOfWordA[x++] = code;
    else codeOfWordB[y++] = code;
    code++;
  }
  while (x < vocabularyA.length) codeOfWordA[x++] = code++;
  while (y < vocabularyB.length) codeOfWordB[y++] = code++;
  const wordsA = (codesA = withRoom(codesA, wordCount(a)));
  const wordsB = (codesB = withRoom(codesB, wordCount(b)));
  const runsA = a.runs;
  const runsB = b.runs;
  for (let i = 0, k = runsA[0]!; k < runsA[1]!; i++, k++) wordsA[i] = codeOfWordA[runsA[k]!]!;
  for (let i = 0, k = runsB[0]!; k < runsB[1]!; i++, k++) wordsB[i] = codeOfWordB[runsB[k]!]!;
  return code;
}

/** Order of two strings by UTF-16 code units. */
function byCodeUnits(x: string, y: string): number {
  return x === y ? 0 : x < y ? -1 : 1;
}

