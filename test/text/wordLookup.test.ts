import { describe, expect, it } from 'vitest';
import { MONTHS, WEEKDAYS } from '../../src/lexicon/calendar.js';
import { CLAIM_NOUNS, REPORTING_VERBS } from '../../src/lexicon/reportingVerbs.js';
import { PRONOUNS } from '../../src/lexicon/sourceWords.js';
import { wordLookup, wordRecord } from '../../src/text/wordLookup.js';

/** Words and what the lexicon lists for them: the lookup finds exactly the own entries. */
const WORDS: Array<[word: string, month: number | undefined, pronoun: string | undefined]> = [
  ['feb', 2, undefined],
  ['may', 5, undefined],
  ['march', 3, undefined],
  ['talks', undefined, undefined],
  ['', undefined, undefined],
  ['he', undefined, 'person'],
  ['they', undefined, 'group'],
];

/** Members every object inherits: words from text that must never find anything in a lexicon. */
const INHERITED = ['constructor', 'toString', 'tostring', '__proto__', 'hasOwnProperty', 'valueOf', 'valueof', 'isPrototypeOf', '__defineGetter__'];

describe('wordLookup', () => {
  it.each(WORDS)('finds %j as listed', (word, month, pronoun) => {
    expect(wordLookup(MONTHS)(word)).toBe(month);
    expect(wordLookup(PRONOUNS)(word)).toBe(pronoun);
  });

  it.each(INHERITED)('finds nothing for the inherited member %j', (word) => {
    expect(wordLookup(MONTHS)(word)).toBeUndefined();
    expect(wordLookup(PRONOUNS)(word)).toBeUndefined();
    expect(wordLookup({ a: 1 })(word)).toBeUndefined();
  });
});

describe('wordRecord: lexicon records have no prototype', () => {
  it.each(INHERITED)('%j is not a key of any lexicon record', (word) => {
    for (const record of [MONTHS, WEEKDAYS, PRONOUNS, REPORTING_VERBS, CLAIM_NOUNS] as Array<Readonly<Record<string, unknown>>>) {
      expect(record[word]).toBeUndefined();
    }
  });

  it('keeps the entries and freezes the record', () => {
    const record = wordRecord({ jan: 1, feb: 2 });
    expect(record.feb).toBe(2);
    expect(Object.keys(record)).toEqual(['jan', 'feb']);
    expect(Object.isFrozen(record)).toBe(true);
  });
});
