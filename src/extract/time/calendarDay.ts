import type { DayInterval } from '../time.js';

/**
 * A UTC calendar day as the number of days since 1970-01-01, so that day arithmetic is integer
 * arithmetic and no `Date` object (with its time zone and time of day) is involved.
 */
export type CalendarDay = number;

/** A closed-open stretch of calendar days, `[start, end)`. */
export interface DayRange {
  start: CalendarDay;
  end: CalendarDay;
}

const MS_PER_DAY = 86_400_000;

/**
 * The calendar day of a valid date, or `undefined` for one that does not exist ("February 30").
 *
 * @example
 * calendarDay(2016, 2, 29); // 16860
 * calendarDay(2015, 2, 29); // undefined
 */
export function calendarDay(year: number, month: number, day: number): CalendarDay | undefined {
  if (!Number.isInteger(day) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return utcDay(year, month - 1, day);
}

/**
 * Days since 1970-01-01 of a UTC date; the month may overflow. Not `Date.UTC`, which reads years
 * 0 to 99 as 1900 to 1999 ("2,000 years ago" would land in the 1900s).
 */
function utcDay(year: number, monthIndex: number, day: number): CalendarDay {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime() / MS_PER_DAY;
}

/**
 * The first day of a month; `month` may run past 12 or below 1 (13 is January of the next year).
 *
 * @example
 * isoDate(firstOfMonth(2015, 13)); // '2016-01-01'
 */
export function firstOfMonth(year: number, month: number): CalendarDay {
  return utcDay(year, month - 1, 1);
}

/**
 * The number of days in a month of a year.
 *
 * @example
 * daysInMonth(2016, 2); // 29
 */
export function daysInMonth(year: number, month: number): number {
  return firstOfMonth(year, month + 1) - firstOfMonth(year, month);
}

/**
 * The day a `Date` falls on in UTC, or `undefined` for an invalid `Date`.
 *
 * @example
 * dayOfDate(new Date('2016-02-11T23:59:00Z')); // 16842 (2016-02-11)
 */
export function dayOfDate(date: Date): CalendarDay | undefined {
  const ms = date.getTime();
  return Number.isFinite(ms) ? Math.floor(ms / MS_PER_DAY) : undefined;
}

/**
 * Year, month (1-12) and day of month of a calendar day (H. Hinnant's `civil_from_days`).
 *
 * @example
 * civilDate(16842); // { year: 2016, month: 2, day: 11 }
 */
export function civilDate(day: CalendarDay): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return {
    year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0),
    month,
    day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1,
  };
}

/**
 * The ISO date (`YYYY-MM-DD`) of a calendar day.
 *
 * @example
 * isoDate(16842); // '2016-02-11'
 */
export function isoDate(day: CalendarDay): string {
  const { year, month, day: dayOfMonth } = civilDate(day);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/**
 * A range as the ISO interval reported to users.
 *
 * @example
 * dayInterval({ start: 16842, end: 16843 }); // { start: '2016-02-11', end: '2016-02-12' }
 */
export function dayInterval(range: DayRange): DayInterval {
  return { start: isoDate(range.start), end: isoDate(range.end) };
}

/**
 * Day of the week, Sunday = 0 as in `Date.getUTCDay()` (1970-01-01 was a Thursday).
 *
 * @example
 * weekdayOf(16842); // 4 (Thursday 2016-02-11)
 */
export function weekdayOf(day: CalendarDay): number {
  return (((day + 4) % 7) + 7) % 7;
}

/**
 * The Monday that starts the (ISO, Monday-to-Sunday) week holding `day`.
 *
 * @example
 * isoDate(mondayOf(16842)); // '2016-02-08'
 */
export function mondayOf(day: CalendarDay): CalendarDay {
  return day - ((weekdayOf(day) + 6) % 7);
}

/**
 * Days between a day and a range: 0 inside it, else the gap to its nearest edge.
 *
 * @example
 * distanceTo(10, { start: 12, end: 15 }); // 2
 * distanceTo(16, { start: 12, end: 15 }); // 2 (the last day is 14)
 */
export function distanceTo(day: CalendarDay, range: DayRange): number {
  if (day < range.start) return range.start - day;
  if (day >= range.end) return day - (range.end - 1);
  return 0;
}

/**
 * The year, among the one before, of and after `published`, that puts a yearless date closest to
 * the publication day; ties go to the earlier year, since news mostly reports the past. `rangeIn`
 * returns `undefined` for a year in which the date does not exist (February 29).
 *
 * @example
 * // "December 30" in an article of 2016-01-02 is December 30, 2015.
 * nearestYear(16802, (y) => { const d = calendarDay(y, 12, 30); return d === undefined ? undefined : { start: d, end: d + 1 }; });
 */
export function nearestYear(published: CalendarDay, rangeIn: (year: number) => DayRange | undefined): DayRange | undefined {
  const year = civilDate(published).year;
  let best: DayRange | undefined;
  let bestDistance = Infinity;
  for (const candidate of [year - 1, year, year + 1]) {
    const range = rangeIn(candidate);
    if (range === undefined) continue;
    const distance = distanceTo(published, range);
    if (distance < bestDistance) {
      best = range;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * Which occurrence of a weekday a text means, seen from the publication day: `past` and `future`
 * allow the publication day itself ("on Thursday" in a Thursday paper is that day); `before` and
 * `after` do not ("last Thursday", "next Thursday").
 */
export type WeekdayDirection = 'past' | 'future' | 'before' | 'after';

/**
 * The day a weekday names, from the publication day and a direction.
 *
 * @example
 * weekdayFrom(16842, 3, 'past'); // 16841: the Wednesday before Thursday 2016-02-11
 */
export function weekdayFrom(published: CalendarDay, weekday: number, direction: WeekdayDirection): CalendarDay {
  const back = (weekdayOf(published) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(published) + 7) % 7;
  switch (direction) {
    case 'past':
      return published - back;
    case 'future':
      return published + ahead;
    case 'before':
      return published - (back === 0 ? 7 : back);
    case 'after':
      return published + (ahead === 0 ? 7 : ahead);
  }
}
