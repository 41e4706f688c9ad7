import { CrosscheckInputError } from './errors.js';

/**
 * The numbers an option accepts: a finite number, within bounds when given, whole when asked.
 *
 * @example
 * const score: NumberRange = { min: 0, max: 1 };
 */
export interface NumberRange {
  min?: number;
  max?: number;
  integer?: boolean;
}

/**
 * Checks a numeric option: not a number is `INVALID_OPTION`; a number outside `range` (NaN and
 * the infinities included) is `OPTION_OUT_OF_RANGE`. `field` names the option in the error.
 *
 * @example
 * checkNumberOption(0.3, 'options.minScore', { min: 0, max: 1 }); // 0.3
 * checkNumberOption(2, 'options.minScore', { min: 0, max: 1 });
 * // throws OPTION_OUT_OF_RANGE: options.minScore must be a number from 0 to 1, got 2
 */
export function checkNumberOption(value: unknown, field: string, range: NumberRange = {}): number {
  const expected = describeRange(range);
  if (typeof value !== 'number') {
    const got = value === null ? 'null' : typeof value === 'string' ? `the string ${JSON.stringify(value)}` : typeof value;
    throw new CrosscheckInputError(`${field} must be ${expected}, got ${got}`, { code: 'INVALID_OPTION', field });
  }
  const inRange =
    Number.isFinite(value) &&
    (range.min === undefined || value >= range.min) &&
    (range.max === undefined || value <= range.max) &&
    (!range.integer || Number.isInteger(value));
  if (!inRange) throw new CrosscheckInputError(`${field} must be ${expected}, got ${String(value)}`, { code: 'OPTION_OUT_OF_RANGE', field });
  return value;
}

function describeRange({ min, max, integer }: NumberRange): string {
  const noun = integer ? 'a whole number' : 'a number';
  if (min !== undefined && max !== undefined) return `${noun} from ${min} to ${max}`;
  if (min !== undefined) return `${noun} of at least ${min}`;
  if (max !== undefined) return `${noun} of at most ${max}`;
  return integer ? noun : 'a finite number';
}
