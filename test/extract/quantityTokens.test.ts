import { describe, expect, it } from 'vitest';
import { QUANTITY_TOKEN, quantityTokens, type Token } from '../../src/extract/quantityTokens.js';
import { randomTexts } from '../randomTexts.js';

/** What the scanner must give: the matches of `QUANTITY_TOKEN`, typed by their first character. */
function byPattern(text: string): Token[] {
  let previousEnd = -1;
  return [...text.matchAll(new RegExp(QUANTITY_TOKEN.source, QUANTITY_TOKEN.flags))].map((m) => {
    const word = m[0];
    const code = word.charCodeAt(0);
    const kind = code >= 48 && code <= 57 ? 'number' : /^\p{L}/u.test(word) ? 'word' : 'symbol';
    const token: Token = { text: word, lower: word.toLowerCase(), start: m.index, end: m.index + word.length, kind, joined: m.index === previousEnd };
    previousEnd = token.end;
    return token;
  });
}

const CASES: Array<[string, Array<[string, Token['kind'], boolean]>]> = [
  ['$2.5 bn', [['$', 'symbol', false], ['2.5', 'number', true], ['bn', 'word', false]]],
  ['51,000 U.S. troops', [['51,000', 'number', false], ['U.S', 'word', false], ['.', 'symbol', true], ['troops', 'word', false]]],
  ["1,2345 o'clock", [['1,234', 'number', false], ['5', 'number', true], ["o'clock", 'word', false]]],
  ['17-nation 3.x', [['17', 'number', false], ['-', 'symbol', true], ['nation', 'word', true], ['3', 'number', false], ['.', 'symbol', true], ['x', 'word', true]]],
];

describe('quantityTokens', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(quantityTokens(text).map((t) => [t.text, t.kind, t.joined])).toEqual(expected);
  });

  it('reads exactly the tokens of QUANTITY_TOKEN, on real and on random text', () => {
    const alphabet = ['a', 'B', 'z', '0', '7', '.', ',', "'", '\u2019', '-', ' ', '\n', '\u00A0', '\u2028', 'é', 'İ', 'Ⅻ', '\u0663', '\u{1D400}', '\u{1F600}', '\uD800', '\uDC00', '$', '%', '\u2014'];
    const texts = [...CASES.map(([text]) => text), ...randomTexts(alphabet, 7, 3000)];
    for (const text of texts) expect(quantityTokens(text)).toEqual(byPattern(text));
  });
});
