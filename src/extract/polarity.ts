import type { TextSpan } from '../text/span.js';

/** Whether a claim is negated. Negation inside a quote or a subordinate clause does not count. */
export interface Polarity {
  negated: boolean;
  /** The negation cue ("not", "weren't", "never", "no"). */
  cue?: TextSpan;
}
