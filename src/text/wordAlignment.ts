import { alignedEdits, type AlignedEdit } from './alignedEdits.js';
import { RecentCache } from './recentCache.js';
import { tokenize, type Token } from './tokenize.js';

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
  const key = `${minWords}|${maxChanged}|${a}\u0000${b}`;
  const cached = recent.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const alignment = align(a, b, minWords, maxChanged);
  recent.set(key, alignment ?? null);
  return alignment;
}

const recent = new RecentCache<string, WordAlignment | null>(16);

function align(a: string, b: string, minWords: number, maxChanged: number): WordAlignment | undefined {
  const tokensA = tokenize(a);
  const tokensB = tokenize(b);
  if (Math.min(tokensA.length, tokensB.length) < minWords || Math.max(tokensA.length, tokensB.length) > MAX_ALIGNED_WORDS) return undefined;
  if (Math.abs(tokensA.length - tokensB.length) > maxChanged) return undefined;
  const wordsA = tokensA.map((t) => t.lower);
  const wordsB = tokensB.map((t) => t.lower);
  // Cheap first look: words of each missing from the other.
  const setB = new Set(wordsB);
  if (wordsA.filter((w) => !setB.has(w)).length > maxChanged) return undefined;
  const setA = new Set(wordsA);
  if (wordsB.filter((w) => !setA.has(w)).length > maxChanged) return undefined;
  const edits = alignedEdits(wordsA, wordsB);
  const changed = edits.reduce((n, e) => n + Math.max(e.a[1] - e.a[0], e.b[1] - e.b[0]), 0);
  if (changed > maxChanged) return undefined;
  return { tokensA, tokensB, edits, changed };
}
