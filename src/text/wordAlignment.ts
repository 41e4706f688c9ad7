import { alignedEdits, type AlignedEdit } from './alignedEdits.js';
import { RecentCache } from './recentCache.js';
import { tokenize, tokenLowers, type Token } from './tokenize.js';

/** Two texts' words and where they differ: see {@link alignNearVerbatim}. */
export interface WordAlignment {
  tokensA: readonly Token[];
  tokensB: readonly Token[];
  edits: AlignedEdit[];
  /** Words changed in all (per edit, the longer side). */
  changed: number;
}

/** Texts longer than this (in words) are not aligned: the alignment is quadratic in their length. */
export const MAX_ALIGNED_WORDS = 120;

/**
 * The word-by-word alignment of two texts that are one sentence with at most `maxChanged` words
 * changed, or undefined when they are not (or are shorter than `minWords`, or too long). Most
 * pairs are told apart without aligning: when more than `maxChanged` words of one are missing
 * from the other, they are not one sentence edited. The last few alignments are kept, as several
 * detectors ask about the same pair in a row.
 *
 * @example
 * alignNearVerbatim('Heather, 21, lost a leg.', 'Heather, 35, lost a leg.', 4, 2)?.edits; // [{ a: [1, 2], b: [1, 2] }]
 */
export function alignNearVerbatim(a: string, b: string, minWords: number, maxChanged: number): WordAlignment | undefined {
  // The word edits of two texts do not depend on the limits: one asked for with other limits is reused.
  let edits: AlignedEdit[] | undefined;
  for (const kept of recent) {
    if (kept.a !== a || kept.b !== b) continue;
    if (kept.minWords === minWords && kept.maxChanged === maxChanged) return kept.alignment;
    edits ??= kept.edits;
  }
  const aligned = align(wordsOf(a), wordsOf(b), minWords, maxChanged, edits);
  recent[next] = { a, b, minWords, maxChanged, alignment: aligned?.alignment, edits: aligned?.edits ?? edits };
  next = (next + 1) % RECENT_ALIGNMENTS;
  return aligned?.alignment;
}

/**
 * The last few alignments asked for, with the texts and limits they answer (and the texts' word
 * edits, when they were worked out), in a ring (`next` is the oldest once it is full). Looked up
 * by comparing the texts themselves: a key built of two sentences costs more to build and hash
 * than most alignments (most pairs are told apart at the first look).
 */
const recent: Array<{ a: string; b: string; minWords: number; maxChanged: number; alignment: WordAlignment | undefined; edits: AlignedEdit[] | undefined }> = [];
const RECENT_ALIGNMENTS = 16;
let next = 0;

/** A text's words as the alignment reads them: its tokens, their lower-case forms, and those as a set. */
interface TextWords {
  tokens: readonly Token[];
  words: readonly string[];
  set: ReadonlySet<string>;
}

/**
 * The words of the texts aligned last, by text. A statement is aligned with every other statement
 * of its cluster in turn, so its words are asked for once per pair: enough texts are kept (claims
 * and whole statements) to hold a large cluster's, the oldest dropped first.
 */
const recentWords = new RecentCache<string, TextWords>(2048);

function wordsOf(text: string): TextWords {
  let found = recentWords.get(text);
  if (!found) {
    const tokens = tokenize(text);
    const words = tokenLowers(tokens);
    found = { tokens, words, set: new Set(words) };
    recentWords.set(text, found);
  }
  return found;
}

/**
 * The alignment of two texts' words within the limits, when they are one sentence edited; and the
 * word edits whenever they were worked out (`known`, when given, is taken as them).
 */
function align(a: TextWords, b: TextWords, minWords: number, maxChanged: number, known?: AlignedEdit[]): { alignment?: WordAlignment; edits: AlignedEdit[] } | undefined {
  const tokensA = a.tokens;
  const tokensB = b.tokens;
  if (Math.min(tokensA.length, tokensB.length) < minWords || Math.max(tokensA.length, tokensB.length) > MAX_ALIGNED_WORDS) return undefined;
  if (Math.abs(tokensA.length - tokensB.length) > maxChanged) return undefined;
  // Cheap first look: words of each missing from the other.
  if (!known && (missingMoreThan(maxChanged, a.words, b.set) || missingMoreThan(maxChanged, b.words, a.set))) return undefined;
  const edits = known ?? alignedEdits(a.words, b.words);
  const changed = edits.reduce((n, e) => n + Math.max(e.a[1] - e.a[0], e.b[1] - e.b[0]), 0);
  if (changed > maxChanged) return { edits };
  return { alignment: { tokensA, tokensB, edits, changed }, edits };
}

/** Whether more than `limit` of `words` are missing from `other` (stops counting past it). */
function missingMoreThan(limit: number, words: readonly string[], other: ReadonlySet<string>): boolean {
  let missing = 0;
  for (const word of words) if (!other.has(word) && ++missing > limit) return true;
  return false;
}
