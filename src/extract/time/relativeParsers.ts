import { WEEKDAYS } from '../../lexicon/calendar.js';
import {
  DAY_PARTS,
  NARRATIVE_DAYS,
  NARRATIVE_UNIT_MODIFIERS,
  NOUN_PHRASE_OPENERS,
  OFFSET_DIRECTIONS,
  RELATIVE_DAYS,
  RELATIVE_UNIT_MODIFIERS,
  RELATIVE_UNITS,
  WEEKDAY_NAME_PREFIXES,
  WEEKDAY_NAME_SUFFIXES,
} from '../../lexicon/timeWords.js';
import type { Duration, TimeGranularity, TimeSpan } from '../time.js';
import { FULL_WEEKDAY_PATTERN } from './absoluteParsers.js';
import {
  type CalendarDay,
  type DayRange,
  civilDate,
  firstOfMonth,
  mondayOf,
  type WeekdayDirection,
  weekdayFrom,
  weekdayOf,
} from './calendarDay.js';
import { COUNT_PATTERN, UNIT_PATTERN, type UnitCount, readCount, readUnit, scaleCount } from './count.js';
import { type Parser, type TimeContext, alternation, groupBounds, sentenceCaseAlternation, timeSpan } from './parsing.js';
import { wordRecord } from '../../text/wordLookup.js';

/*
 * Parsers for times the text names relative to the publication day: weekdays, "yesterday",
 * "last week", "three weeks ago". Without a publication day they are read but never resolved.
 */

const DAY_PART = `(?: (${alternation(DAY_PARTS)}))?`;
const WEEKDAY_MODIFIERS = ['last', 'next', 'this', 'earlier', 'later', 'early', 'late'];

const NAME_PREFIX_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(WEEKDAY_NAME_PREFIXES)}) $`);
const NAME_SUFFIX_AFTER = new RegExp(`^ (?:${alternation(WEEKDAY_NAME_SUFFIXES)})(?![A-Za-z])`);
const THE_BEFORE = /(?:^|[^A-Za-z])[Tt]he $/;
/** A noun phrase right after "the day before": an opener word, a name or a number. */
const NOUN_PHRASE_AFTER = new RegExp(`^ (?:(?:${alternation(NOUN_PHRASE_OPENERS)})(?![A-Za-z])|[A-Z0-9])`);
const WEEKDAY_HINT = new RegExp(FULL_WEEKDAY_PATTERN);
const RANGE_LEAD_BEFORE = /(?:^|[^A-Za-z])(from|between) $/i;
// (A last word holding a capital, read from its start: one try per word, not per letter.)
const TITLE_BEFORE_TODAY = /(?:(?<![A-Za-z])[a-z]*[A-Z][A-Za-z]*|(?:^|[^A-Za-z])[Tt]he) $/;

function weekdayNumber(name: string): number {
  return WEEKDAYS[name.toLowerCase()] ?? 0;
}

/** Whether a weekday at `[start, end)` is part of a name ("Good Friday", "The Sunday Times"). */
function isWeekdayName(text: string, start: number, end: number): boolean {
  return NAME_PREFIX_BEFORE.test(text.slice(Math.max(0, start - 16), start)) || NAME_SUFFIX_AFTER.test(text.slice(end, end + 16));
}

/**
 * Which occurrence a bare weekday means: the publication day itself when it matches, else the
 * last one, or the coming one when the clause speaks of the future.
 */
function bareWeekdayDirection(context: TimeContext, start: number, end: number): WeekdayDirection {
  return context.isFuture(start, end) ? 'future' : 'past';
}

/**
 * "on Wednesday", "Thursday", "later Thursday", "earlier on Thursday", "last Tuesday", "next
 * Friday", "Wednesday night", "Monday's agreement". "last" and "next" skip the publication day
 * itself; plurals ("on Mondays") are habits, not times.
 */
const weekdayParser: Parser<TimeSpan> = {
  name: 'weekday',
  hint: WEEKDAY_HINT,
  pattern: new RegExp(`(?<![A-Za-z])(?:(${sentenceCaseAlternation(WEEKDAY_MODIFIERS)})(?: on)? )?(${FULL_WEEKDAY_PATTERN})(?:('s)|${DAY_PART})(?![A-Za-z])`, 'dg'),
  extract(match, context) {
    const [, modifier, name = '', possessive] = match;
    const nameBounds = groupBounds(match, 2) ?? [match.index, match.index + name.length];
    if (modifier === undefined && isWeekdayName(context.text, nameBounds[0], nameBounds[1])) return null;
    const end = possessive === undefined ? match.index + match[0].length : nameBounds[1];
    if (context.published === undefined) return timeSpan(context, match.index, end, 'weekday', 'day', undefined);
    const key = modifier?.toLowerCase();
    const direction: WeekdayDirection = key === 'last' ? 'before' : key === 'next' ? 'after' : bareWeekdayDirection(context, match.index, end);
    const day = weekdayFrom(context.published, weekdayNumber(name), direction);
    return timeSpan(context, match.index, end, 'weekday', 'day', { start: day, end: day + 1 });
  },
};

/** "from Monday to Wednesday", "Monday through Friday", "between Tuesday and Thursday". */
const weekdayRangeParser: Parser<TimeSpan> = {
  name: 'weekdayRange',
  hint: WEEKDAY_HINT,
  pattern: new RegExp(`(${FULL_WEEKDAY_PATTERN})(?:\\s?[-\u2013]\\s?| (to|through|until|till|and) )(${FULL_WEEKDAY_PATTERN})(?![A-Za-z])`, 'g'),
  extract(match, context) {
    const [, first = '', join, last = ''] = match;
    const lead = RANGE_LEAD_BEFORE.exec(context.text.slice(Math.max(0, match.index - 9), match.index))?.[1]?.toLowerCase();
    if (join?.toLowerCase() === 'and' && lead !== 'between') return null;
    const start = lead === undefined ? match.index : match.index - lead.length - 1;
    const end = match.index + match[0].length;
    let range: DayRange | undefined;
    if (context.published !== undefined) {
      const startDay = weekdayFrom(context.published, weekdayNumber(first), bareWeekdayDirection(context, match.index, end));
      const length = (weekdayNumber(last) - weekdayNumber(first) + 7) % 7 || 7;
      range = { start: startDay, end: startDay + length + 1 };
    }
    const span = timeSpan(context, start, end, 'range', 'day', range);
    if (lead === 'from') span.relation = 'from';
    return span;
  },
};

/**
 * "today", "yesterday morning", "tomorrow", "last night", "the day before", "the previous day";
 * and, never resolved, "the following day" and its kin, whose anchor is a story event.
 * "the day before the vote" is anchored on the vote and skipped; so are "USA Today" and "the Today show".
 */
const relativeDayParser: Parser<TimeSpan> = {
  name: 'relativeDay',
  /** Every phrase of `RELATIVE_DAYS` and `NARRATIVE_DAYS` holds one of these words. */
  hint: /day|night|tomorrow|morning|afternoon|evening/i,
  pattern: new RegExp(`(?<![A-Za-z])(${alternation([...Object.keys(RELATIVE_DAYS), ...NARRATIVE_DAYS])})${DAY_PART}(?![A-Za-z])`, 'gi'),
  extract(match, context) {
    const [whole, phrase = ''] = match;
    const key = phrase.toLowerCase();
    const { text } = context;
    const end = match.index + whole.length;
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    if (phrase === 'Today' && TITLE_BEFORE_TODAY.test(before)) return null;
    if (key.startsWith('last') && THE_BEFORE.test(before)) return null;
    if ((key === 'the day before' || key === 'the day after') && NOUN_PHRASE_AFTER.test(text.slice(end, end + 12))) return null;
    const offset = RELATIVE_DAYS[key];
    const day = offset === undefined || context.published === undefined ? undefined : context.published + offset;
    return timeSpan(context, match.index, end, 'relative', 'day', day === undefined ? undefined : { start: day, end: day + 1 });
  },
};

const UNIT_GRANULARITY: Readonly<Record<string, TimeGranularity>> = wordRecord({ week: 'week', weekend: 'day', month: 'month', year: 'year' });

/** The calendar unit holding the publication day, moved by `offset` units. Weekends are Saturday-Sunday of a Monday week. */
function calendarUnit(published: CalendarDay, unit: string, offset: number): DayRange {
  const { year, month } = civilDate(published);
  switch (unit) {
    case 'week': {
      const monday = mondayOf(published) + 7 * offset;
      return { start: monday, end: monday + 7 };
    }
    case 'weekend': {
      const saturday = mondayOf(published) + 7 * offset + 5;
      return { start: saturday, end: saturday + 2 };
    }
    case 'month':
      return { start: firstOfMonth(year, month + offset), end: firstOfMonth(year, month + offset + 1) };
    default:
      return { start: firstOfMonth(year + offset, 1), end: firstOfMonth(year + offset + 1, 1) };
  }
}

/** The part of a unit before or after the publication day ("earlier this month" stops the day before publication). */
function unitPart(range: DayRange, published: CalendarDay, part: 'before' | 'after' | undefined): DayRange {
  if (part === 'before') return { start: range.start, end: Math.min(range.end, published) };
  if (part === 'after') return { start: Math.max(range.start, published + 1), end: range.end };
  return range;
}

/**
 * "last week", "this month", "next year", "earlier this month", "later this year", "this past
 * weekend", "the previous week". "the last week" and "the next month" are stretches ending or
 * starting now, not calendar units, and are skipped; "the following week" is read, never resolved.
 */
const relativeUnitParser: Parser<TimeSpan> = {
  name: 'relativeUnit',
  hint: /week|month|year/i,
  pattern: new RegExp(`(?<![A-Za-z])(${alternation([...Object.keys(RELATIVE_UNIT_MODIFIERS), ...NARRATIVE_UNIT_MODIFIERS])}) (${alternation(RELATIVE_UNITS)})(?![A-Za-z])`, 'gi'),
  extract(match, context) {
    const [whole, modifierWord = '', unitWord = ''] = match;
    const modifier = RELATIVE_UNIT_MODIFIERS[modifierWord.toLowerCase()];
    const unit = unitWord.toLowerCase();
    // A capitalized unit is a title ("ABC's This Week"), not a time.
    if (unitWord !== unit) return null;
    if (!modifierWord.toLowerCase().startsWith('the') && THE_BEFORE.test(context.text.slice(Math.max(0, match.index - 8), match.index))) return null;
    const end = match.index + whole.length;
    const granularity = UNIT_GRANULARITY[unit] ?? 'day';
    if (modifier === undefined || context.published === undefined) return timeSpan(context, match.index, end, 'relative', granularity, undefined);
    const range = unitPart(calendarUnit(context.published, unit, modifier.offset), context.published, modifier.part);
    return timeSpan(context, match.index, end, 'relative', granularity, range);
  },
};

/**
 * "over the weekend", "at the weekend": the weekend of the publication week when published on a
 * weekend or when the clause speaks of the future, else the weekend just past.
 */
const weekendParser: Parser<TimeSpan> = {
  name: 'weekend',
  hint: /weekend/i,
  pattern: /(?<![A-Za-z])(?:[Oo]ver|[Aa]t|[Dd]uring|[Oo]n) (the weekend)(?![A-Za-z])/dg,
  extract(match, context) {
    const [start, end] = groupBounds(match, 1) ?? [match.index, match.index + match[0].length];
    if (context.published === undefined) return timeSpan(context, start, end, 'relative', 'day', undefined);
    const weekday = weekdayOf(context.published);
    const offset = weekday === 6 || weekday === 0 || context.isFuture(start, end) ? 0 : -1;
    return timeSpan(context, start, end, 'relative', 'day', calendarUnit(context.published, 'weekend', offset));
  },
};

const OFFSET_GRANULARITY: Readonly<Record<Duration['unit'], TimeGranularity>> = {
  hour: 'day', day: 'day', week: 'week', month: 'month', year: 'year', decade: 'year',
};

/**
 * The days a counted stretch back from the publication day can land on: "48 hours ago" is one
 * day, "three weeks ago" the Monday week holding the day 21 days back, "several weeks ago" every
 * week from 7 to 3 weeks back. `undefined` when the count has no upper bound ("many years ago").
 */
function agoRange(published: CalendarDay, unit: Duration['unit'], count: UnitCount): DayRange | undefined {
  if (count.high === null) return undefined;
  const low = count.low;
  const high = count.high;
  const { year, month } = civilDate(published);
  switch (unit) {
    case 'hour':
      return { start: published - Math.ceil(high / 24), end: published - Math.floor(low / 24) + 1 };
    case 'day':
      return { start: published - Math.ceil(high), end: published - Math.floor(low) + 1 };
    case 'week':
      return { start: mondayOf(published - Math.round(7 * high)), end: mondayOf(published - Math.round(7 * low)) + 7 };
    case 'month':
      return { start: firstOfMonth(year, month - Math.ceil(high)), end: firstOfMonth(year, month - Math.floor(low) + 1) };
    case 'year':
      return { start: firstOfMonth(year - Math.ceil(high), 1), end: firstOfMonth(year - Math.floor(low) + 1, 1) };
    case 'decade':
      return { start: firstOfMonth(year - Math.ceil(10 * high), 1), end: firstOfMonth(year - Math.floor(10 * low) + 1, 1) };
  }
}

/**
 * "three weeks ago", "a year ago", "48 hours ago", "several days ago"; "two days later" and
 * "a week earlier" are counted from a story event and are read without an interval.
 */
const offsetParser: Parser<TimeSpan> = {
  name: 'offset',
  hint: /ago|earlier|later/i,
  pattern: new RegExp(`(?<![\\w$\u00a3\u20ac.,-])(${COUNT_PATTERN})( and a half)? (${UNIT_PATTERN})( and a half)? (${alternation(Object.keys(OFFSET_DIRECTIONS))})(?![A-Za-z])`, 'gi'),
  extract(match, context) {
    const [whole, countWords = '', half1, unitWord = '', half2, directionWord = ''] = match;
    const count = readCount(countWords);
    const unit = readUnit(unitWord);
    if (count === undefined || unit === undefined) return null;
    const end = match.index + whole.length;
    const granularity = OFFSET_GRANULARITY[unit.unit];
    if (OFFSET_DIRECTIONS[directionWord.toLowerCase()] !== 'ago' || context.published === undefined) {
      return timeSpan(context, match.index, end, 'relative', granularity, undefined);
    }
    const scaled = scaleCount(count, unit.factor, half1 !== undefined || half2 !== undefined);
    return timeSpan(context, match.index, end, 'relative', granularity, agoRange(context.published, unit.unit, scaled));
  },
};

/** Parsers of times relative to the publication day, more specific first (see `ABSOLUTE_PARSERS`). */
export const RELATIVE_PARSERS: readonly Parser<TimeSpan>[] = [
  weekdayRangeParser,
  weekdayParser,
  relativeDayParser,
  relativeUnitParser,
  weekendParser,
  offsetParser,
];
