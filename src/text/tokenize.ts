import type { Span } from './span.js';

/** A word of normalized text with its offsets in that text. */
export interface Token extends Span {
  /** The word as written. */
  text: string;
  /** Lower case, with periods of acronyms dropped (`U.S.` -> `us`). */
  lower: string;
}

/**
 * Acronyms with periods (`U.S.`, `a.m.`), then words with inner apostrophes, hyphens or
 * periods (`can't`, `US-led`, `2.5`, `51,000`), then any other letter or digit run.
 */
const WORD = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/**
 * The stages read the same sentence several times (frame, hedges, negation, entities), so the
 * last few tokenizations are kept. Tokens are frozen: callers copy them, never edit them.
 */
const recent = new Map<string, readonly Token[]>();
const RECENT_LIMIT = 64;

/**
 * Splits text into word tokens with offsets. Punctuation is skipped; `can't` stays one token
 * (negation is read from it), as does `US-led` (hyphenated modifiers are one idea).
 *
 * @example
 * tokenize("U.S. officials can't say.").map((t) => t.lower); // ['us', 'officials', "can't", 'say']
 */
export function tokenize(text: string): readonly Token[] {
  const cached = recent.get(text);
  if (cached) return cached;
  const tokens: Token[] = [];
  const pattern = new RegExp(WORD.source, WORD.flags);
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    const word = m[0];
    const start = m.index;
    tokens.push(Object.freeze({ text: word, start, end: start + word.length, lower: lowerWord(word) }));
  }
  Object.freeze(tokens);
  if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  recent.set(text, tokens);
  return tokens;
}

function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.includes('.')) return /^(?:\p{L}\.){2,}$/u.test(word) ? lower.replace(/\./g, '') : lower;
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}
