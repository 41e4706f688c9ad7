import { FUTURE_CUE_EXCEPTIONS, FUTURE_CUES, PAST_CUES } from '../../lexicon/timeWords.js';
import type { TimeGranularity, TimeSpan } from '../time.js';
import { type CalendarDay, type DayRange, dayInterval, dayOfDate, firstOfMonth } from './calendarDay.js';
import { partitionPoint } from '../../text/partitionPoint.js';

/**
 * What one call to `findTimes` knows: the sentence and the publication day. Built per call and
 * passed to every stage, so nothing lives in module state.
 */
export interface TimeContext {
  readonly text: string;
  /** The publication day, when known; everything relative to it stays unresolved without it. */
  readonly published: CalendarDay | undefined;
  /** Whether the words nearest to `[start, end)` speak of what is still to come. */
  isFuture(start: number, end: number): boolean;
}

/**
 * One stage that reads a kind of expression: a pattern to find candidates and a function that
 * turns a match into a result, or rejects it (`null`) when the words around it say it is not one.
 */
export interface Parser<T> {
  readonly name: string;
  /** A cheap test the sentence must pass before `pattern` runs: most sentences fail it. */
  readonly hint?: RegExp;
  /** A global pattern compiled once; run from `lastIndex` 0, which it is left at. */
  readonly pattern: RegExp;
  extract(match: RegExpExecArray, context: TimeContext): T | null;
}

/** One stage that reworks the results of the parsers as a whole (drops overlaps, widens spans). */
export interface Refiner<T> {
  readonly name: string;
  refine(results: T[], context: TimeContext): T[];
}

/**
 * A word list as a regular-expression alternation, longest first so that phrases beat their prefixes.
 *
 * @example
 * alternation(['this', 'earlier this']); // 'earlier this|this'
 */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/**
 * A word list as a pattern of whole words: no letter may touch either end, except where a word
 * itself starts with an apostrophe ("'ll" in "they'll").
 *
 * @example
 * new RegExp(wholeWords(['will', "'ll"]), 'i').test("they'll go"); // true
 */
export function wholeWords(words: Iterable<string>): string {
  const list = [...words];
  const plain = list.filter((word) => /^[A-Za-z]/.test(word));
  const clitics = list.filter((word) => !/^[A-Za-z]/.test(word));
  const parts = [`(?<![A-Za-z])(?:${alternation(plain)})`];
  if (clitics.length > 0) parts.push(`(?:${alternation(clitics)})`);
  return `(?:${parts.join('|')})(?![A-Za-z])`;
}

/** A word with its first letter in either case (`[Ll]ast`), for patterns that must stay case-sensitive elsewhere. */
function eitherCaseInitial(word: string): string {
  const first = word.charAt(0);
  return `[${first.toUpperCase()}${first.toLowerCase()}]${word.slice(1).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
}

/**
 * An alternation of words each with either-case initial, for sentence-initial words in an
 * otherwise case-sensitive pattern.
 *
 * @example
 * sentenceCaseAlternation(['from', 'between']); // '[Bb]etween|[Ff]rom'
 */
export function sentenceCaseAlternation(words: Iterable<string>): string {
  return [...words].sort((a, b) => b.length - a.length).map(eitherCaseInitial).join('|');
}

const FUTURE_CUE_PATTERN = new RegExp(`(?!${wholeWords(FUTURE_CUE_EXCEPTIONS)})${wholeWords(FUTURE_CUES)}`, 'gi');
const PAST_CUE_PATTERN = new RegExp(wholeWords(PAST_CUES), 'gi');

interface CueSpans {
  future: Array<[number, number]>;
  past: Array<[number, number]>;
}

function cueSpans(pattern: RegExp, text: string): Array<[number, number]> {
  return Array.from(text.matchAll(pattern), (m) => [m.index, m.index + m[0].length] as [number, number]);
}

/**
 * Characters between `[start, end)` and the nearest of `spans` (0 when one overlaps it). The spans
 * come from one `matchAll`, so they are sorted and disjoint: a binary search finds the first span
 * ending after `start`, and only it and the one before it can be nearest.
 */
function nearestGap(spans: Array<[number, number]>, start: number, end: number): number {
  const low = partitionPoint(0, spans.length, (i) => spans[i]![1] <= start);
  const before = spans[low - 1];
  const after = spans[low];
  const gapBefore = before === undefined ? Infinity : start - before[1];
  const gapAfter = after === undefined ? Infinity : Math.max(0, after[0] - end);
  return Math.min(gapBefore, gapAfter);
}

/**
 * Builds the context of one call. Tense cues are looked up lazily, once, because most sentences
 * hold no weekday and never need them. The cue nearest to the time wins: in "said on Tuesday that
 * talks will resume on Friday", Tuesday sits next to "said" (past) and Friday next to "will".
 *
 * @example
 * const context = createTimeContext('He said on Tuesday that talks will resume on Friday.', new Date('2016-02-11'));
 * context.isFuture(11, 18); // false (Tuesday)
 * context.isFuture(45, 51); // true (Friday)
 */
export function createTimeContext(text: string, published: Date | undefined): TimeContext {
  let cues: CueSpans | undefined;
  return {
    text,
    published: published === undefined ? undefined : dayOfDate(published),
    isFuture(start, end) {
      cues ??= { future: cueSpans(FUTURE_CUE_PATTERN, text), past: cueSpans(PAST_CUE_PATTERN, text) };
      if (cues.future.length === 0) return false;
      return nearestGap(cues.future, start, end) < nearestGap(cues.past, start, end);
    },
  };
}

/**
 * Runs parsers over the context's text, in order, collecting every candidate (overlaps included:
 * refiners choose among them).
 *
 * @example
 * runParsers(ABSOLUTE_PARSERS, createTimeContext('Talks end on March 1.', undefined)); // [{ text: 'March 1', ... }]
 */
export function runParsers<T>(parsers: readonly Parser<T>[], context: TimeContext): T[] {
  const results: T[] = [];
  // Several parsers share a hint (the month names): each is tested once.
  const hints = new Map<RegExp, boolean>();
  for (const parser of parsers) {
    const { hint, pattern } = parser;
    if (hint !== undefined) {
      let passed = hints.get(hint);
      if (passed === undefined) hints.set(hint, (passed = hint.test(context.text)));
      if (!passed) continue;
    }
    // The parser's own pattern, as `matchAll` would run a copy of it (without making one): from
    // `lastIndex` 0, past an empty match by one character, back to 0 at the end.
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(context.text)) !== null) {
      if (match[0] === '') pattern.lastIndex = advance(context.text, pattern.lastIndex, pattern.unicode);
      const result = parser.extract(match, context);
      if (result !== null) results.push(result);
    }
  }
  return results;
}

/** The index after `at`: a surrogate pair counts as one character in a unicode pattern (ECMAScript's AdvanceStringIndex). */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  return first >= 0xd800 && first <= 0xdbff && second >= 0xdc00 && second <= 0xdfff ? at + 2 : at + 1;
}

/**
 * Runs refiners in order, each on the previous one's output.
 *
 * @example
 * runRefiners(TIME_REFINERS, candidates, context);
 */
export function runRefiners<T>(refiners: readonly Refiner<T>[], results: T[], context: TimeContext): T[] {
  return refiners.reduce((current, refiner) => refiner.refine(current, context), results);
}

/**
 * Where capture group `group` starts and ends, from a match run with the `d` flag.
 *
 * @example
 * groupBounds(/in (\d+)/d.exec('born in 1990') as RegExpExecArray, 1); // [8, 12]
 */
export function groupBounds(match: RegExpExecArray, group: number): [number, number] | undefined {
  return match.indices?.[group];
}

/**
 * A time result over `[start, end)` of the context's text, with its interval when resolved (an
 * empty range, such as "earlier this month" on the 1st, leaves it unresolved).
 *
 * @example
 * timeSpan(context, 13, 20, 'date', 'day', { start: 16861, end: 16862 }); // { text: 'March 1', interval: { start: '2016-03-01', ... } }
 */
export function timeSpan(
  context: TimeContext,
  start: number,
  end: number,
  kind: TimeSpan['kind'],
  granularity: TimeGranularity,
  range: DayRange | undefined,
): TimeSpan {
  const span: TimeSpan = { start, end, text: context.text.slice(start, end), kind, granularity };
  if (range !== undefined && range.end > range.start && range.start >= FIRST_DAY && range.end <= LAST_DAY) span.interval = dayInterval(range);
  return span;
}

/**
 * The days an ISO date (`YYYY-MM-DD`) can name, years 1 to 9999: "4,000 years ago" lands before
 * year 1 and is left unresolved, as a day no calendar date can state.
 */
const FIRST_DAY = firstOfMonth(1, 1);
const LAST_DAY = firstOfMonth(10_000, 1);
