import type { TextSpan } from '../text/span.js';
import { ABSOLUTE_PARSERS } from './time/absoluteParsers.js';
import { DURATION_PARSERS } from './time/durationParsers.js';
import { createTimeContext, type Parser, runParsers, runRefiners } from './time/parsing.js';
import { RELATIVE_PARSERS } from './time/relativeParsers.js';
import { TIME_REFINERS, removeOverlaps, withoutOverlapping } from './time/refiners.js';

/** How precise a time is. */
export type TimeGranularity = 'day' | 'week' | 'month' | 'year';

/** A closed-open interval of calendar days, as ISO dates: `start` is the first day, `end` the day after the last. */
export interface DayInterval {
  start: string;
  end: string;
}

/**
 * A point or stretch of time the text places something at, resolved against the article's
 * publication date into an interval of days. Left unresolved (no `interval`) when the text gives
 * no year and no publication date is known: crosscheck does not guess.
 */
export interface TimeSpan extends TextSpan {
  /** `date`: "March 1", "Feb. 25", "11/02/2016"; `range`: "February 12-14"; `weekday`: "on Wednesday"; `relative`: "last week". */
  kind: 'date' | 'range' | 'weekday' | 'relative';
  granularity: TimeGranularity;
  /** The resolved interval, when it could be resolved. */
  interval?: DayInterval;
  /**
   * How the time relates to the event: "since February 1", "until February 25", "by Feb. 25",
   * "from February 12 to 14"; `at` when no relation word precedes it ("on Wednesday", "in 2011").
   * The relation word is part of `text`; plain prepositions ("on", "in") are not.
   */
  relation?: 'at' | 'since' | 'until' | 'by' | 'before' | 'after' | 'from';
  /** Both readings of a date like `11/02/2016` (month/day and day/month), when they differ. */
  alternatives?: DayInterval[];
  /**
   * For `since`, the time the words name ("February 1"), before `interval` is widened to run from
   * it to the publication day included. Set even when no publication date is known.
   */
  anchor?: DayInterval;
}

/** A length of time ("three weeks", "five-year war"), kept apart from points in time. */
export interface Duration extends TextSpan {
  unit: 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';
  low: number;
  high: number | null;
  approx: boolean;
  /** The bounding word, when there is one ("more than", "about", "up to"). */
  modifier?: string;
}

/**
 * Time parsers in a fixed order, calendar times first: where two parsers read the same words
 * equally long, the overlap refiner keeps the first.
 */
const TIME_PARSERS: readonly Parser<TimeSpan>[] = [...ABSOLUTE_PARSERS, ...RELATIVE_PARSERS];

/**
 * A cheap first look: a sentence with no digit, month name, day word or time unit holds no time,
 * and most sentences are skipped before any parser runs. The digit is looked for on its own: V8
 * finds one alone much faster than as one alternative among the words.
 */
function hasTimeHint(text: string): boolean {
  return DIGIT.test(text) || TIME_WORD_HINT.test(text);
}

const DIGIT = /\d/;
const TIME_WORD_HINT = /[Dd]ay|[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade|[Hh]our|[Cc]entur|[Ff]ortnight|[Nn]ight|[Tt]omorrow|[Mm]orning|[Aa]fternoon|[Ee]vening|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec/;

/**
 * Finds the times and durations in one sentence and resolves the times against the publication
 * date, read as a UTC calendar day. Offsets are UTF-16 offsets into `text`.
 *
 * Conventions: weeks run Monday to Sunday; a yearless date takes the year that puts it nearest the
 * publication day; a bare weekday is the publication day when it matches, else the last one, or the
 * coming one when the nearest tense cue speaks of the future; "the day before" / "the previous day"
 * count back from the publication day; "since X" runs from X to the publication day included (X in
 * `anchor`); a numeric date keeps both month/day and day/month readings in `alternatives` and
 * resolves to the one nearer the publication day (month/day without one). Anything that needs the
 * publication date and lacks it comes without `interval`.
 *
 * @example
 * const published = new Date('2016-02-11T00:00:00Z'); // a Thursday
 * findTimes('Talks resumed on Wednesday, three weeks after the siege began.', published);
 * // times: [{ text: 'Wednesday', kind: 'weekday', granularity: 'day', relation: 'at',
 * //           interval: { start: '2016-02-10', end: '2016-02-11' }, start: 17, end: 26 }]
 * // durations: [{ text: 'three weeks', unit: 'week', low: 3, high: 3, approx: false, start: 28, end: 39 }]
 */
export function findTimes(text: string, published?: Date): { times: TimeSpan[]; durations: Duration[] } {
  if (!hasTimeHint(text)) return { times: [], durations: [] };
  const context = createTimeContext(text, published);
  const times = runRefiners(TIME_REFINERS, runParsers(TIME_PARSERS, context), context);
  const durations = withoutOverlapping(removeOverlaps(runParsers(DURATION_PARSERS, context)), times);
  return { times, durations };
}
