/**
 * How firmly a statement's source stands behind its claim (after FactBank, Saurí & Pustejovsky 2009):
 * - `asserted`: the outlet says it in its own voice, or it is presupposed;
 * - `reported`: a source is said to say it ("said", "told", "according to");
 * - `hedged`: said with reserve ("reportedly", "allegedly", "claimed", "could", "may");
 * - `unconfirmed`: the source will not or cannot confirm it ("refused to confirm", "not aware of", "unclear");
 * - `denied`: the source rejects it ("denied", "rejected", "not true").
 */
export type Certainty = 'asserted' | 'reported' | 'hedged' | 'unconfirmed' | 'denied';

/** Certainty levels from firmest to weakest; the certainty detector compares positions on this scale. */
export const CERTAINTY_SCALE: readonly Certainty[] = ['asserted', 'reported', 'hedged', 'unconfirmed', 'denied'];

/** Position of a certainty on {@link CERTAINTY_SCALE}: 0 for `asserted` to 4 for `denied`. */
export function certaintyRank(certainty: Certainty): number {
  return CERTAINTY_SCALE.indexOf(certainty);
}
