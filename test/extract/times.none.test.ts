import { describe, expect, it } from 'vitest';
import { findTimes } from '../../src/extract/time.js';

const THURSDAY = new Date('2016-02-11T00:00:00Z');

/** Sentences that hold no time and no duration, and why they might look as if they did. */
const NONE: Array<[string, string]> = [
  ['plain count', 'The company employs 51,000 people.'],
  ['decimal and multiplier', 'Output rose by 2.5 million tonnes.'],
  ['four digits that are a count, not a year', 'Officials counted 2016 ballots.'],
  ['"may" as a modal verb', 'Talks may resume soon, an official said.'],
  ['"May" as a sentence-initial modal', 'May it be so, the priest said.'],
  ['"May" as a surname', 'Theresa May met the delegation.'],
  ['"May\'s" as a possessive name', "In May's speech she said so."],
  ['"march" as a verb', 'Thousands of protesters march through the capital.'],
  ['"march" as a noun', 'A march on the capital was planned.'],
  ['"second" as an ordinal', 'She finished second in the race.'],
  ['"quarter" as a fraction', 'A quarter of the votes were spoiled.'],
  ['a named day (names are not read)', 'Shoppers crowded stores on Black Friday.'],
  ['a named agreement', 'The Good Friday agreement was signed decades later.'],
  ['"Sun" as a newspaper', 'The Sun reported that the minister resigned.'],
  ['a weekday inside a newspaper title', 'The Sunday Times reported the claim.'],
  ['"Today" inside a title', 'USA Today reported the figures.'],
  ['a programme title', 'She was a guest on This Week.'],
  ['a habit, not a day', 'The council meets on Mondays.'],
  ['a rate per year', 'Prices rose 3 percent a year.'],
  ['a rate per day', 'He earns $500 a day.'],
  ['a frequency', 'He runs twice a week.'],
  ['a period between repeats', 'Buses run every two weeks.'],
  ['an age', 'A 20-year-old man was arrested.'],
  ['an age after the noun', 'The girl is eight years old.'],
  ['"one day" as an idiom', 'One day, he said, the war would end.'],
  ['too vague to place', 'He was recently appointed.'],
  ['"the last week of" is not last week', 'It was the last week of the session.'],
  ['"the next week" is a stretch from now', 'Over the next week, talks continue.'],
  ['a score, not a date', 'The score was 11/2 at the break.'],
  ['a version number', 'Version 1.2.16 was released.'],
  ['a date that does not exist', 'The decree is dated 31/02/2016.'],
  ['a day anchored on an event', 'The day before the vote, he resigned.'],
  ['a planet', 'The Mars rover sent images.'],
  ['day and night as nouns', 'Rescuers worked day and night.'],
  ['unit word without a count', 'Decades of war left scars.'],
];

describe('findTimes: nothing to find', () => {
  it.each(NONE)('%s', (_why, sentence) => {
    expect(findTimes(sentence, THURSDAY)).toEqual({ times: [], durations: [] });
    expect(findTimes(sentence)).toEqual({ times: [], durations: [] });
  });
});
