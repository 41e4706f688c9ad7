import { REASON_FOCUS_WORDS, REASON_SUBORDINATORS } from '../lexicon/reasonClauses.js';

/**
 * A reason clause's subordinator with the spaces before it, but not "because of". Matched from the
 * first of those spaces only (a match tried from every space of a long run would take time in the
 * square of its length); a comma just before them belongs to the clause (see {@link clauseStart}).
 */
const REASON = new RegExp(String.raw`(?<!\s)\s+(?:${REASON_SUBORDINATORS.join('|')})\s+(?!of\b)`, 'giu');
/** The word before the subordinator, when it is a focusing adverb (see `REASON_FOCUS_WORDS`). */
const FOCUS_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${REASON_FOCUS_WORDS.join('|')}),?$`, 'iu');
/** A relative clause opened after the last comma: a reason inside it is the relative's, not the claim's. */
const IN_RELATIVE = /,\s*(?:who|whom|whose|which)\b[^,]*$/iu;

/**
 * Where a claim's reason clause starts ("the council cannot accept the offer **because** the
 * deadline is too short"), or undefined when it has none: a reason clause gives why, not what,
 * and outlets reporting one claim give different reasons or none (see `lexicon/reasonClauses`).
 * A reason in focus ("only because", "not because") is the point of the claim and is not one;
 * nor is a reason inside a relative clause ("officials, who asked not to be named **because**
 * the talks are private, said ..."), which explains the relative's noun.
 *
 * @example
 * reasonClauseStart('The council rejected the offer because the deadline is short.'); // 30
 * reasonClauseStart('The council rejected it only because it was late.'); // undefined
 */
export function reasonClauseStart(claim: string): number | undefined {
  for (const match of claim.matchAll(REASON)) {
    const start = clauseStart(claim, match.index);
    const before = claim.slice(0, start);
    if (FOCUS_BEFORE.test(before)) return undefined;
    if (!IN_RELATIVE.test(before)) return start;
  }
  return undefined;
}

/** Where a clause whose spaces start at `spaces` starts: at the comma just before them, if any. */
function clauseStart(claim: string, spaces: number): number {
  return spaces > 0 && claim[spaces - 1] === ',' ? spaces - 1 : spaces;
}
