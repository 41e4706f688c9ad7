import {
  DURATION_BOUNDS,
  DURATION_LEADS,
  DURATION_UNITS,
  OPEN_DURATION_LEADS,
  RATE_MARKERS,
} from '../../lexicon/timeWords.js';
import type { Duration } from '../time.js';
import { COUNT_PATTERN, UNIT_PATTERN, type UnitCount, readCount, readUnit, scaleCount } from './count.js';
import { type Parser, alternation } from './parsing.js';

/*
 * Parsers for lengths of time ("three weeks", "a five-year war", "for months"), kept apart from
 * points in time. "three weeks ago" is a point: the time parsers read it and the duration is
 * dropped where it overlaps a time.
 */

/** A sentence must name a unit for a duration parser to run at all. */
const UNIT_HINT = new RegExp(UNIT_PATTERN, 'i');
/** A counted duration also puts a space or a hyphen before its unit, and no letter after it. */
const COUNTED_UNIT_HINT = new RegExp(`[- ]${UNIT_PATTERN}(?![A-Za-z])`, 'i');

const DURATION_LEAD_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(DURATION_LEADS)}) $`, 'i');
const RATE_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(RATE_MARKERS)}) $`, 'i');
const SENTENCE_START = /^\W*$/;
/** An age: "a 20-year-old man", "eight years old". */
const AGE_AFTER = /^(?:-| )olds?(?![A-Za-z])/;
const OF_AFTER = /^ of(?![A-Za-z])/;
const ARTICLE = /^an?$/i;

/** Counts that are a single unit and need a lead word to be a duration ("a week", "one day"). */
const SINGLE_COUNTS = new Set(['a', 'an', 'one', 'half a', 'half an']);
/** Units that "a"/"an" measure even without a lead: rarely a rate, never an idiom. */
const UNLED_UNITS = new Set(['decade', 'century', 'fortnight']);

const PLURAL_UNITS = Object.keys(DURATION_UNITS).filter((word) => word.endsWith('s'));

/** Rounds to two decimals so that 10% margins do not print as 2.7000000000000002. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Applies a bound word to a count: "more than three weeks" is [3, unbounded), "about three weeks" [2.7, 3.3]. */
function boundCount(count: UnitCount, bound: string | undefined): UnitCount {
  switch (bound === undefined ? undefined : DURATION_BOUNDS[bound.toLowerCase()]) {
    case 'min':
      return { low: count.low, high: null, approx: count.approx };
    case 'max':
      return { low: 0, high: count.high, approx: count.approx };
    case 'about':
      return { low: round2(count.low * 0.9), high: count.high === null ? null : round2(count.high * 1.1), approx: true };
    case 'nearly':
      return { low: round2(count.low * 0.9), high: count.high, approx: true };
    default:
      return count;
  }
}

/**
 * "three weeks", "20 years", "48 hours", "a decade", "several weeks", "more than two years",
 * "a five-year war", "two and a half years", "a two-week-long strike", "five to 10 years", "up
 * to 15 years". Ages ("20-year-old"),
 * rates ("twice a week", "every two weeks") and a lone "a week" / "one day" without a lead word
 * ("for", "over", "lasted"...) are not durations.
 */
const countedDurationParser: Parser<Duration> = {
  name: 'countedDuration',
  hint: COUNTED_UNIT_HINT,
  pattern: new RegExp(
    `(?<![\\w$\u00a3\u20ac.,-])(?:(${alternation(Object.keys(DURATION_BOUNDS))}) )?(?:(${COUNT_PATTERN}) (?:to|or) |(\\d+(?:\\.\\d+)?)[-\u2013](?=\\d))?(${COUNT_PATTERN})( and a half)?[- ](${UNIT_PATTERN})( and a half)?(-long)?(?![A-Za-z])`,
    'gi',
  ),
  extract(match, context) {
    const [whole, bound, fromWords = match[3], , countWords = '', half1, unitWord = '', half2, long] = match;
    const { text } = context;
    const end = match.index + whole.length;
    const before = text.slice(Math.max(0, match.index - 16), match.index);
    const count = readCount(countWords);
    const unit = readUnit(unitWord);
    if (count === undefined || unit === undefined) return null;
    if (AGE_AFTER.test(text.slice(end, end + 6)) || RATE_BEFORE.test(before)) return null;
    const countKey = countWords.toLowerCase();
    // "a months-long siege": the article belongs to the noun, not to the unit.
    if (SINGLE_COUNTS.has(countKey) && unitWord.toLowerCase().endsWith('s')) return null;
    if (SINGLE_COUNTS.has(countKey) && bound === undefined && long === undefined && !UNLED_UNITS.has(unitWord.toLowerCase())) {
      const led = DURATION_LEAD_BEFORE.test(before) || OF_AFTER.test(text.slice(end, end + 4)) || (ARTICLE.test(countKey) && SENTENCE_START.test(before));
      if (!led) return null;
    }
    // "five to 60 years", "two or three weeks", "10-15 years": a range, its unit written once.
    const from = fromWords === undefined ? undefined : readCount(fromWords);
    const ranged = from !== undefined && !from.approx && !count.approx && from.low < count.low ? { low: from.low, high: count.high, approx: false } : count;
    const scaled = boundCount(scaleCount(ranged, unit.factor, half1 !== undefined || half2 !== undefined), bound);
    const duration: Duration = { start: match.index, end, text: whole, unit: unit.unit, low: scaled.low, high: scaled.high, approx: scaled.approx };
    if (bound !== undefined) duration.modifier = bound.toLowerCase();
    return duration;
  },
};

/** "for months", "for years", "months-long": at least two units, with no upper bound. */
const openDurationParser: Parser<Duration> = {
  name: 'openDuration',
  hint: UNIT_HINT,
  pattern: new RegExp(
    `(?<![A-Za-z])(?:(?:${alternation(OPEN_DURATION_LEADS)}) (${alternation(PLURAL_UNITS)})|(${alternation(PLURAL_UNITS)})-long)(?![A-Za-z])`,
    'gi',
  ),
  extract(match, context) {
    const [whole, ledUnit, longUnit] = match;
    const unitWord = ledUnit ?? longUnit ?? '';
    const unit = readUnit(unitWord);
    if (unit === undefined) return null;
    const start = ledUnit === undefined ? match.index : match.index + whole.length - unitWord.length;
    const end = match.index + whole.length;
    return { start, end, text: context.text.slice(start, end), unit: unit.unit, low: 2 * unit.factor, high: null, approx: true };
  },
};

/** Parsers of durations. */
export const DURATION_PARSERS: readonly Parser<Duration>[] = [countedDurationParser, openDurationParser];
