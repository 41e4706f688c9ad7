import { wordRecord } from '../text/wordLookup.js';
/**
 * Words that place an event in time or measure a stretch of it in English news copy: relative
 * dates, duration units and counts, tense cues, relation words. Compiled for crosscheck from
 * general English usage, checked against the relative-date and duration vocabulary of the TimeML
 * TIMEX3 annotation guidelines (Pustejovsky et al., ISO 24617-1) and the AP Stylebook entries on
 * dates, days of the week and ages. Keys are lower case; they are matched case-insensitively on
 * whole words unless a comment says otherwise.
 */

/**
 * Phrases naming a day by its distance in days from the publication date. "the day before" and
 * "the previous day" are anchored on the publication date too: a news report's "now" is the day
 * it is published, and it counts back from there.
 */
export const RELATIVE_DAYS: Readonly<Record<string, number>> = wordRecord({
  today: 0, tonight: 0, 'this morning': 0, 'this afternoon': 0, 'this evening': 0,
  'earlier today': 0, 'later today': 0,
  yesterday: -1, 'last night': -1, 'the day before': -1, 'the previous day': -1,
  'the day before yesterday': -2,
  tomorrow: 1, 'the day after tomorrow': 2,
});

/**
 * Phrases naming a day relative to an event of the story rather than to the publication: "the
 * following day" can only follow a past event, whose date the sentence does not give. They are
 * read (a time is mentioned) but never resolved.
 */
export const NARRATIVE_DAYS: readonly string[] = [
  'the next day', 'the following day', 'the day after', 'a day later',
];

/** Parts of a day that may follow a day word ("Wednesday night", "yesterday morning"). */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night'];

/**
 * Words opening a noun phrase. After "the day before" / "the day after" they name the event the
 * day is counted from ("the day before the vote"), so the phrase is not anchored on publication.
 */
export const NOUN_PHRASE_OPENERS: readonly string[] = [
  'the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those',
];

/** Calendar units that "last", "this" and "next" move by. Weeks run Monday to Sunday (ISO 8601). */
export const RELATIVE_UNITS: readonly string[] = ['week', 'weekend', 'month', 'year'];

/**
 * Modifiers of a calendar unit: which unit they name relative to the publication's own
 * (`offset`), and, for "earlier this" / "later this", which part of it (before or after the
 * publication day).
 */
export const RELATIVE_UNIT_MODIFIERS: Readonly<Record<string, { offset: number; part?: 'before' | 'after' }>> = wordRecord({
  last: { offset: -1 },
  'this past': { offset: -1 },
  'the previous': { offset: -1 },
  this: { offset: 0 },
  'earlier this': { offset: 0, part: 'before' },
  'later this': { offset: 0, part: 'after' },
  next: { offset: 1 },
});

/** Modifiers of a unit anchored on a story event, not on publication: read, never resolved. */
export const NARRATIVE_UNIT_MODIFIERS: readonly string[] = ['the following'];

/** Words placing a counted stretch back from an anchor: "three weeks ago" is resolved, "later"/"earlier" are not. */
export const OFFSET_DIRECTIONS: Readonly<Record<string, 'ago' | 'narrative'>> = wordRecord({
  ago: 'ago', earlier: 'narrative', later: 'narrative',
});

/**
 * Written forms of duration units (singular and plural) to the unit reported and how many of
 * it one written unit is ("a fortnight" is two weeks, "a century" a hundred years). Minutes and
 * seconds are left out: news disagreements are about days and longer.
 */
export const DURATION_UNITS = wordRecord({
  hour: { unit: 'hour', factor: 1 }, hours: { unit: 'hour', factor: 1 },
  day: { unit: 'day', factor: 1 }, days: { unit: 'day', factor: 1 },
  week: { unit: 'week', factor: 1 }, weeks: { unit: 'week', factor: 1 },
  fortnight: { unit: 'week', factor: 2 }, fortnights: { unit: 'week', factor: 2 },
  month: { unit: 'month', factor: 1 }, months: { unit: 'month', factor: 1 },
  year: { unit: 'year', factor: 1 }, years: { unit: 'year', factor: 1 },
  decade: { unit: 'decade', factor: 1 }, decades: { unit: 'decade', factor: 1 },
  century: { unit: 'year', factor: 100 }, centuries: { unit: 'year', factor: 100 },
} as const satisfies Readonly<Record<string, { unit: string; factor: number }>>);

/** Number words that count units ("three weeks", "twenty-five years", "half a day"). */
export const COUNT_WORDS: Readonly<Record<string, number>> = wordRecord({
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, 'a hundred': 100, 'one hundred': 100, 'a dozen': 12, dozen: 12,
  'half a': 0.5, 'half an': 0.5,
});

/** Counts that a single written word cannot pin down, as the range of values they allow. */
export const VAGUE_COUNTS: Readonly<Record<string, readonly [number, number | null]>> = wordRecord({
  'a couple of': [2, 3], 'a few': [2, 5], few: [2, 5], several: [3, 7], many: [3, null],
  'dozens of': [24, 99], 'hundreds of': [200, 999],
});

/**
 * Words that bound or blur a counted duration, and how: `min` ("more than three weeks" is
 * [3, unbounded)), `max` ([0, 3]), `about` (within 10% either side, as quantities do), `nearly`
 * (up to 10% short). "over" is not here: before a duration it usually means "during".
 */
export const DURATION_BOUNDS: Readonly<Record<string, 'min' | 'max' | 'about' | 'nearly'>> = wordRecord({
  'more than': 'min', 'at least': 'min', 'upwards of': 'min', 'longer than': 'min',
  'less than': 'max', 'fewer than': 'max', 'up to': 'max', 'at most': 'max', 'no more than': 'max',
  'as much as': 'max', 'as long as': 'max', 'as many as': 'max',
  under: 'max', 'shorter than': 'max',
  about: 'about', around: 'about', roughly: 'about', approximately: 'about', some: 'about',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly',
});

/**
 * Words after which "a day", "a week", "one year" measure a stretch of time. Elsewhere "a week"
 * is mostly a rate ("twice a week", "$2 a day") and "one day" an idiom ("one day it will end").
 */
export const DURATION_LEADS: readonly string[] = [
  'for', 'over', 'in', 'within', 'during', 'after', 'than', 'to', 'lasted', 'lasting', 'lasts', 'took',
  'takes', 'spent', 'past', 'last', 'next', 'first', 'entire', 'whole', 'nearly', 'almost', 'about',
];

/** Words after which a bare plural unit is a duration of at least two units ("for months"). */
export const OPEN_DURATION_LEADS: readonly string[] = ['for'];

/** Words that, before a counted unit, make it a frequency ("every two weeks", "twice a year"). */
export const RATE_MARKERS: readonly string[] = ['every', 'each', 'per', 'once', 'twice', 'thrice', 'times'];

/**
 * Cues that a clause speaks about what is still to come. Used to read a bare weekday
 * ("on Friday") as the coming one instead of the last one.
 */
export const FUTURE_CUES: readonly string[] = [
  'will', "'ll", "won't", 'shall', 'must', 'set to', 'is due', 'are due', 'expected to', 'plans to', 'plan to',
  'planning to', 'intends to', 'scheduled', 'going to', 'next', 'upcoming', 'ahead of', 'to be held',
];

/** Phrases that hold a future cue's word without speaking of the future ("next to the school"). */
export const FUTURE_CUE_EXCEPTIONS: readonly string[] = ['next to', 'next door', 'must have', "must've"];

/**
 * Cues that a clause speaks of the past: "since" and "ago", and past-tense reporting verbs, which
 * next to a weekday anchor it to the telling ("said on Tuesday that talks will resume"), whatever
 * the reported clause says.
 */
export const PAST_CUES: readonly string[] = [
  'since', 'ago', 'said', 'told', 'announced', 'confirmed', 'reported', 'stated', 'added', 'declared', 'claimed',
  'denied', 'warned', 'insisted', 'noted', 'wrote', 'tweeted', 'posted', 'revealed', 'disclosed',
];

/**
 * Words written before a time that say how the event relates to it, and the relation they mark.
 * "through March" (US usage) includes March, like "until".
 */
export const TIME_RELATIONS = wordRecord({
  since: 'since', until: 'until', till: 'until', "'til": 'until', through: 'until', 'up until': 'until',
  by: 'by', 'no later than': 'by',
  before: 'before', 'prior to': 'before', 'ahead of': 'before',
  after: 'after', following: 'after',
  from: 'from', starting: 'from', beginning: 'from', 'as of': 'from',
} as const satisfies Readonly<Record<string, string>>);

/**
 * Words that, right before a bare month or year, make it a time: "in March", "since 2011",
 * "early May". A bare capitalized "March" or "May" is too often a verb, a noun or a name.
 */
export const PERIOD_LEADS: readonly string[] = [
  'in', 'into', 'since', 'until', 'till', 'through', 'throughout', 'during', 'by', 'before', 'after',
  'from', 'between', 'as of', 'last', 'next', 'this', 'early', 'mid', 'late',
];

/** Phrases for a part of a month, year or decade, mapped to the third they name. */
export const PERIOD_PARTS: Readonly<Record<string, 'early' | 'mid' | 'late'>> = wordRecord({
  early: 'early', mid: 'mid', late: 'late',
  'the start of': 'early', 'the beginning of': 'early', 'the middle of': 'mid', 'the end of': 'late',
});

/**
 * Capitalized words that, right before a weekday, make it a name: holidays, shopping days and
 * historical days ("Good Friday", "Black Friday", "Super Tuesday", "Bloody Sunday"). Such names are
 * not read as times: resolving them is a different task from reading a date.
 */
export const WEEKDAY_NAME_PREFIXES: readonly string[] = [
  'Black', 'Good', 'Holy', 'Easter', 'Palm', 'Ash', 'Maundy', 'Shrove', 'Whit', 'Super', 'Bloody',
  'Cyber', 'Giving', 'Small Business', 'Blue', 'Mad', 'Manic',
];

/**
 * Capitalized words that, right after a weekday, make it part of a title: newspapers and
 * broadcasts ("The Sunday Times", "Monday Night Football", "Sunday Morning").
 */
export const WEEKDAY_NAME_SUFFIXES: readonly string[] = [
  'Times', 'Telegraph', 'Express', 'Mirror', 'Herald', 'Post', 'Mail', 'Tribune', 'Independent',
  'Observer', 'Star', 'World', 'People', 'Sport', 'Night', 'Morning', 'Edition', 'Show', 'Club',
];

