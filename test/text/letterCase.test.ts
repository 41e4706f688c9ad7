import { describe, expect, it } from 'vitest';
import { isDisplayCase, isMonthMay, opensSentence, startsWithCapital, startsWithLowerCase } from '../../src/text/letterCase.js';

const WORDS = ['Moscow', 'moscow', 'U.S.', 'al-Assad', '51,000', '', ' Moscow', '\u00c9lys\u00e9e', '\u00e9lys\u00e9e', '\u0130stanbul', '\u{1D400}x', '\u{1D41A}x', '\u01c5ungla', '\u212Aelvin', '\uD835', '"Quote'];

describe('startsWithCapital', () => {
  it.each(WORDS)('answers %j as /^\\p{Lu}/u does', (word) => {
    expect(startsWithCapital(word)).toBe(/^\p{Lu}/u.test(word));
  });
});

/** Text, the offset of a word in it, and whether that word opens a sentence. */
const OPENINGS: Array<[text: string, at: number, opens: boolean]> = [
  ['May the talks resume?', 0, true],
  ['The talks resume in May.', 19, false],
  ['It rained. May was wet.', 11, true],
  ['He said: "May we go?"', 10, true],
  ['  (May)', 3, true],
];

describe('opensSentence', () => {
  it.each(OPENINGS)('%j at %i', (text, at, opens) => {
    expect(opensSentence(text, at)).toBe(opens);
  });
});

/** Text, the offset of "May", whether the text is in title case, and whether "May" is the month. */
const MAYS: Array<[text: string, at: number, caseless: boolean, month: boolean]> = [
  ['The embassy would reopen in May.', 28, false, true],
  ['Prime Minister Theresa May spoke.', 23, false, true],
  ['May the talks resume?', 0, false, false],
  ['Apple May Buy Path', 6, true, false],
  ['Talks Resume In May', 16, true, true],
  ['Vote Set For May 5', 13, true, true],
  ['The vote may be delayed.', 9, false, false],
];

describe('isMonthMay', () => {
  it.each(MAYS)('%j at %i (title case: %s)', (text, at, caseless, month) => {
    expect(isMonthMay(text, at, caseless)).toBe(month);
  });
});

const LOWER = ['said', 'Said', '2016', '', ' said', '\u00e9t\u00e9', '\u00c9t\u00e9', '"said'];

describe('startsWithLowerCase', () => {
  it.each(LOWER)('answers %j as /^\\p{Ll}/u does', (word) => {
    expect(startsWithLowerCase(word)).toBe(/^\p{Ll}/u.test(word));
  });
});

describe('isDisplayCase', () => {
  it.each([
    ['Valmora Proposes April 3 Truce In Karsia', true],
    ['VALMORA PROPOSES TRUCE', true],
    ['Valmora proposes an April 3 truce in Karsia', false],
    // Fewer than three words of three letters or more: too short to tell.
    ['Truce Holds', false],
    // Exactly 70% capitalized is not more than 70%.
    ['Aaa Bbb Ccc Ddd Eee Fff Ggg hhh iii jjj', false],
    ['Aaa Bbb Ccc Ddd Eee Fff Ggg Hhh iii jjj', true],
  ])('%s -> %s', (text, expected) => {
    expect(isDisplayCase(text)).toBe(expected);
  });
});
