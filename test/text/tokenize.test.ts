import { describe, expect, it } from 'vitest';
import { tokenize, WORD_PATTERN } from '../../src/text/tokenize.js';
import { randomTexts } from '../randomTexts.js';

/** What tokenize must give: the words of `WORD_PATTERN`, with their offsets and lower-case forms. */
function byPattern(text: string): Array<{ text: string; start: number; end: number; lower: string }> {
  return [...text.matchAll(new RegExp(WORD_PATTERN.source, WORD_PATTERN.flags))].map((m) => {
    const lower = m[0].toLowerCase();
    const folded = lower.includes('.')
      ? /^(?:\p{L}\.){2,}$/u.test(m[0]) ? lower.replace(/\./g, '') : lower
      : lower.replace(/\u2019/g, "'");
    return { text: m[0], start: m.index, end: m.index + m[0].length, lower: folded };
  });
}

const CASES: Array<[string, string[]]> = [
  ["U.S. officials can't say.", ['us', 'officials', "can't", 'say']],
  ['The U.N.-backed plan, 2.5 percent of 51,000.', ['the', 'un', 'backed', 'plan', '2.5', 'percent', 'of', '51,000']],
  ['US-led talks at 10 a.m. in Geneva', ['us-led', 'talks', 'at', '10', 'am', 'in', 'geneva']],
  ['Russia\u2019s offer, e.g. the 3rd one', ["russia's", 'offer', 'eg', 'the', '3', 'rd', 'one']],
  ['5abc 12.x 1,2,3 a.b.c.d U.S', ['5', 'abc', '12', 'x', '1,2,3', 'abc', 'd', 'u', 's']],
  ['Élysée, Ⅻ, \u0663\u0664, \u{1D400}\u{1D401}.', ['élysée', 'ⅻ', '\u0663\u0664', '\u{1D400}\u{1D401}']],
];

describe('tokenize', () => {
  it.each(CASES)('%s', (text, lowers) => {
    expect(tokenize(text).map((t) => t.lower)).toEqual(lowers);
  });

  it('reads exactly the words of WORD_PATTERN, on real and on random text', () => {
    const alphabet = ['a', 'B', 'z', 'Q', '0', '7', '.', ',', "'", '\u2019', '-', ' ', '\n', 'é', 'İ', 'ſ', '\u212A', 'Ⅻ', '\u0663', '\u{1D400}', '\u{1F600}', '\uD800', '\uDC00', '"', '(', '\u2014'];
    const texts = [...CASES.map(([text]) => text), ...randomTexts(alphabet, 42, 3000)];
    for (const text of texts) expect(tokenize(text).map((t) => ({ ...t }))).toEqual(byPattern(text));
  });
});
