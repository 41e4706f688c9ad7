import { RecentCache } from './recentCache.js';
import type { Span } from './span.js';

/** A word of normalized text with its offsets in that text. */
export interface Token extends Span {
  /** The word as written. */
  text: string;
  /** Lower case, with periods of acronyms dropped (`U.S.` -> `us`). */
  lower: string;
}

/**
 * What a word is, as a regular expression: acronyms with periods (`U.S.`, `a.m.`), then words
 * with inner apostrophes, hyphens or periods (`can't`, `US-led`, `2.5`, `51,000`), then any other
 * letter or digit run. {@link tokenize} reads words with a hand-written scanner that matches
 * exactly what this pattern matches (faster once warm, with no match objects to collect, and
 * every sentence is tokenized); the tests hold the two to each other.
 */
export const WORD_PATTERN = /(?:\p{L}\.){2,}|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/**
 * The stages read the same sentence several times (frame, hedges, negation, entities), so the
 * last few tokenizations are kept, the oldest dropped first. Tokens and their arrays are shared:
 * callers copy them, never edit them (the arrays are typed read-only). They are not frozen: V8
 * freezes an object slowly, and slices, filters and maps a frozen array some twenty times slower.
 */
const recent = new RecentCache<string, readonly Token[]>(64);

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
  let start = nextWordStart(text, 0);
  while (start < text.length) {
    const end = wordEnd(text, start);
    const word = text.slice(start, end);
    tokens.push({ text: word, start, end, lower: isPlainLowerCase(word) ? word : lowerWord(word) });
    start = nextWordStart(text, end);
  }
  recent.set(text, tokens);
  return tokens;
}

/**
 * The words of tokens as written, in an array built by `push`: `map` builds its array of another
 * kind once V8 has optimized the caller, and every function reading such arrays would be compiled
 * again for each kind it meets (the arrays of a sentence's words are read in many places).
 *
 * @example
 * tokenTexts(tokenize('U.S. officials')); // ['U.S.', 'officials']
 */
export function tokenTexts(tokens: readonly Token[]): string[] {
  const texts: string[] = [];
  for (const token of tokens) texts.push(token.text);
  return texts;
}

/** The lower-case forms of tokens, in an array built by `push` (see {@link tokenTexts}). */
export function tokenLowers(tokens: readonly Token[]): string[] {
  const lowers: string[] = [];
  for (const token of tokens) lowers.push(token.lower);
  return lowers;
}

function lowerWord(word: string): string {
  const lower = word.toLowerCase();
  if (lower.includes('.')) return /^(?:\p{L}\.){2,}$/u.test(word) ? lower.replace(/\./g, '') : lower;
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** Only ASCII lower-case letters, digits, `'`, `-` and `,`: {@link lowerWord} would return the word itself. */
function isPlainLowerCase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 44)) return false;
  }
  return true;
}

// What the scanner needs to know of a character: `\p{L}`, `\p{N}` or neither.
const OTHER = 0;
const LETTER = 1;
const DIGIT = 2;
const LETTER_CLASS = /^\p{L}$/u;
const DIGIT_CLASS = /^\p{N}$/u;

/** The class of each ASCII character. */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, code) =>
  (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? LETTER : code >= 48 && code <= 57 ? DIGIT : OTHER,
);

/** The class of the code point at `at` (OTHER past the end); ASCII is answered from a table. */
function classAt(text: string, at: number): number {
  // (asked before reading: V8 compiles a read past the end again, as a slower read)
  if (at >= text.length) return OTHER;
  const unit = text.charCodeAt(at);
  if (unit < 128) return ASCII_CLASS[unit]!;
  const character = String.fromCodePoint(text.codePointAt(at)!);
  if (LETTER_CLASS.test(character)) return LETTER;
  return DIGIT_CLASS.test(character) ? DIGIT : OTHER;
}

/** Code units taken by the code point at `at`: 2 for a surrogate pair, else 1. */
function widthAt(text: string, at: number): number {
  return text.charCodeAt(at) < 0xd800 ? 1 : (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
}

/** Where the next word starts (a letter or a digit) at or after `from`; `text.length` when none does. */
function nextWordStart(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const unit = text.charCodeAt(at);
    if (unit < 128) {
      if (ASCII_CLASS[unit] !== OTHER) return at;
      at++;
    } else {
      if (classAt(text, at) !== OTHER) return at;
      at += widthAt(text, at);
    }
  }
  return at;
}

/** Where the word starting at `start` ends: the first alternative of {@link WORD_PATTERN} that matches there, taken greedily. */
function wordEnd(text: string, start: number): number {
  if (classAt(text, start) === DIGIT) return joinedRunEnd(text, start, DIGIT, ',.');
  // `(?:\p{L}\.){2,}`: two or more letter-period pairs.
  let at = start;
  let pairs = 0;
  while (classAt(text, at) === LETTER && unitAt(text, at + widthAt(text, at)) === PERIOD) {
    at += widthAt(text, at) + 1;
    pairs++;
  }
  if (pairs >= 2) return at;
  return joinedRunEnd(text, start, LETTER | DIGIT, "'\u2019-");
}

const PERIOD = 46;

/** The UTF-16 unit at `at`, -1 past the end. */
function unitAt(text: string, at: number): number {
  return at < text.length ? text.charCodeAt(at) : -1;
}

/**
 * The end of a run of characters of `classes` (a bit set), joined by single `joiners` each
 * followed by more of the run: `\p{N}+(?:[.,]\p{N}+)*` and `[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*`.
 */
function joinedRunEnd(text: string, start: number, classes: number, joiners: string): number {
  let at = start;
  for (;;) {
    at = runEnd(text, at, classes);
    if (at < text.length && joiners.includes(text[at]!) && (classAt(text, at + 1) & classes) !== 0) at += 1;
    else return at;
  }
}

/** The end of a run of characters of `classes` from `start`. */
function runEnd(text: string, start: number, classes: number): number {
  let at = start;
  while (at < text.length) {
    const unit = text.charCodeAt(at);
    if (unit < 128) {
      if ((ASCII_CLASS[unit]! & classes) === 0) return at;
      at++;
    } else {
      if ((classAt(text, at) & classes) === 0) return at;
      at += widthAt(text, at);
    }
  }
  return at;
}
