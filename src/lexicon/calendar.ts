import { wordRecord } from '../text/wordLookup.js';
/** Month and weekday names of English news copy, full and abbreviated (AP style and common forms). */

/** Month name or abbreviation (lower case, no period) to month number 1-12. */
export const MONTHS: Readonly<Record<string, number>> = wordRecord({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

/** Weekday name or abbreviation (lower case) to day number, Sunday = 0 as in `Date.getUTCDay()`. */
export const WEEKDAYS: Readonly<Record<string, number>> = wordRecord({
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
});

/** Regular-expression source matching any month name or abbreviation (with an optional period). */
export const MONTH_PATTERN =
  '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?\\.?|July?\\.?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';

/** Regular-expression source matching any weekday name or abbreviation. */
export const WEEKDAY_PATTERN =
  '(?:Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:r|rs|rsday)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\\.?';
