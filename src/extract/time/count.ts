import { COUNT_WORDS, DURATION_UNITS, VAGUE_COUNTS } from '../../lexicon/timeWords.js';
import type { Duration } from '../time.js';
import { alternation } from './parsing.js';

/** How many units the words count: `[low, high]`, `high` null when unbounded ("many years"). */
export interface UnitCount {
  low: number;
  high: number | null;
  approx: boolean;
}

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const UNITS_1_9 = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/**
 * Source of a pattern for a count of units, without a capture group: digits ("48", "1,000",
 * "2.5"), number words ("three", "twenty-five", "a dozen") or vague counts ("several", "a few").
 * The digits alternative has no nested quantifier that could backtrack badly.
 */
export const COUNT_PATTERN = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:${TENS.join('|')})-(?:${UNITS_1_9.join('|')})|${alternation([...Object.keys(VAGUE_COUNTS), ...Object.keys(COUNT_WORDS)])})`;

/** Source of a pattern for a duration unit word, singular or plural, without a capture group. */
export const UNIT_PATTERN = `(?:${alternation(Object.keys(DURATION_UNITS))})`;

/**
 * Reads a count written as digits, number words or a vague word; `undefined` if it is none.
 *
 * @example
 * readCount('twenty-five'); // { low: 25, high: 25, approx: false }
 * readCount('several');     // { low: 3, high: 7, approx: true }
 */
export function readCount(words: string): UnitCount | undefined {
  const lower = words.toLowerCase();
  if (/^\d/.test(lower)) {
    const value = Number(lower.replace(/,/g, ''));
    return Number.isFinite(value) ? { low: value, high: value, approx: false } : undefined;
  }
  const vague = VAGUE_COUNTS[lower];
  if (vague !== undefined) return { low: vague[0], high: vague[1], approx: true };
  const exact = COUNT_WORDS[lower];
  if (exact !== undefined) return { low: exact, high: exact, approx: false };
  const [tens, units] = lower.split('-');
  const tensValue = tens === undefined ? undefined : COUNT_WORDS[tens];
  const unitsValue = units === undefined ? undefined : COUNT_WORDS[units];
  if (tensValue === undefined || unitsValue === undefined) return undefined;
  return { low: tensValue + unitsValue, high: tensValue + unitsValue, approx: false };
}

/**
 * A count scaled by a factor, plus a half when the text says "and a half".
 *
 * @example
 * scaleCount({ low: 2, high: 2, approx: false }, 1, true); // { low: 2.5, high: 2.5, approx: false }
 */
export function scaleCount(count: UnitCount, factor: number, plusHalf: boolean): UnitCount {
  const add = plusHalf ? 0.5 : 0;
  return {
    low: (count.low + add) * factor,
    high: count.high === null ? null : (count.high + add) * factor,
    approx: count.approx,
  };
}

/**
 * The unit and factor a written unit word stands for ("fortnight" is 2 weeks).
 *
 * @example
 * readUnit('Fortnights'); // { unit: 'week', factor: 2 }
 */
export function readUnit(word: string): { unit: Duration['unit']; factor: number } | undefined {
  const key = word.toLowerCase();
  return Object.hasOwn(DURATION_UNITS, key) ? DURATION_UNITS[key as keyof typeof DURATION_UNITS] : undefined;
}
