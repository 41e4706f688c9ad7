import { describe, expect, it } from 'vitest';
import { type DayInterval, type Duration, type TimeSpan, findTimes } from '../../src/extract/time.js';

/** Publication date of most rows: Thursday, February 11, 2016 (UTC). */
const THURSDAY = new Date('2016-02-11T00:00:00Z');

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** `[start, end)` as ISO dates, or null when the time must stay unresolved. */
type Interval = [string, string] | null;

function interval(pair: Interval): DayInterval | undefined {
  return pair === null ? undefined : { start: pair[0], end: pair[1] };
}

/** The one time of a sentence, checked to point at its own words. */
function onlyTime(sentence: string, published?: Date): TimeSpan {
  const { times } = findTimes(sentence, published);
  expect(times).toHaveLength(1);
  const time = times[0] as TimeSpan;
  expect(sentence.slice(time.start, time.end)).toBe(time.text);
  return time;
}

/** Sentence, matched words, kind, granularity, interval, relation; published Thursday 2016-02-11. */
const RESOLVED: Array<[string, string, TimeSpan['kind'], TimeSpan['granularity'], Interval, TimeSpan['relation']]> = [
  // absolute dates: the year comes from the publication date when the text gives none
  ['The ceasefire was set for March 1, officials said.', 'March 1', 'date', 'day', ['2016-03-01', '2016-03-02'], 'at'],
  ['The ministry named 1 March as the start date.', '1 March', 'date', 'day', ['2016-03-01', '2016-03-02'], 'at'],
  ['Aid convoys are due on Feb. 25, the agency said.', 'Feb. 25', 'date', 'day', ['2016-02-25', '2016-02-26'], 'at'],
  ['Monitors will count the ballots on Feb 25.', 'Feb 25', 'date', 'day', ['2016-02-25', '2016-02-26'], 'at'],
  ['The treaty was signed on February 25, 2014.', 'February 25, 2014', 'date', 'day', ['2014-02-25', '2014-02-26'], 'at'],
  ['The report was released on 25 February 2015.', '25 February 2015', 'date', 'day', ['2015-02-25', '2015-02-26'], 'at'],
  ['The quake struck on December 30, near the coast.', 'December 30', 'date', 'day', ['2015-12-30', '2015-12-31'], 'at'],
  ['Judges ruled on the 3rd of February.', '3rd of February', 'date', 'day', ['2016-02-03', '2016-02-04'], 'at'],
  ['The ceasefire took effect on Friday, Feb. 26.', 'Friday, Feb. 26', 'date', 'day', ['2016-02-26', '2016-02-27'], 'at'],
  ['The dataset was updated on 2016-02-09.', '2016-02-09', 'date', 'day', ['2016-02-09', '2016-02-10'], 'at'],
  // months, years, decades and their parts
  ['The uprising began in August 2011.', 'August 2011', 'date', 'month', ['2011-08-01', '2011-09-01'], 'at'],
  ['Elections are due in March.', 'March', 'date', 'month', ['2016-03-01', '2016-04-01'], 'at'],
  ['The group formed in early March.', 'early March', 'date', 'month', ['2016-03-01', '2016-03-11'], 'at'],
  ['The bridge reopened last March.', 'last March', 'date', 'month', ['2015-03-01', '2015-04-01'], 'at'],
  ['The dam will be finished by the end of June.', 'by the end of June', 'date', 'month', ['2016-06-21', '2016-07-01'], 'by'],
  ['Refugee numbers fell sharply in 2011.', '2011', 'date', 'year', ['2011-01-01', '2012-01-01'], 'at'],
  ['The conflict could drag on into 2017.', '2017', 'date', 'year', ['2017-01-01', '2018-01-01'], 'at'],
  ['Output peaked in the mid-1990s.', 'mid-1990s', 'date', 'year', ['1994-01-01', '1997-01-01'], 'at'],
  // ranges
  ['Talks are planned for February 12-14 in Munich.', 'February 12-14', 'range', 'day', ['2016-02-12', '2016-02-15'], 'at'],
  ['The summit runs from February 12 to 14.', 'from February 12 to 14', 'range', 'day', ['2016-02-12', '2016-02-15'], 'from'],
  ['Inspections took place between January 4 and January 6.', 'between January 4 and January 6', 'range', 'day', ['2016-01-04', '2016-01-07'], 'at'],
  ['Fighting raged from 28 January to 2 February.', 'from 28 January to 2 February', 'range', 'day', ['2016-01-28', '2016-02-03'], 'from'],
  ['The border stayed closed from December 28 to January 3.', 'from December 28 to January 3', 'range', 'day', ['2015-12-28', '2016-01-04'], 'from'],
  ['He ruled the province from 2011 to 2013.', 'from 2011 to 2013', 'range', 'year', ['2011-01-01', '2014-01-01'], 'from'],
  ['Clashes continued from Monday to Wednesday.', 'from Monday to Wednesday', 'range', 'day', ['2016-02-08', '2016-02-11'], 'from'],
  // weekdays: the publication day when it matches, else the last one, or the next one in a future clause
  ['Rebels withdrew on Wednesday.', 'Wednesday', 'weekday', 'day', ['2016-02-10', '2016-02-11'], 'at'],
  ['The convoy reached the town Thursday.', 'Thursday', 'weekday', 'day', ['2016-02-11', '2016-02-12'], 'at'],
  ['The minister resigned later Thursday.', 'later Thursday', 'weekday', 'day', ['2016-02-11', '2016-02-12'], 'at'],
  ['Earlier on Thursday, shelling resumed.', 'Earlier on Thursday', 'weekday', 'day', ['2016-02-11', '2016-02-12'], 'at'],
  ['The bridge was bombed last Tuesday.', 'last Tuesday', 'weekday', 'day', ['2016-02-09', '2016-02-10'], 'at'],
  ['Negotiators meet again next Friday.', 'next Friday', 'weekday', 'day', ['2016-02-12', '2016-02-13'], 'at'],
  ['Clashes broke out on Wednesday night.', 'Wednesday night', 'weekday', 'day', ['2016-02-10', '2016-02-11'], 'at'],
  ['The envoy will travel to Cairo on Monday.', 'Monday', 'weekday', 'day', ['2016-02-15', '2016-02-16'], 'at'],
  ['The vote is expected to take place on Saturday.', 'Saturday', 'weekday', 'day', ['2016-02-13', '2016-02-14'], 'at'],
  ['Police made several arrests on Monday.', 'Monday', 'weekday', 'day', ['2016-02-08', '2016-02-09'], 'at'],
  ["Monday's agreement has largely held.", 'Monday', 'weekday', 'day', ['2016-02-08', '2016-02-09'], 'at'],
  ['The army said Tuesday it will keep up the pressure.', 'Tuesday', 'weekday', 'day', ['2016-02-09', '2016-02-10'], 'at'],
  ['A shell landed next to a school on Monday.', 'Monday', 'weekday', 'day', ['2016-02-08', '2016-02-09'], 'at'],
  ['Troops must leave the city by Friday.', 'by Friday', 'weekday', 'day', ['2016-02-12', '2016-02-13'], 'by'],
  // relative expressions
  ['The plant closed today.', 'today', 'relative', 'day', ['2016-02-11', '2016-02-12'], 'at'],
  ['The plant closed yesterday morning.', 'yesterday morning', 'relative', 'day', ['2016-02-10', '2016-02-11'], 'at'],
  ['The plant reopens tomorrow.', 'tomorrow', 'relative', 'day', ['2016-02-12', '2016-02-13'], 'at'],
  ['Casualties rose sharply last week.', 'last week', 'relative', 'week', ['2016-02-01', '2016-02-08'], 'at'],
  ['Turnout was low this week.', 'this week', 'relative', 'week', ['2016-02-08', '2016-02-15'], 'at'],
  ['Parliament will vote next week.', 'next week', 'relative', 'week', ['2016-02-15', '2016-02-22'], 'at'],
  ['The talks collapsed earlier this month.', 'earlier this month', 'relative', 'month', ['2016-02-01', '2016-02-11'], 'at'],
  ['A verdict is expected later this month.', 'later this month', 'relative', 'month', ['2016-02-12', '2016-03-01'], 'at'],
  ['Prices rose last month.', 'last month', 'relative', 'month', ['2016-01-01', '2016-02-01'], 'at'],
  ['The new rules apply next month.', 'next month', 'relative', 'month', ['2016-03-01', '2016-04-01'], 'at'],
  ['Exports fell last year.', 'last year', 'relative', 'year', ['2015-01-01', '2016-01-01'], 'at'],
  ['Growth slowed earlier this year.', 'earlier this year', 'relative', 'year', ['2016-01-01', '2016-02-11'], 'at'],
  ['Rebels seized the town two days ago.', 'two days ago', 'relative', 'day', ['2016-02-09', '2016-02-10'], 'at'],
  ['The camp was cleared three weeks ago.', 'three weeks ago', 'relative', 'week', ['2016-01-18', '2016-01-25'], 'at'],
  ['Shops reopened a week ago.', 'a week ago', 'relative', 'week', ['2016-02-01', '2016-02-08'], 'at'],
  // years before 100 are real years, not 1900 to 1999
  ['The town was founded 1,990 years ago.', '1,990 years ago', 'relative', 'year', ['0026-01-01', '0027-01-01'], 'at'],
  ['The deal was reached over the weekend.', 'the weekend', 'relative', 'day', ['2016-02-06', '2016-02-08'], 'at'],
  // "the day before" and "the previous day" count back from the publication date
  ['A deal had been struck the day before.', 'the day before', 'relative', 'day', ['2016-02-10', '2016-02-11'], 'at'],
  ['The envoy had arrived the day before and left at once.', 'the day before', 'relative', 'day', ['2016-02-10', '2016-02-11'], 'at'],
  ['He had met the envoy the previous day.', 'the previous day', 'relative', 'day', ['2016-02-10', '2016-02-11'], 'at'],
  ['The two sides met again the following day.', 'the following day', 'relative', 'day', null, 'at'],
  // relation words
  ['The curfew remains until February 25.', 'until February 25', 'date', 'day', ['2016-02-25', '2016-02-26'], 'until'],
  ['Troops must leave by Feb. 25.', 'by Feb. 25', 'date', 'day', ['2016-02-25', '2016-02-26'], 'by'],
  ['No aid arrived before Tuesday.', 'before Tuesday', 'weekday', 'day', ['2016-02-09', '2016-02-10'], 'before'],
  ['Trading resumed after 2013.', 'after 2013', 'date', 'year', ['2013-01-01', '2014-01-01'], 'after'],
  ['Russia proposed a truce starting March 1.', 'starting March 1', 'date', 'day', ['2016-03-01', '2016-03-02'], 'from'],
  ['The monitoring mission runs through March.', 'through March', 'date', 'month', ['2016-03-01', '2016-04-01'], 'until'],
  ['Dozens were killed by Tuesday\'s air strike.', 'Tuesday', 'weekday', 'day', ['2016-02-09', '2016-02-10'], 'at'],
];

describe('findTimes: times resolved against a publication date', () => {
  it.each(RESOLVED)('%s', (sentence, text, kind, granularity, expected, relation) => {
    const time = onlyTime(sentence, THURSDAY);
    expect(time).toMatchObject({ text, kind, granularity, relation });
    expect(time.interval).toEqual(interval(expected));
  });
});

/** Sentence, publication day, expected interval: the year and weekday rules seen from other days. */
const OTHER_PUBLICATION_DAYS: Array<[string, string, Interval]> = [
  ['The quake struck on December 30.', '2016-01-02', ['2015-12-30', '2015-12-31']],
  ['The vote is on January 3.', '2015-12-30', ['2016-01-03', '2016-01-04']],
  ['Voting ends on February 29.', '2016-02-15', ['2016-02-29', '2016-03-01']],
  ['He will speak on Saturday.', '2016-02-13', ['2016-02-13', '2016-02-14']],
  ['Results came in on Friday.', '2016-02-13', ['2016-02-12', '2016-02-13']],
  ['Results are due on Friday.', '2016-02-15', ['2016-02-19', '2016-02-20']],
  ['It happened on Friday.', '2016-02-15', ['2016-02-12', '2016-02-13']],
  ['The talks collapsed last week.', '2016-02-14', ['2016-02-01', '2016-02-08']],
];

describe('findTimes: other publication days', () => {
  it.each(OTHER_PUBLICATION_DAYS)('%s (published %s)', (sentence, published, expected) => {
    expect(onlyTime(sentence, day(published)).interval).toEqual(interval(expected));
  });

  it('reads the publication date as a UTC day, whatever its time', () => {
    expect(onlyTime('The plant closed yesterday.', new Date('2016-02-11T23:59:00Z')).interval).toEqual({ start: '2016-02-10', end: '2016-02-11' });
  });
});

/** Sentence, matched words, kind, interval: without a publication date only dates with a year resolve. */
const UNPUBLISHED: Array<[string, string, TimeSpan['kind'], Interval]> = [
  ['The treaty was signed on February 25, 2016.', 'February 25, 2016', 'date', ['2016-02-25', '2016-02-26']],
  ['The siege began in August 2011.', 'August 2011', 'date', ['2011-08-01', '2011-09-01']],
  ['Refugee numbers fell in 2011.', '2011', 'date', ['2011-01-01', '2012-01-01']],
  ['Talks ran February 12-14, 2016.', 'February 12-14, 2016', 'range', ['2016-02-12', '2016-02-15']],
  ['He ruled the province from 2011 to 2013.', 'from 2011 to 2013', 'range', ['2011-01-01', '2014-01-01']],
  ['Aid arrived on Feb. 25.', 'Feb. 25', 'date', null],
  ['The siege ended in March.', 'March', 'date', null],
  ['Rebels withdrew on Wednesday.', 'Wednesday', 'weekday', null],
  ['Casualties rose last week.', 'last week', 'relative', null],
  ['The plant closed yesterday.', 'yesterday', 'relative', null],
  ['The talks collapsed earlier this month.', 'earlier this month', 'relative', null],
  ['The camp was cleared three weeks ago.', 'three weeks ago', 'relative', null],
];

describe('findTimes: no publication date', () => {
  it.each(UNPUBLISHED)('%s', (sentence, text, kind, expected) => {
    const time = onlyTime(sentence);
    expect(time).toMatchObject({ text, kind });
    expect(time.interval).toEqual(interval(expected));
  });
});

/** Sentence, publication day (or none), chosen interval, both readings when they differ. */
const NUMERIC: Array<[string, string | null, Interval, Array<[string, string]> | null]> = [
  ['The decree is dated 11/02/2016.', '2016-02-11', ['2016-02-11', '2016-02-12'], [['2016-11-02', '2016-11-03'], ['2016-02-11', '2016-02-12']]],
  ['The decree is dated 11/02/2016.', '2016-11-05', ['2016-11-02', '2016-11-03'], [['2016-11-02', '2016-11-03'], ['2016-02-11', '2016-02-12']]],
  ['The decree is dated 11/02/2016.', null, ['2016-11-02', '2016-11-03'], [['2016-11-02', '2016-11-03'], ['2016-02-11', '2016-02-12']]],
  ['The decree is dated 11.02.2016.', '2016-02-11', ['2016-02-11', '2016-02-12'], [['2016-11-02', '2016-11-03'], ['2016-02-11', '2016-02-12']]],
  ['The decree is dated 11/02/16.', '2016-02-11', ['2016-02-11', '2016-02-12'], [['2016-11-02', '2016-11-03'], ['2016-02-11', '2016-02-12']]],
  ['The decree is dated 13/02/2016.', '2016-02-11', ['2016-02-13', '2016-02-14'], null],
  ['The decree is dated 02/13/2016.', null, ['2016-02-13', '2016-02-14'], null],
  ['The decree is dated 05/05/2016.', '2016-02-11', ['2016-05-05', '2016-05-06'], null],
  ['The decree is dated 11/02/16.', null, null, null],
];

describe('findTimes: numeric dates, month/day or day/month', () => {
  it.each(NUMERIC)('%s (published %s)', (sentence, published, expected, readings) => {
    const time = onlyTime(sentence, published === null ? undefined : day(published));
    expect(time).toMatchObject({ kind: 'date', granularity: 'day' });
    expect(time.interval).toEqual(interval(expected));
    expect(time.alternatives).toEqual(readings === null ? undefined : readings.map((pair) => interval(pair)));
  });
});

/** Sentence, publication day (or none), widened interval, named time. */
const SINCE: Array<[string, string | null, Interval, [string, string]]> = [
  ['Nobody has been paid since February 1.', '2016-02-11', ['2016-02-01', '2016-02-12'], ['2016-02-01', '2016-02-02']],
  ['Prices have doubled since 2011.', '2016-02-11', ['2011-01-01', '2016-02-12'], ['2011-01-01', '2012-01-01']],
  ['The road has been shut since last week.', '2016-02-11', ['2016-02-01', '2016-02-12'], ['2016-02-01', '2016-02-08']],
  ['Crossings shut since Monday will reopen soon.', '2016-02-11', ['2016-02-08', '2016-02-12'], ['2016-02-08', '2016-02-09']],
  ['Nobody has been paid since February 1, 2016.', null, null, ['2016-02-01', '2016-02-02']],
];

describe('findTimes: "since" runs up to the publication day', () => {
  it.each(SINCE)('%s (published %s)', (sentence, published, expected, anchor) => {
    const time = onlyTime(sentence, published === null ? undefined : day(published));
    expect(time.relation).toBe('since');
    expect(time.interval).toEqual(interval(expected));
    expect(time.anchor).toEqual(interval(anchor));
  });
});

describe('findTimes: tense decides a bare weekday, the nearest cue wins', () => {
  it('reads the telling as past and the reported plan as future', () => {
    const { times } = findTimes('Officials said on Tuesday that talks will resume on Friday.', THURSDAY);
    expect(times.map((t) => [t.text, t.interval?.start])).toEqual([
      ['Tuesday', '2016-02-09'],
      ['Friday', '2016-02-12'],
    ]);
  });
});

/** Sentence, matched words, unit, low, high, approx. */
const DURATIONS: Array<[string, string, Duration['unit'], number, number | null, boolean]> = [
  ['The offensive lasted three weeks.', 'three weeks', 'week', 3, 3, false],
  ['The road was closed for two days.', 'two days', 'day', 2, 2, false],
  ['It was the end of a five-year war.', 'five-year', 'year', 5, 5, false],
  ['Voters backed a twenty-five-year plan.', 'twenty-five-year', 'year', 25, 25, false],
  ['He spent 20 years in exile.', '20 years', 'year', 20, 20, false],
  ['The strike lasted 48 hours.', '48 hours', 'hour', 48, 48, false],
  ['The region has been at peace for a decade.', 'a decade', 'decade', 1, 1, false],
  ['Repairs will take several weeks.', 'several weeks', 'week', 3, 7, true],
  ['The town has been besieged for months.', 'months', 'month', 2, null, true],
  ['They endured a months-long siege.', 'months-long', 'month', 2, null, true],
  ['The blockade lasted more than two years.', 'more than two years', 'year', 2, null, false],
  ['The talks went on for about six hours.', 'about six hours', 'hour', 5.4, 6.6, true],
  ['The dispute has simmered for nearly a decade.', 'nearly a decade', 'decade', 0.9, 1, true],
  ['The truce lasted up to ten days.', 'up to ten days', 'day', 0, 10, false],
  ['He served two and a half years in prison.', 'two and a half years', 'year', 2.5, 2.5, false],
  ['The leader was jailed for a year.', 'a year', 'year', 1, 1, false],
  ['The fighting has dragged on for a fortnight.', 'a fortnight', 'week', 2, 2, false],
  ['A week of protests followed the vote.', 'A week', 'week', 1, 1, false],
  // A range, its unit written once.
  ['The charges carry four to 12 years in prison.', 'four to 12 years', 'year', 4, 12, false],
  ['The repairs will take two or three weeks.', 'two or three weeks', 'week', 2, 3, false],
  ['Judges handed down 10-15 year terms.', '10-15 year', 'year', 10, 15, false],
  ['The files stay sealed for as much as 20 years.', 'as much as 20 years', 'year', 0, 20, false],
];

describe('findTimes: durations', () => {
  it.each(DURATIONS)('%s', (sentence, text, unit, low, high, approx) => {
    const { times, durations } = findTimes(sentence, THURSDAY);
    expect(times).toEqual([]);
    expect(durations).toHaveLength(1);
    const duration = durations[0] as Duration;
    expect(duration).toMatchObject({ text, unit, low, high, approx });
    expect(sentence.slice(duration.start, duration.end)).toBe(text);
  });

  it('keeps a counted stretch back from now as a time, not a duration', () => {
    const { times, durations } = findTimes('The camp was cleared three weeks ago, after a siege of five months.', THURSDAY);
    expect(times.map((t) => t.text)).toEqual(['three weeks ago']);
    expect(durations.map((d) => d.text)).toEqual(['five months']);
  });
});

describe('findTimes: a time before year 1 or after 9999 is read, never resolved', () => {
  it.each([
    ['Dogs were domesticated 15,000 years ago.', '15,000 years ago'],
    ['The first farms appeared 9,000 years ago.', '9,000 years ago'],
  ])('%s', (sentence, text) => {
    const { times } = findTimes(sentence, THURSDAY);
    expect(times.map((t) => t.text)).toEqual([text]);
    expect(times[0]!.interval).toBeUndefined();
  });
});
