import type { TextSpan } from '../text/span.js';

/**
 * An amount read from the text, as the interval of values the words allow.
 * `51,000` is [51000, 51000]; `tens of thousands` is [20000, 99999], approximate; `more than a
 * quarter-million` is [250000, null] (no upper bound); `around 1,900` is [1710, 2090], approximate.
 */
export interface Quantity extends TextSpan {
  /** The number as written, for display (`250000` for "a quarter-million"). */
  value: number;
  /** Lowest value the words allow. */
  low: number;
  /** Highest value the words allow; `null` when unbounded ("more than", "at least"). */
  high: number | null;
  /** The words make the amount vague ("around", "nearly", "tens of", "some"). */
  approx: boolean;
  /** What is counted, as a singular lower-case noun (`civilian`, `target`, `refugee`), or `percent`, `usd`... ; `''` when nothing is named. */
  unit: string;
  /** The comparison word that bounds the amount, when there is one (`more than`, `at least`, `around`). */
  modifier?: string;
}

/**
 * Finds the quantities in a sentence. Offsets are relative to `text`.
 * TODO(implemented in a following commit): digits and number words, multipliers, fractions, ranges,
 * percentages, currencies, approximations and bounds.
 */
export function findQuantities(text: string): Quantity[] {
  void text;
  return [];
}
