import { describe, expect, it } from 'vitest';
import { findQuantities } from '../../src/extract/quantity.js';

/** Sentences with numbers or number words that are not amounts: nothing may be extracted. */
const NONE: Array<[string, string]> = [
  ['year after a preposition', 'The dispute began in 2016.'],
  ['year at the start', '2011 changed the region.'],
  ['year after "into"', 'The siege dragged into 2017.'],
  ['year before a plural noun', 'The 2016 elections were delayed.'],
  ['year range', 'The drought lasted from 2011 to 2014, and again 2018-2019.'],
  ['month then day', 'The truce starts on March 1.'],
  ['abbreviated month', 'Envoys return Feb. 25 for talks.'],
  ['day then month', 'The vote was held on 1 March.'],
  ['day range', 'The summit runs February 12-14.'],
  ['numeric date', 'The letter is dated 11/02/2016.'],
  ['date with year', 'It was signed Sept. 3, 2016.'],
  ['ordinal day', 'The deadline is on the 5th.'],
  ['clock time', 'The blast came at 10 p.m. local time.'],
  ['clock time with colon', 'Shelling resumed at 10:30.'],
  ["o'clock", 'The meeting opens at six o\'clock.'],
  ['duration in words', 'The ceasefire held for three weeks.'],
  ['hyphenated duration', 'The five-year war ended.'],
  ['duration in digits', 'He spent 20 years in exile.'],
  ['hours', 'The talks lasted 48 hours.'],
  ['approximate duration', 'The siege lasted nearly two years.'],
  ['age', 'A 40-year-old driver was detained.'],
  ['ordinal words', 'He won the first round easily.'],
  ['ordinal digits', 'She finished 2nd in the race.'],
  ['"one" as a pronoun', 'One said the border was closed.'],
  ['"one of the"', 'He was one of the mediators.'],
  ['"no one"', 'No one was hurt in the blast.'],
  ['"one day"', 'One day the roads will reopen.'],
  ['"one another"', 'The rivals blamed one another.'],
  ['idiom with "one"', 'It was a one-sided contest.'],
  ['letters and digits', 'The G20 summit ended early.'],
  ['hyphenated code', 'An F-16 crashed near the base.'],
  ['disease name', 'COVID-19 cases fell.'],
  ['resolution number', 'The council cited Resolution 2254 again.'],
  ['capitalized name and number', 'A Boeing 737 landed safely.'],
  ['number inside a name after a possessive', "The Standard & Poor's 500 Index closed higher."],
  ['link', 'Watch at pic.twitter.com/7Fl for more.'],
  ['telephone', 'Call the hotline on 555-0199 for help.'],
  ['international telephone', 'The office is on +44 20 7946 0958.'],
  ['telephone in parentheses', 'The desk number is (202) 555-0143.'],
  ['numbered residence', 'He spoke outside No. 10 on Monday.'],
  ['page and section', 'See page 12 and section 3 of the report.'],
  ['score', 'The home side won 3-1.'],
  ['decade', 'Prices have climbed since the 1990s.'],
  ['year inside a word', 'The mid-2016 offensive stalled.'],
  ['part of a year', 'The first half of 2016 was calm.'],
  ['quarter of a year', 'Exports fell in the third quarter.'],
  ['"a third" as an ordinal', 'They met for a third time.'],
  ['half a duration', 'The strike lasted half an hour.'],
  ['hyphenated hours', 'A 12-hour pause was agreed.'],
  ['year after a possessive', "The council's 2015 reforms stalled."],
];

describe('findQuantities: not quantities', () => {
  it.each(NONE)('%s: %s', (_, sentence) => {
    expect(findQuantities(sentence)).toEqual([]);
  });

  it('takes the fast path on a sentence with no digit and no number word', () => {
    expect(findQuantities('Rebels accused the government of breaking the truce.')).toEqual([]);
  });
});
