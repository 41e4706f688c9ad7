import { isNegationToken, NEGATIVE_IMPLICATIVES, NON_NEGATING } from '../lexicon/negation.js';
import type { Span, TextSpan } from '../text/span.js';
import { tokenize, type Token } from '../text/tokenize.js';

/** Whether a claim is negated. Negation in a subordinate clause ("because they could not ...") does not count. */
export interface Polarity {
  negated: boolean;
  /** The negation cue ("not", "weren't", "never", "no"). */
  cue?: TextSpan;
}


const NON_NEGATING_LENGTH = Math.max(...NON_NEGATING.map((phrase) => phrase.length));

/**
 * Whether a claim's main clause is negated: the first negation cue before the clause ends
 * ("weren't authorized", "will not return", "no solution has been found", "refused to sign"). Cues inside `skip`
 * (a refusal already read as modality: "can't accept") and fixed phrases that do not negate
 * ("not only", "no doubt") are passed over. Offsets are relative to `claim`.
 *
 * @example
 * readPolarity("The officials weren't authorized to speak", 100); // { negated: true, cue: { text: "weren't", start: 14, end: 21 } }
 */
export function readPolarity(claim: string, mainClauseEnd: number, skip?: Span): Polarity {
  const tokens = tokenize(claim);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.start >= mainClauseEnd) break;
    if (skip && token.start >= skip.start && token.end <= skip.end) continue;
    // "refused to sign", "failed to reach": the governed verb did not happen.
    if (NEGATIVE_IMPLICATIVES.has(token.lower) && tokens[k + 1]?.lower === 'to') {
      const to = tokens[k + 1]!;
      return { negated: true, cue: { text: claim.slice(token.start, to.end), start: token.start, end: to.end } };
    }
    if (!negatesHere(claim, token)) continue;
    return { negated: true, cue: { text: token.text, start: token.start, end: token.end } };
  }
  return { negated: false };
}

/**
 * Whether a negation word negates what follows it: not a fixed phrase that does not ("not only",
 * "no doubt", "not known"; a contraction is read as its "not": "wasn't known" as "not known"),
 * not "without" or "nor", which negate only an adjunct, and not "no" after "of", which negates a
 * noun inside a noun phrase ("a vote of no confidence").
 *
 * @example
 * negatesHere('They were not only late', tokenize('They were not only late')[2]); // false
 */
export function negatesHere(text: string, token: Token): boolean {
  if (!isNegationToken(token.lower) || token.lower === 'without' || token.lower === 'nor') return false;
  // "a vote of no confidence", "of no use": after "of", "no" opens a noun phrase inside another.
  if (token.lower === 'no' && /\bof\s+$/i.test(text.slice(Math.max(0, token.start - 4), token.start))) return false;
  // One character more than the longest phrase suffices: lower case never shortens text.
  const contracted = token.lower.endsWith("n't") ? token.end : undefined;
  const rest = contracted === undefined
    ? text.slice(token.start, token.start + NON_NEGATING_LENGTH + 1).toLowerCase()
    : `not${text.slice(contracted, contracted + NON_NEGATING_LENGTH + 1).toLowerCase()}`;
  return !NON_NEGATING.some((phrase) => rest.startsWith(phrase));
}
