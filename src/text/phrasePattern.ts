import { RecentCache } from './recentCache.js';
import { tokenize, type Token } from './tokenize.js';

/**
 * A lexicon phrase (a regular-expression source such as `(?:is|was) said to`) matched as whole
 * words, with the words its matches are made of. Most sentences hold none of those words, and
 * looking the sentence's words up once is far cheaper than running every pattern, so a pattern
 * runs only where it can match: the result is the same, only faster.
 */
export interface PhrasePattern {
  /** The phrase between whole-word guards: no letter (nor, optionally, apostrophe) before it, no letter after. */
  readonly pattern: RegExp;
  /**
   * The words of each string the phrase matches, lower case: a text whose words include none of
   * these sets cannot match. Absent when the source is not a finite alternation of literals: the
   * pattern then always runs.
   */
  readonly wordSets?: ReadonlyArray<readonly string[]>;
  /** The phrase's place in the index of word sets (with `wordSets` only). */
  readonly id?: number;
}

/** How a phrase is guarded: `letter` for `(?<![\p{L}])`, `letterOrApostrophe` for `(?<![\p{L}'])`. */
export type PhraseGuard = 'letter' | 'letterOrApostrophe';

/**
 * Compiles a lexicon phrase as a whole-word pattern. `flags` must hold `u` (the guards use `\p{L}`).
 *
 * @example
 * const said = phrasePattern('(?:is|was) said to', 'iu', 'letter');
 * said.wordSets; // [['is', 'said', 'to'], ['was', 'said', 'to']]
 * matchPhrase(said, 'He was said to agree')?.[0]; // 'was said to'
 */
export function phrasePattern(source: string, flags: string, guard: PhraseGuard): PhrasePattern {
  const before = guard === 'letter' ? '(?<![\\p{L}])' : "(?<![\\p{L}'])";
  const pattern = new RegExp(`${before}(?:${source})(?![\\p{L}])`, flags);
  const wordSets = phraseWordSets(source);
  if (!wordSets) return { pattern };
  const id = phraseCount++;
  for (const words of wordSets) {
    // Filed under its longest word: long words are rare ("unclear", not "is"), so a text's words
    // seldom lead to a set whose other words must then be checked.
    const key = words.reduce((longest, word) => (word.length > longest.length ? word : longest));
    const others = words.filter((word) => word !== key).map(wordNumber);
    (PHRASES_BY_KEY_WORD[wordNumber(key)] ??= []).push({ id, others });
  }
  return { pattern, wordSets, id };
}

/**
 * Whether `text.slice(start, end)` may hold a match of the phrase: false only when it certainly
 * holds none. The guards put a non-letter (or the end of the slice) on both sides of a match, so
 * every word of the match is a whole word of the slice, and all of them must be among its words.
 * A slice that cuts no word in two has no word the whole text lacks, so the whole text's words
 * answer for it (read once, whatever part of the text a stage looks at).
 */
export function mayMatchPhrase(phrase: PhrasePattern, text: string, start = 0, end = text.length): boolean {
  if (phrase.id === undefined) return true;
  // A stage asks about one slice for each phrase of a family in turn.
  if (text !== last.text || start !== last.start || end !== last.end || last.possible.length !== phraseCount) {
    const whole = !cutsWord(text, start) && !cutsWord(text, end);
    last = { text, start, end, possible: phrasesIn(whole ? text : text.slice(start, end)) };
  }
  return last.possible[phrase.id] === 1;
}

let last: { text: string; start: number; end: number; possible: Uint8Array } = { text: '', start: 0, end: 0, possible: new Uint8Array(0) };

/**
 * `pattern.exec(text.slice(start, end))` for a phrase compiled without the `g` flag (offsets
 * relative to the slice); null at once when the slice cannot match.
 */
export function matchPhrase(phrase: PhrasePattern, text: string, start = 0, end = text.length): RegExpExecArray | null {
  if (!mayMatchPhrase(phrase, text, start, end)) return null;
  return phrase.pattern.exec(start === 0 && end >= text.length ? text : text.slice(start, end));
}

/** Whether a word runs across offset `at` (a letter on both sides; a surrogate counts as one, to be safe). */
function cutsWord(text: string, at: number): boolean {
  return at > 0 && at < text.length && mayBeLetter(text.charCodeAt(at - 1)) && mayBeLetter(text.charCodeAt(at));
}

function mayBeLetter(code: number): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return (code >= 0xd800 && code <= 0xdfff) || LETTER.test(String.fromCharCode(code));
}

const LETTER = /\p{L}/u;

/** The words of the word sets, numbered on first sight. */
const WORD_NUMBERS = new Map<string, number>();

function wordNumber(word: string): number {
  let number = WORD_NUMBERS.get(word);
  if (number === undefined) WORD_NUMBERS.set(word, (number = WORD_NUMBERS.size));
  return number;
}

/** The word sets of every phrase compiled so far, by the number of one of their words (the key), with the `others`. */
const PHRASES_BY_KEY_WORD: Array<Array<{ id: number; others: readonly number[] }> | undefined> = [];
let phraseCount = 0;

/** Which words of the trie a text holds, by number: one array for every text, cleared after use. */
let present = new Uint8Array(0);

/**
 * Which phrases a text may match (1 at their id), from its words. The answer is kept with the
 * text's tokens, which the stages share, so each sentence is read once.
 */
function phrasesIn(text: string): Uint8Array {
  const tokens = tokenize(text);
  const cached = recentAnswers.get(tokens);
  // A phrase compiled after the text was read is not in the cached answer: read it again.
  if (cached && cached.length === phraseCount) return cached;
  if (present.length < WORD_NUMBERS.size) present = new Uint8Array(WORD_NUMBERS.size);
  const found: number[] = [];
  forEachWord(tokens, (word) => {
    const number = WORD_NUMBERS.get(word);
    if (number !== undefined && present[number] === 0) {
      present[number] = 1;
      found.push(number);
    }
  });
  const possible = new Uint8Array(phraseCount);
  for (const word of found) {
    const sets = PHRASES_BY_KEY_WORD[word];
    if (sets === undefined) continue;
    for (const { id, others } of sets) if (possible[id] === 0 && allPresent(others)) possible[id] = 1;
  }
  for (const word of found) present[word] = 0;
  recentAnswers.set(tokens, possible);
  return possible;
}

/** Whether every word of `words` (by number) is in the text being read. */
function allPresent(words: readonly number[]): boolean {
  for (const word of words) if (present[word] === 0) return false;
  return true;
}

/** The last few answers, by the tokens of their text. */
const recentAnswers = new RecentCache<readonly Token[], Uint8Array>(16);

/**
 * The words of a text as the guards see them: maximal runs of ASCII letters, lower case.
 *
 * @example
 * textWords("U.S. officials can't say"); // Set { 'u', 's', 'officials', 'can', 't', 'say' }
 */
export function textWords(text: string): ReadonlySet<string> {
  const words = new Set<string>();
  forEachWord(tokenize(text), (word) => words.add(word));
  return words;
}

/**
 * Visits a text's words (maximal runs of ASCII letters, lower case). Case is folded as the `iu`
 * flags fold it: `toLowerCase` does it for every character that folds to an ASCII letter but the
 * long s (`ſ`), folded here. The words are read from the tokens: every letter of a text lies in a
 * token, and no run of letters crosses from one token to the next.
 */
function forEachWord(tokens: readonly Token[], visit: (word: string) => void): void {
  for (const token of tokens) {
    // A token whose `lower` is its text is in lower case already (most are), and most are one word.
    let lower = token.lower === token.text ? token.text : token.text.toLowerCase();
    if (isAsciiLowerWord(lower)) {
      visit(lower);
      continue;
    }
    if (lower.includes('\u017f')) lower = lower.replaceAll('\u017f', 's');
    for (const word of lower.match(ASCII_WORDS) ?? []) visit(word);
  }
}

/** `/^[a-z]+$/` on a non-empty word, without the regular expression (asked of every token). */
function isAsciiLowerWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 97 || code > 122) return false;
  }
  return true;
}

const ASCII_WORDS = /[a-z]+/g;

/** More strings than this and a phrase gets no word sets (it always runs): none of the lexicon's comes near. */
const EXPANSION_LIMIT = 20_000;

/**
 * The words of each string a source matches (runs of letters, lower case; each set once), or
 * undefined when that cannot be told: the source must be ASCII, built of literal characters,
 * `(?:...)` groups, `|`, `?` and plain character classes (`[sd]`), and every string it matches
 * must hold a letter.
 *
 * @example
 * phraseWordSets("need(?:s|ed)? to|can't"); // [['needs', 'to'], ['needed', 'to'], ['need', 'to'], ['can', 't']]
 * phraseWordSets('\\d+ percent'); // undefined
 */
export function phraseWordSets(source: string): ReadonlyArray<readonly string[]> | undefined {
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(source)) return undefined;
  const strings = expandSource(source);
  if (!strings) return undefined;
  const sets = new Map<string, string[]>();
  for (const s of strings) {
    const words = s.toLowerCase().match(/[a-z]+/g);
    if (!words) return undefined;
    sets.set(words.join(' '), words);
  }
  return [...sets.values()];
}

/** Every string a source matches, when it is a finite alternation of literals (else undefined). */
function expandSource(source: string): string[] | undefined {
  let at = 0;
  const unsupported = new Error('unsupported');

  const alternation = (): string[] => {
    const strings = new Set(sequence());
    while (source[at] === '|') {
      at++;
      for (const s of sequence()) strings.add(s);
    }
    return [...strings];
  };
  const sequence = (): string[] => {
    let strings = [''];
    while (at < source.length && source[at] !== '|' && source[at] !== ')') {
      let options = atom();
      if (source[at] === '?') {
        at++;
        options = [...options, ''];
      }
      if (at < source.length && '*+{'.includes(source[at]!)) throw unsupported;
      strings = strings.flatMap((s) => options.map((o) => s + o));
      if (strings.length > EXPANSION_LIMIT) throw unsupported;
    }
    return strings;
  };
  const atom = (): string[] => {
    const c = source[at++]!;
    if (c === '(') {
      if (source[at] === '?') {
        // Only non-capturing groups: lookarounds and named groups are not literals.
        if (source[at + 1] !== ':') throw unsupported;
        at += 2;
      }
      const inner = alternation();
      if (source[at++] !== ')') throw unsupported;
      return inner;
    }
    if (c === '[') {
      const close = source.indexOf(']', at);
      const members = close < 0 ? '' : source.slice(at, close);
      if (members === '' || /[\\^-]/.test(members)) throw unsupported;
      at = close + 1;
      return [...members];
    }
    if (c === '\\') {
      const escaped = source[at++];
      // `\d`, `\s`, `\b`, `\p{...}` and the like are classes or assertions, not literals.
      if (escaped === undefined || /[A-Za-z0-9]/.test(escaped)) throw unsupported;
      return [escaped];
    }
    if ('.^$*+?{}|)]'.includes(c)) throw unsupported;
    return [c];
  };

  try {
    const strings = alternation();
    return at === source.length ? strings : undefined;
  } catch (error) {
    if (error === unsupported) return undefined;
    throw error;
  }
}
