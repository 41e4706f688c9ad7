import type { TextSpan } from '../text/span.js';

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
  /** How the time relates to the event: "since February 1", "until February 25", "by Feb. 25". */
  relation?: 'at' | 'since' | 'until' | 'by' | 'before' | 'after' | 'from';
  /** Both readings of a date like `11/02/2016` (month/day and day/month), when they differ. */
  alternatives?: DayInterval[];
}

/** A length of time ("three weeks", "five-year war"), kept apart from points in time. */
export interface Duration extends TextSpan {
  unit: 'hour' | 'day' | 'week' | 'month' | 'year' | 'decade';
  low: number;
  high: number | null;
  approx: boolean;
}

/**
 * Finds the times and durations in a sentence, resolving them against `published` when given.
 * Offsets are relative to `text`.
 * TODO(implemented in a following commit).
 */
export function findTimes(text: string, published?: Date): { times: TimeSpan[]; durations: Duration[] } {
  void text;
  void published;
  return { times: [], durations: [] };
}
