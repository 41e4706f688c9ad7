/**
 * The tense of a predicate, read from its auxiliaries or its own form, and whether a negation is
 * of a future: a negated future state is not denied by a present one.
 */
import { describe, expect, it } from 'vitest';
import { isPastForm, negatesFuture, speaksOfFuture, tenseAt, type Tense } from '../../src/compare/predicateTense.js';
import { tokenize } from '../../src/text/tokenize.js';

/** [sentence, the predicate's word, its tense]. */
const TENSES: Array<[string, string, Tense]> = [
  ['The rebels will return to the talks.', 'return', 'future'],
  ["The rebels'll return to the talks.", 'return', 'future'],
  ['The envoy said the rebels would return to the talks.', 'return', 'future'],
  ['The rebels are to return to the talks.', 'return', 'future'],
  ['The rebels are going to return to the talks.', 'return', 'future'],
  ['Rebels to return to talks', 'return', 'future'],
  ['The rebels returned to the talks.', 'returned', 'past'],
  ['The rebels have returned to the talks.', 'returned', 'past'],
  ['The rebels did return to the talks.', 'return', 'past'],
  ['The hostages were freed on Monday.', 'freed', 'past'],
  ['The hostages have been freed.', 'freed', 'past'],
  ['The convoy fled the town.', 'fled', 'past'],
  ['The rebels return to the talks.', 'return', 'present'],
  ['The stadium is the largest in the league.', 'largest', 'present'],
  ['The hostages are being held in a school.', 'held', 'present'],
  ['Kessler, a member of the board, spoke.', 'member', 'present'],
];

describe('tenseAt: the tense of a predicate', () => {
  it.each(TENSES)('%s (%s): %s', (sentence, word, tense) => {
    const tokens = tokenize(sentence);
    expect(tenseAt(tokens, tokens.findIndex((t) => t.text === word), () => false)).toBe(tense);
  });

  it('stops at the start of the clause', () => {
    const tokens = tokenize('The rebels will meet, and envoys arrive on Monday.');
    const arrive = tokens.findIndex((t) => t.text === 'arrive');
    expect(tenseAt(tokens, arrive, (k) => tokens[k]!.text === 'and')).toBe('present');
    expect(tenseAt(tokens, arrive, () => false)).toBe('future');
  });
});

/** [sentence, the negation cue, whether it negates a future]. */
const FUTURE_NEGATIONS: Array<[string, string, boolean]> = [
  ['The rebels will not return to the talks.', 'not', true],
  ["The rebels won't return to the talks.", "won't", true],
  ['The stadium will never be the largest in the league.', 'never', true],
  ['The rebels will also not return to the talks.', 'not', true],
  ['The rebels are not going to return to the talks.', 'not', true],
  ["The club's owner said he wouldn't sell.", "wouldn't", true],
  ['The rebels did not return to the talks.', 'not', false],
  ['The rebels have never returned to the talks.', 'never', false],
  ['The stadium is not the largest in the league.', 'not', false],
];

describe('negatesFuture: a negation of what will be', () => {
  it.each(FUTURE_NEGATIONS)('%s (%s): %s', (sentence, cue, future) => {
    const tokens = tokenize(sentence);
    expect(negatesFuture(tokens, tokens.findIndex((t) => t.text === cue))).toBe(future);
  });

  it('reads the auxiliary after a cue that opens the subject ("no one will")', () => {
    const tokens = tokenize('No one will be charged over the fire.');
    expect(negatesFuture(tokens, 0, tokens.findIndex((t) => t.text === 'will'))).toBe(true);
    expect(negatesFuture(tokens, 0)).toBe(false);
  });
});

describe('speaksOfFuture and isPastForm', () => {
  it.each([
    ['Talks are set to resume in May.', true],
    ['The minister will visit the port.', true],
    ['The minister visited the port.', false],
    ['The stadium is the largest in the league.', false],
  ] as const)('%s: %s', (sentence, future) => {
    expect(speaksOfFuture(tokenize(sentence))).toBe(future);
  });

  it.each([
    ['signed', true],
    ['fled', true],
    ['taken', true],
    ['put', false],
    ['member', false],
    ['red', false],
  ] as const)('%s: %s', (word, past) => {
    expect(isPastForm(word)).toBe(past);
  });
});
