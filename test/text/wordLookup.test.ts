import { describe, expect, it } from 'vitest';
import { MONTHS } from '../../src/lexicon/calendar.js';
import { PRONOUNS } from '../../src/lexicon/sourceWords.js';
import { wordLookup } from '../../src/text/wordLookup.js';

/** Words and what reading the record as an object gives: the lookup must give the same. */
const WORDS = ['feb', 'may', 'march', 'talks', '', 'he', 'they', 'constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'];

describe('wordLookup', () => {
  it.each(WORDS)('reads %j as a property read does', (word) => {
    expect(wordLookup(MONTHS)(word)).toBe((MONTHS as Record<string, unknown>)[word]);
    expect(wordLookup(PRONOUNS)(word)).toBe((PRONOUNS as Record<string, unknown>)[word]);
  });
});
