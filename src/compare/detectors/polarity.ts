import { contentTerm } from '../../cluster/profile.js';
import type { Statement } from '../../extract/statement.js';
import { tokenize } from '../../text/tokenize.js';
import type { TextSpan } from '../../text/span.js';
import { quoteText, type Detector } from '../detector.js';

/** Words between a negation cue and its predicate. */
const SCOPE_SKIP = new Set(['be', 'been', 'being', 'have', 'has', 'had', 'even', 'yet', 'ever', 'always', 'again', 'also', 'just', 'really', 'necessarily', 'immediately', 'currently', 'to', 'a', 'an', 'the']);

/** The negated predicate: the first content word after the cue ("will not **return** to talks"). */
const SCOPE_WORDS = 1;

/**
 * One report negates what the other asserts: exactly one of the two claims is negated, and the
 * negated predicate ("will not **return** to talks") appears, un-negated, in the other claim. Both negated is agreement ("weren't authorized" / "were not authorised").
 */
export const polarityDetector: Detector = {
  kind: 'polarity',
  name: 'negation-scope',
  compare(a, b) {
    if (a.polarity.negated === b.polarity.negated) return undefined;
    const [negated, plain] = a.polarity.negated ? [a, b] : [b, a];
    const scope = negationScope(negated);
    if (scope.length === 0) return undefined;
    const plainTokens = tokenize(plain.claim.text);
    const match = plainTokens.find((t) => scope.includes(contentTerm(t.lower) ?? ''));
    if (!match) return undefined;
    const cue = negated.polarity.cue!;
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

/** Content terms right after the negation cue: what the negation denies. */
function negationScope(statement: Statement): string[] {
  const cue = statement.polarity.cue;
  if (!cue) return [];
  const claim = statement.claim.text;
  const at = claim.indexOf(cue.text);
  if (at < 0) return [];
  const scope: string[] = [];
  for (const token of tokenize(claim.slice(at + cue.text.length))) {
    // Auxiliaries and degree adverbs sit between the cue and the predicate ("not even say").
    if (SCOPE_SKIP.has(token.lower)) continue;
    const term = contentTerm(token.lower);
    // The predicate itself must be a content word: "will not say that X" negates the saying, not X.
    if (!term || term.startsWith('#')) break;
    scope.push(term);
    if (scope.length >= SCOPE_WORDS) break;
  }
  return scope;
}

/** A span of a statement's claim text, with article offsets when the claim maps one to one. */
export function spanInClaim(statement: Statement, start: number, end: number): TextSpan {
  const claim = statement.claim;
  const text = claim.text.slice(start, end);
  // Offsets are exact when the claim's text has the length of its raw span; otherwise the whole claim is the best span.
  if (claim.end - claim.start === claim.text.length) return { text, start: claim.start + start, end: claim.start + end };
  return { text, start: claim.start, end: claim.end };
}
