import { TIME_RELATIONS } from '../../lexicon/timeWords.js';
import type { Span } from '../../text/span.js';
import type { TimeSpan } from '../time.js';
import { calendarDay, dayInterval } from './calendarDay.js';
import { type Refiner, type TimeContext, wholeWords } from './parsing.js';

/*
 * Stages that rework the parsers' candidates as a whole, run in the order listed in
 * `TIME_REFINERS`: overlaps first (so a relation attaches to the reading that survives), then
 * relation words, then the widening that depends on the relation.
 */

/**
 * Keeps one reading where candidates overlap: the longest ("February 12-14" over "February 12",
 * "Thursday, February 11" over "Thursday"); on equal length, the one produced first.
 *
 * @example
 * removeOverlaps([{ start: 0, end: 8 }, { start: 0, end: 11 }]); // [{ start: 0, end: 11 }]
 */
export function removeOverlaps<T extends Span>(results: readonly T[]): T[] {
  // (built by `push`, as every array here: `map` builds its array of another kind once V8 has
  // optimized the caller, and the code reading it would be compiled again for each kind)
  const ordered: Array<{ result: T; order: number }> = [];
  for (let order = 0; order < results.length; order++) ordered.push({ result: results[order]!, order });
  ordered.sort((a, b) => a.result.start - b.result.start || b.result.end - b.result.start - (a.result.end - a.result.start) || a.order - b.order);
  const kept: T[] = [];
  for (const { result } of ordered) {
    const last = kept[kept.length - 1];
    if (last === undefined || result.start >= last.end) kept.push(result);
    else if (result.end - result.start > last.end - last.start) kept[kept.length - 1] = result;
  }
  return kept;
}

/**
 * Drops results that overlap any of `others` ("three weeks" inside "three weeks ago").
 *
 * @example
 * withoutOverlapping([{ start: 21, end: 32 }], [{ start: 21, end: 36 }]); // []
 */
export function withoutOverlapping<T extends Span>(results: readonly T[], others: readonly Span[]): T[] {
  return results.filter((result) => !others.some((other) => result.start < other.end && other.start < result.end));
}

const overlapRefiner: Refiner<TimeSpan> = { name: 'overlap', refine: (results) => removeOverlaps(results) };

/** A relation word right before a time; "the following Monday" is not "following" as a relation. */
const RELATION_BEFORE = new RegExp(`(?<!(?:^|[^A-Za-z])[Tt]he )(${wholeWords(Object.keys(TIME_RELATIONS))}) $`, 'i');

/**
 * Reads the relation word before each time into `relation` and widens the span over it
 * ("since February 1"); times with no such word are `at`. An agentive "by" before a possessive
 * ("killed by Tuesday's strike") is no deadline.
 */
const relationRefiner: Refiner<TimeSpan> = {
  name: 'relation',
  refine(results, context) {
    const refined: TimeSpan[] = [];
    for (const time of results) refined.push(withRelation(time, context));
    return refined;
  },
};

function withRelation(time: TimeSpan, context: TimeContext): TimeSpan {
  if (time.relation !== undefined) return time;
  const window = context.text.slice(Math.max(0, time.start - 16), time.start);
  const found = RELATION_BEFORE.exec(window);
  const word = found?.[1]?.toLowerCase();
  const relation = word === undefined ? undefined : TIME_RELATIONS[word as keyof typeof TIME_RELATIONS];
  if (found === null || relation === undefined || (relation === 'by' && context.text.startsWith("'s", time.end))) {
    return { ...time, relation: 'at' };
  }
  const start = time.start - (window.length - found.index);
  return { ...time, start, text: context.text.slice(start, time.end), relation };
}

function dayOfIso(iso: string): number | undefined {
  return calendarDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * "since February 1" names a stretch that runs up to now: the interval is widened from the named
 * time to the publication day included, and the named time kept in `anchor`. Without a
 * publication day the end is unknown, so only `anchor` is set.
 */
const sinceRefiner: Refiner<TimeSpan> = {
  name: 'since',
  refine(results, context: TimeContext) {
    const refined: TimeSpan[] = [];
    for (const time of results) refined.push(withSinceInterval(time, context));
    return refined;
  },
};

function withSinceInterval(time: TimeSpan, context: TimeContext): TimeSpan {
  if (time.relation !== 'since' || time.interval === undefined) return time;
  const anchor = time.interval;
  const start = dayOfIso(anchor.start);
  if (context.published === undefined) {
    const { interval: _unknown, ...rest } = time;
    return { ...rest, anchor };
  }
  if (start === undefined || start > context.published) return { ...time, anchor };
  return { ...time, anchor, interval: dayInterval({ start, end: context.published + 1 }) };
}

/** The time refiners, in the order they run. */
export const TIME_REFINERS: readonly Refiner<TimeSpan>[] = [overlapRefiner, relationRefiner, sinceRefiner];
