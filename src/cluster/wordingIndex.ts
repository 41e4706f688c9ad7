import { editDistance } from '../text/editDistance.js';
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
  return { shared, sharedTrigrams, wordDistance: editDistance(codeString(codesA, wordCount(indexA)), codeString(codesB, wordCount(indexB))) };
}

/**
 * Word codes as one character each, so that a character edit distance counts words.
 * Codes run from 0 to the pair's number of distinct words, far below the surrogate range.
 */
function codeString(codes: Int32Array, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(CODE_BASE + codes[i]!);
  return text;
}

/** Word codes start here (printable, below the surrogates with room for 40,000 distinct words a pair). */
const CODE_BASE = 0x100;

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
  const words = wording.words;
  const hashOf = new Map<string, number>();
  for (const word of words) if (!hashOf.has(word)) hashOf.set(word, fnv1a(word));
  const vocabulary = [...hashOf.keys()].sort((x, y) => hashOf.get(x)! - hashOf.get(y)! || byCodeUnits(x, y));
  const rankOf = new Map(vocabulary.map((word, rank) => [word, rank]));
  const rankList = words.map((word) => rankOf.get(word)!);
  const gramLists: number[][] = [];
  for (let n = 1; n <= LONGEST_NGRAM; n++) gramLists[n] = distinctGrams(rankList, n);
  // One buffer for both arrays: each buffer of its own costs more memory (and garbage
  // collection work) than a wording's few numbers.
  const lists = [rankList, ...gramLists.slice(1)];
  const ints = RUN_BOUNDS + lists.reduce((sum, list) => sum + list.length, 0);
  const buffer = new ArrayBuffer(vocabulary.length * 8 + ints * 4);
  const hashes = new Float64Array(buffer, 0, vocabulary.length);
  hashes.set(vocabulary.map((word) => hashOf.get(word)!));
  const runs = new Int32Array(buffer, vocabulary.length * 8, ints);
  let offset = RUN_BOUNDS;
  lists.forEach((list, k) => {
    runs[k] = offset;
    runs.set(list, offset);
    offset += list.length;
  });
  runs[lists.length] = offset;
  return (wording.index = { vocabulary, hashes, runs });
}

/** The distinct n-grams of a sequence of ranks, in order, with their counts. */
function distinctGrams(ranks: readonly number[], n: number): number[] {
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
function compareRanks(ranks: readonly number[], x: number, y: number, n: number): number {
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

