/** A number, a word or a single other character, with its offsets: what quantities are read from. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  kind: 'number' | 'word' | 'symbol';
  /** No space between this token and the one before it ("G20", "$2.5", "17-nation"). */
  joined: boolean;
}

/**
 * What a token is: digits with thousands separators and decimals; words with inner apostrophes and
 * periods ("o'clock", "U.S", "p.m", "pic.twitter.com"); any other single character. No nested
 * quantifier can backtrack.
 */
export const QUANTITY_TOKEN = /\d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['\u2019]\p{L}+)*(?:\.\p{L}+)*|\S/gu;

/**
 * Splits text into the tokens of {@link QUANTITY_TOKEN}, each marked as joined to the one before
 * when no space stands between them. The pattern does the scanning: V8 runs it as native code from
 * its first sentences on, where a scanner written in JavaScript runs interpreted for a while.
 *
 * @example
 * quantityTokens('$2.5 bn').map((t) => [t.text, t.kind, t.joined]);
 * // [['$', 'symbol', false], ['2.5', 'number', true], ['bn', 'word', false]]
 */
export function quantityTokens(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  // The module's pattern itself, from `lastIndex` 0 (`matchAll` would copy it for every sentence).
  const pattern = QUANTITY_TOKEN;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const word = match[0];
    const start = match.index;
    const code = word.charCodeAt(0);
    const kind = code >= 48 && code <= 57 ? 'number' : isLetterFirst(code, word) ? 'word' : 'symbol';
    // (digits, commas and periods have no case)
    tokens.push({ text: word, lower: kind === 'number' ? word : word.toLowerCase(), start, end: start + word.length, kind, joined: start === previousEnd });
    previousEnd = start + word.length;
  }
  return tokens;
}

/** `/^\p{L}/u.test(word)`, answered without the regular expression when the first character is ASCII. */
function isLetterFirst(code: number, word: string): boolean {
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_FIRST.test(word);
}

const LETTER_FIRST = /^\p{L}/u;
