/**
 * Negation cues. Source: the cue inventory of the *SEM 2012 negation shared task (Morante &
 * Blanco 2012), reduced to syntactic negators; affixal negation ("unacceptable") is read as
 * modality or lexical meaning, not polarity.
 */

/** Single-word negators. `n't` contractions are recognised by their ending. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', 'nowhere', 'cannot', 'without',
]);

/** Words that end the scope of a negation: a new clause starts after them. */
export const SCOPE_BREAKERS: ReadonlySet<string> = new Set([
  'but', 'because', 'although', 'though', 'while', 'whereas', 'unless', 'until', 'since', 'as', 'if', 'when',
  'after', 'before', 'which', 'who', 'whom', 'whose', 'where', 'so', 'yet', 'however', 'that',
]);

/**
 * Negators that do not negate the claim: "not only", "no doubt", "nothing but", "no longer" (kept),
 * "not least"; "not known", "not clear", which leave the claim unconfirmed (a certainty), not false;
 * and the bounds "no more than", "not fewer than", which set an amount ("no more than 40 people
 * were hurt" says people were hurt, 40 at most: the quantity reader keeps the bound).
 */
export const NON_NEGATING: readonly string[] = [
  'not only', 'not just', 'no doubt', 'not least', 'nothing but', 'not until', 'no sooner',
  'not known', 'not clear', 'not yet known', 'not yet clear', 'not immediately known', 'not immediately clear',
  'no more than', 'not more than', 'no less than', 'not less than', 'no fewer than', 'not fewer than',
];

/**
 * Verbs that negate the verb they govern through "to": "refused to sign" is "did not sign",
 * "failed to reach" is "did not reach" (implicative verbs, Karttunen 1971).
 */
export const NEGATIVE_IMPLICATIVES: ReadonlySet<string> = new Set([
  'refuse', 'refuses', 'refused', 'refusing', 'decline', 'declines', 'declined', 'declining',
  'fail', 'fails', 'failed', 'failing',
]);

/** True for a token that negates: a listed word or a `n't` contraction. */
export function isNegationToken(lower: string): boolean {
  return NEGATION_WORDS.has(lower) || lower.endsWith("n't");
}
