import type { Statement } from '../../extract/statement.js';
import { isNegationToken } from '../../lexicon/negation.js';
import type { TextSpan } from '../../text/span.js';
import { tokenize } from '../../text/tokenize.js';
import { quoteText, type Detector, type DivergenceFinding } from '../detector.js';
import { insertedNegation } from '../insertedNegation.js';
import { scopeSupport } from '../negationScope.js';

/**
 * One report negates what the other asserts: exactly one of the two claims is negated, and the
 * other states the negated predicate ("will not **return** to talks"), not negated, with most of
 * its arguments (who returns, to what): the negation's scope is aligned with the other claim (see
 * `scopeSupport`). Both negated is agreement ("weren't authorized" / "were not authorised"); so is
 * a negation whose predicate the other negates too, or of something the other does not say, and a
 * claim whose negation went into its certainty ("is **not** clear") affirms nothing.
 * When the main clauses agree, a "not" that one sentence has and the other, otherwise the same
 * words, lacks is flagged wherever it stands ("who was **not** from the island").
 */
export const polarityDetector: Detector = {
  kind: 'polarity',
  name: 'negation-scope',
  compare(a, b) {
    if (a.polarity.negated === b.polarity.negated) return negatedClause(a, b);
    const [negated, plain] = a.polarity.negated ? [a, b] : [b, a];
    // "Who will succeed him is not clear" / "There is no clear successor": the other claim's
    // negation went into its certainty (read as unconfirmed), so it does not affirm either.
    if (negationInCue(plain)) return undefined;
    const support = scopeSupport(negated, plain);
    // A predicate the scope reader cannot align ("were not announced": a reporting verb is no
    // content word) is still contradicted when the other claim is the same words without the "not".
    if (support.kind !== 'asserted') return negatedClause(a, b);
    const cue = negated.polarity.cue!;
    const match = support.predicate;
    const matchSpan = spanInClaim(plain, match.start, match.end);
    const spans: [TextSpan[], TextSpan[]] = negated === a ? [[cue], [matchSpan]] : [[matchSpan], [cue]];
    return {
      spans,
      values: [a.polarity.negated ? 'negated' : 'affirmed', b.polarity.negated ? 'negated' : 'affirmed'],
      score: 0.7,
      explanation: `${negated.outlet} says it is not so (${quoteText(cue.text, 20)}); ${plain.outlet} says it is (${quoteText(match.text, 30)}).`,
    };
  },
};

/** Whether the words that set a statement's certainty hold a negation ("is not clear", "did not confirm"). */
function negationInCue(statement: Statement): boolean {
  const cue = statement.certaintyCue;
  return cue !== undefined && tokenize(cue.text).some((t) => isNegationToken(t.lower));
}

/** A negation one claim adds to the other's words, in any clause (see `insertedNegation`). */
function negatedClause(a: Statement, b: Statement): DivergenceFinding | undefined {
  const found = insertedNegation(a, b);
  if (!found) return undefined;
  const { negated, cue, plain, word, replaces } = found;
  const cueSpan = spanInClaim(negated, cue.start, cue.end);
  const wordSpan = spanInClaim(plain, word.start, word.end);
  return {
    spans: (negated === a ? [[cueSpan], [wordSpan]] : [[wordSpan], [cueSpan]]) as [TextSpan[], TextSpan[]],
    values: [negated === a ? 'negated' : 'affirmed', negated === b ? 'negated' : 'affirmed'],
    score: 0.6,
    explanation: replaces
      ? `${negated.outlet} has ${quoteText(cue.text, 20)} where ${plain.outlet}, in otherwise the same words, has ${quoteText(word.text, 20)}.`
      : `${negated.outlet} has ${quoteText(cue.text, 20)} before ${quoteText(word.text, 30)} where ${plain.outlet}, in otherwise the same words, does not.`,
  };
}

/** A span of a statement's claim text, with article offsets when the claim maps one to one. */
export function spanInClaim(statement: Statement, start: number, end: number): TextSpan {
  const claim = statement.claim;
  const text = claim.text.slice(start, end);
  // Offsets are exact when the claim's text has the length of its raw span; otherwise the whole claim is the best span.
  if (claim.end - claim.start === claim.text.length) return { text, start: claim.start + start, end: claim.start + end };
  return { text, start: claim.start, end: claim.end };
}
