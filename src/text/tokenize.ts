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
 * Splits text into word tokens with offsets. Punctuation is skipped; `can't` stays one token
 * (negation is read from it), as does `US-led` (hyphenated modifiers are one idea).
 *
 * @example
 * tokenize("U.S. officials can't say.").map((t) => t.lower); // ['us', 'officials', "can't", 'say']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0];
    const start = m.index;
    tokens.push({ text: word, start, end: start + word.length, lower: lowerWord(word) });
  }
  return tokens;
}

function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  return /^(?:\p{L}\.){2,}$/u.test(word) ? lower.replace(/\./g, '') : lower.replace(/\u2019/g, "'");
}
