import { MONTHS, MONTH_PATTERN, WEEKDAYS } from '../../lexicon/calendar.js';
import { PERIOD_LEADS, PERIOD_PARTS } from '../../lexicon/timeWords.js';
import type { TimeSpan } from '../time.js';
import {
  type CalendarDay,
  type DayRange,
  calendarDay,
  civilDate,
  dayInterval,
  distanceTo,
  firstOfMonth,
  nearestYear,
} from './calendarDay.js';
import { type Parser, type TimeContext, alternation, groupBounds, sentenceCaseAlternation, timeSpan } from './parsing.js';

/*
 * Parsers for times the text names on the calendar: dates, day ranges, months, years, decades,
 * ISO and numeric dates. Month and weekday names must be capitalized, as news copy writes them:
 * that alone keeps "may" (modal) and "march" (verb, noun) out.
 */

type Part = 'early' | 'mid' | 'late';

/**
 * Full weekday names only: abbreviations are too often other words ("Sun", "Sat", "Wed").
 *
 * @example
 * new RegExp(FULL_WEEKDAY_PATTERN).test('The Sun said'); // false
 */
export const FULL_WEEKDAY_PATTERN = `(?:${Object.keys(WEEKDAYS)
  .filter((name) => name.endsWith('day'))
  .map((name) => name.charAt(0).toUpperCase() + name.slice(1))
  .join('|')})`;

/** A month name; a full "June" or "July" never takes the period that `MONTH_PATTERN` allows after "Jun."/"Jul.". */
const MONTH = `((?:June|July)(?![A-Za-z])|${MONTH_PATTERN})(?![A-Za-z])`;
/** A day of the month, not part of a longer number, a decimal or a clock time. */
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\dA-Za-z]|[.,:]\\d)';
/** A year from 1800 to 2099: older or later four-digit numbers in news are counts, not years. */
const YEAR_DIGITS = '(?:1[89]|20)\\d\\d';
const YEAR = `(${YEAR_DIGITS})(?![\\d%]|[.,]\\d| ?percent)`;
const WEEKDAY_PREFIX = `(?:${FULL_WEEKDAY_PATTERN},? )?`;
/** What joins the two ends of a range; the word is captured so "and" can require "between". */
const RANGE_JOIN = '(?:\\s?[-\u2013]\\s?| (to|through|until|till|and) )';
const PART = `(?:(${sentenceCaseAlternation(Object.keys(PERIOD_PARTS))})(?:-| ))?`;
const MONTH_MODIFIER = `(?:(${sentenceCaseAlternation(['last', 'next', 'this'])}) )?`;

/** A leap year, to tell a yearless date that exists in some year (February 29) from one that never does. */
const LEAP_YEAR = 2000;

/**
 * A sentence must hold a month name, whole ("Marines" and "Mayor" are not), for a month-name
 * parser to run at all: each of their patterns holds `MONTH`.
 */
const MONTH_HINT = new RegExp(`${MONTH_PATTERN}(?![A-Za-z])`);

const RANGE_LEAD_BEFORE = /(?:^|[^A-Za-z])(from|between) $/i;

const PERIOD_LEAD_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(PERIOD_LEADS)})[ -]$`, 'i');

/** Whether the words right before `index` make a bare month or year a time ("in March", "since 2011"). */
function hasPeriodLead(text: string, index: number): boolean {
  return PERIOD_LEAD_BEFORE.test(text.slice(Math.max(0, index - 12), index));
}

function monthNumber(word: string): number {
  return MONTHS[word.toLowerCase().replace('.', '')] ?? 0;
}

function part(word: string | undefined): Part | undefined {
  return word === undefined ? undefined : PERIOD_PARTS[word.toLowerCase()];
}

function lower(word: string | undefined): string | undefined {
  return word?.toLowerCase();
}

function singleDay(day: CalendarDay | undefined): DayRange | undefined {
  return day === undefined ? undefined : { start: day, end: day + 1 };
}

/**
 * The days of a month, or of a third of it: early is days 1-10, mid 11-20, late 21 to the end.
 *
 * @example
 * monthRange(2016, 3, 'late'); // March 21 to April 1, 2016
 */
function monthRange(year: number, month: number, third?: Part): DayRange {
  const start = firstOfMonth(year, month);
  const end = firstOfMonth(year, month + 1);
  if (third === 'early') return { start, end: start + 10 };
  if (third === 'mid') return { start: start + 10, end: start + 20 };
  if (third === 'late') return { start: start + 20, end };
  return { start, end };
}

/** The days of a year, or of a third of it: early is January-April, mid May-August, late September-December. */
function yearRange(year: number, third?: Part): DayRange {
  const months = third === 'early' ? [1, 5] : third === 'mid' ? [5, 9] : third === 'late' ? [9, 13] : [1, 13];
  return { start: firstOfMonth(year, months[0] ?? 1), end: firstOfMonth(year, months[1] ?? 13) };
}

/** The days of a decade, or of part of it: early is its first four years, mid the next three, late the last three. */
function decadeRange(decade: number, third?: Part): DayRange {
  const years = third === 'early' ? [0, 4] : third === 'mid' ? [4, 7] : third === 'late' ? [7, 10] : [0, 10];
  return { start: firstOfMonth(decade + (years[0] ?? 0), 1), end: firstOfMonth(decade + (years[1] ?? 10), 1) };
}

/**
 * Resolves a date whose year may be missing: with a year, that year; without one, the year that
 * puts it nearest the publication day (`undefined` without one: no guessing). `null` when no year
 * has such a date, which means the words were not a date at all.
 */
function resolveYear(context: TimeContext, year: number | undefined, rangeIn: (year: number) => DayRange | undefined): DayRange | undefined | null {
  if (year !== undefined) return rangeIn(year) ?? null;
  if (rangeIn(LEAP_YEAR) === undefined) return null;
  return context.published === undefined ? undefined : nearestYear(context.published, rangeIn);
}

/** A day range from two possibly-missing days. */
function spanOf(start: CalendarDay | undefined, end: CalendarDay | undefined): DayRange | undefined {
  return start === undefined || end === undefined || end < start ? undefined : { start, end: end + 1 };
}

/** "from" or "between" right before a range, and where it starts. */
interface RangeLead {
  word: string;
  start: number;
}

/**
 * The "from" or "between" before a range. Read outside the patterns so that each pattern starts
 * on its own distinctive word (a month, a digit), which keeps the scan fast.
 */
function rangeLead(text: string, index: number): RangeLead | undefined {
  const found = RANGE_LEAD_BEFORE.exec(text.slice(Math.max(0, index - 9), index));
  const word = found?.[1]?.toLowerCase();
  return word === undefined ? undefined : { word, start: index - word.length - 1 };
}

/** Whether a range join is allowed after its lead: "and" only with "between" ("on March 1 and 3" is two dates). */
function joinAllowed(lead: RangeLead | undefined, join: string | undefined): boolean {
  return lower(join) !== 'and' || lead?.word === 'between';
}

/** A range over the match, widened over its lead; "from" is also its relation. */
function rangeSpan(context: TimeContext, match: RegExpExecArray, lead: RangeLead | undefined, granularity: TimeSpan['granularity'], range: DayRange | undefined): TimeSpan {
  const span = timeSpan(context, lead?.start ?? match.index, match.index + match[0].length, 'range', granularity, range);
  if (lead?.word === 'from') span.relation = 'from';
  return span;
}

/** "2016-02-11". */
const isoDateParser: Parser<TimeSpan> = {
  name: 'isoDate',
  hint: /\d-\d/,
  pattern: /(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])/g,
  extract(match, context) {
    const range = singleDay(calendarDay(Number(match[1]), Number(match[2]), Number(match[3])));
    if (range === undefined) return null;
    return timeSpan(context, match.index, match.index + match[0].length, 'date', 'day', range);
  },
};

/** A two-digit year in the century that puts it nearest the publication year. */
function fullYear(digits: string, published: CalendarDay | undefined): number | undefined {
  if (digits.length === 4) return Number(digits);
  if (published === undefined) return undefined;
  const publishedYear = civilDate(published).year;
  let year = publishedYear - (publishedYear % 100) + Number(digits);
  if (year - publishedYear > 50) year -= 100;
  else if (publishedYear - year > 50) year += 100;
  return year;
}

/**
 * "11/02/2016", "11.02.2016". Month/day and day/month are both written in news copy, so both
 * readings are kept in `alternatives` when both exist and differ; the interval is the one nearer
 * the publication day, or month/day without one. A dotted date needs a four-digit year ("1.2.16"
 * is a version number).
 */
const numericDateParser: Parser<TimeSpan> = {
  name: 'numericDate',
  hint: /\d[/.]\d{1,2}[/.]\d/,
  pattern: /(?<![\d/.,])(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})(?![\d/]|\.\d)/g,
  extract(match, context) {
    const [, first = '', separator, second = '', yearDigits = ''] = match;
    if (separator === '.' && yearDigits.length !== 4) return null;
    const a = Number(first);
    const b = Number(second);
    if (a < 1 || a > 31 || b < 1 || b > 31 || (a > 12 && b > 12)) return null;
    const end = match.index + match[0].length;
    const year = fullYear(yearDigits, context.published);
    if (year === undefined) return timeSpan(context, match.index, end, 'date', 'day', undefined);
    const monthFirst = singleDay(calendarDay(year, a, b));
    const dayFirst = singleDay(calendarDay(year, b, a));
    const readings = [monthFirst, dayFirst].filter((r): r is DayRange => r !== undefined);
    if (readings.length === 0) return null;
    let chosen = readings[0];
    if (readings.length === 2 && context.published !== undefined && monthFirst !== undefined && dayFirst !== undefined) {
      chosen = distanceTo(context.published, dayFirst) < distanceTo(context.published, monthFirst) ? dayFirst : monthFirst;
    }
    const span = timeSpan(context, match.index, end, 'date', 'day', chosen);
    if (readings.length === 2 && a !== b) span.alternatives = readings.map(dayInterval);
    return span;
  },
};

/**
 * "February 12-14", "from February 12 to 14", "between March 1 and March 3", "March 28 to
 * April 2, 2016". Runs beside the single-date parser; the overlap refiner keeps the longer reading.
 */
const monthDayRangeParser: Parser<TimeSpan> = {
  name: 'monthDayRange',
  hint: MONTH_HINT,
  pattern: new RegExp(`${MONTH} ${DAY}(?:,? ${YEAR})?${RANGE_JOIN}(?:${MONTH} )?${DAY}(?:,? ${YEAR})?`, 'g'),
  extract(match, context) {
    const [, month1 = '', day1, year1, join, month2, day2, year2] = match;
    const lead = rangeLead(context.text, match.index);
    if (!joinAllowed(lead, join)) return null;
    return dayRangeSpan(match, context, lead, monthNumber(month1), Number(day1), year1, monthNumber(month2 ?? month1), Number(day2), year2);
  },
};

/** "12-14 February", "from 28 March to 2 April 2016", "between 12 and 14 February". */
const dayMonthRangeParser: Parser<TimeSpan> = {
  name: 'dayMonthRange',
  hint: MONTH_HINT,
  pattern: new RegExp(`(?<![\\d.,/:])${DAY}(?: (?:of )?${MONTH}(?:,? ${YEAR})?)?${RANGE_JOIN}${DAY} (?:of )?${MONTH}(?:,? ${YEAR})?`, 'g'),
  extract(match, context) {
    const [, day1, month1, year1, join, day2, month2 = '', year2] = match;
    const lead = rangeLead(context.text, match.index);
    if (!joinAllowed(lead, join)) return null;
    return dayRangeSpan(match, context, lead, monthNumber(month1 ?? month2), Number(day1), year1, monthNumber(month2), Number(day2), year2);
  },
};

function dayRangeSpan(
  match: RegExpExecArray,
  context: TimeContext,
  lead: RangeLead | undefined,
  month1: number,
  day1: number,
  year1: string | undefined,
  month2: number,
  day2: number,
  year2: string | undefined,
): TimeSpan | null {
  const crossesYear = month2 < month1;
  const rangeIn = (year: number): DayRange | undefined =>
    spanOf(calendarDay(year, month1, day1), calendarDay(year2 === undefined ? year + (crossesYear ? 1 : 0) : Number(year2), month2, day2));
  const startYear = year1 !== undefined ? Number(year1) : year2 !== undefined ? Number(year2) - (crossesYear ? 1 : 0) : undefined;
  const range = resolveYear(context, startYear, rangeIn);
  if (range === null) return null;
  return rangeSpan(context, match, lead, 'day', range);
}

/** "March 1", "Feb. 25", "February 25, 2016", "Thursday, February 11". */
const monthDayParser: Parser<TimeSpan> = {
  name: 'monthDay',
  hint: MONTH_HINT,
  pattern: new RegExp(`${WEEKDAY_PREFIX}${MONTH} ${DAY}(?:,? ${YEAR})?`, 'g'),
  extract(match, context) {
    return dateSpan(match, context, monthNumber(match[1] ?? ''), Number(match[2]), match[3]);
  },
};

/** "1 March", "25 February 2016", "the 25th of February". */
const dayMonthParser: Parser<TimeSpan> = {
  name: 'dayMonth',
  hint: MONTH_HINT,
  pattern: new RegExp(`${WEEKDAY_PREFIX}(?<![\\d.,/:])${DAY} (?:of )?${MONTH}(?:,? ${YEAR})?`, 'g'),
  extract(match, context) {
    return dateSpan(match, context, monthNumber(match[2] ?? ''), Number(match[1]), match[3]);
  },
};

function dateSpan(match: RegExpExecArray, context: TimeContext, month: number, day: number, year: string | undefined): TimeSpan | null {
  const range = resolveYear(context, year === undefined ? undefined : Number(year), (y) => singleDay(calendarDay(y, month, day)));
  if (range === null) return null;
  return timeSpan(context, match.index, match.index + match[0].length, 'date', 'day', range);
}

/** The month a modifier names from the publication day: "last March" is the latest March before this month. */
function modifiedMonth(published: CalendarDay, modifier: string, month: number, third: Part | undefined): DayRange {
  const { year, month: publishedMonth } = civilDate(published);
  if (modifier === 'last') return monthRange(month < publishedMonth ? year : year - 1, month, third);
  if (modifier === 'next') return monthRange(month > publishedMonth ? year : year + 1, month, third);
  return monthRange(year, month, third);
}

/**
 * "in August 2011", "in March", "early May", "last March", "by the end of June", "from March to
 * May 2016". A bare month needs a lead word, a modifier or a year: "March" alone may be a verb,
 * "May" a modal or a name. "May's" is left alone: it is nearly always a person's.
 */
const monthParser: Parser<TimeSpan> = {
  name: 'month',
  hint: MONTH_HINT,
  pattern: new RegExp(`${MONTH_MODIFIER}${PART}${MONTH}(?:,? ${YEAR})?(?:${RANGE_JOIN}${PART}${MONTH}(?:,? ${YEAR})?)?`, 'dg'),
  extract(match, context) {
    const [, modifier, part1, month1 = '', year1, join, part2, month2, year2] = match;
    const { text } = context;
    const firstMonth = monthNumber(month1);
    const lead = rangeLead(text, match.index);
    if (month2 !== undefined && joinAllowed(lead, join)) {
      const lastMonth = monthNumber(month2);
      const crossesYear = lastMonth <= firstMonth;
      const rangeIn = (year: number): DayRange | undefined => {
        const end = monthRange(year2 === undefined ? year + (crossesYear ? 1 : 0) : Number(year2), lastMonth, part(part2)).end;
        const start = monthRange(year, firstMonth, part(part1)).start;
        return end > start ? { start, end } : undefined;
      };
      const startYear = year1 !== undefined ? Number(year1) : year2 !== undefined ? Number(year2) - (crossesYear ? 1 : 0) : undefined;
      const range = resolveYear(context, startYear, rangeIn);
      if (range !== null) return rangeSpan(context, match, lead, 'month', range);
    }
    const start = match.index;
    const end = (groupBounds(match, 4) ?? groupBounds(match, 3))?.[1] ?? match.index + match[0].length;
    if (month1 === 'May' && text.startsWith("'s", end)) return null;
    if (modifier === undefined && part1 === undefined && year1 === undefined && !hasPeriodLead(text, start)) return null;
    const third = part(part1);
    let range: DayRange | undefined;
    if (year1 !== undefined) range = monthRange(Number(year1), firstMonth, third);
    else if (context.published !== undefined) {
      range = modifier !== undefined
        ? modifiedMonth(context.published, modifier.toLowerCase(), firstMonth, third)
        : nearestYear(context.published, (year) => monthRange(year, firstMonth, third));
    }
    return timeSpan(context, start, end, 'date', 'month', range);
  },
};

/**
 * "in 2011", "into 2017", "since 2011", "mid-2016", "by the end of 2016", "from 2011 to 2013",
 * "between 2011 and 2013". A year needs a lead word or a part word: a bare "2011" is as likely a
 * count ("2011 ballots").
 */
const yearParser: Parser<TimeSpan> = {
  name: 'year',
  hint: /\d\d\d\d/,
  pattern: new RegExp(`${PART}(?<![\\d$\u00a3\u20ac.,])${YEAR}(?:${RANGE_JOIN}${PART}${YEAR})?`, 'dg'),
  extract(match, context) {
    const [, part1, year1 = '', join, part2, year2] = match;
    const start = match.index;
    if (part1 === undefined && !hasPeriodLead(context.text, start)) return null;
    const lead = rangeLead(context.text, start);
    if (year2 !== undefined && Number(year2) > Number(year1) && joinAllowed(lead, join)) {
      const range = { start: yearRange(Number(year1), part(part1)).start, end: yearRange(Number(year2), part(part2)).end };
      return rangeSpan(context, match, lead, 'year', range);
    }
    const end = groupBounds(match, 2)?.[1] ?? match.index + match[0].length;
    return timeSpan(context, start, end, 'date', 'year', yearRange(Number(year1), part(part1)));
  },
};

/** "the 1990s", "the mid-1990s": a decade, read at the granularity of years. */
const decadeParser: Parser<TimeSpan> = {
  name: 'decade',
  hint: /\d0s/,
  pattern: new RegExp(`${PART}(?<![\\d$])((?:1[89]|20)\\d0)s(?![A-Za-z\\d])`, 'g'),
  extract(match, context) {
    const range = decadeRange(Number(match[2]), part(match[1]));
    return timeSpan(context, match.index, match.index + match[0].length, 'date', 'year', range);
  },
};

/**
 * Parsers of calendar times, more specific first: where two readings of the same words are
 * equally long, the overlap refiner keeps the one produced first.
 */
export const ABSOLUTE_PARSERS: readonly Parser<TimeSpan>[] = [
  monthDayRangeParser,
  dayMonthRangeParser,
  isoDateParser,
  numericDateParser,
  monthDayParser,
  dayMonthParser,
  monthParser,
  yearParser,
  decadeParser,
];
