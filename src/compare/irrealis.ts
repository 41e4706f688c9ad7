import { CONDITIONAL_OPENERS, INTENTION_WORDS, IRREALIS_MODALS, IRREALIS_MODIFIERS } from '../lexicon/irrealis.js';
import type { Token } from '../text/tokenize.js';

/**
 * Why a predicate is not said to be so: it sits in a condition ("**if** the troops extend their
 * stay"), after a modal of possibility or obligation ("**could** compromise"), in the "to"
 * complement of a word of intention ("**attempted to** kidnap him", "**called on** the minister
 * **to** resign"), or under a modifier that makes it a charge or a plan ("the **alleged**
 * mistreatment").
 */
export type IrrealisMarker = 'condition' | 'modal' | 'intention' | 'modifier';

/** Tokens before a predicate searched for its modal ("could **not** even be"), and before its "to" for the word of intention ("called on the foreign minister to"). */
const MODAL_REACH = 4;
const INTENTION_REACH = 6;

/**
 * What puts the predicate at `tokens[index]` outside what its sentence asserts (see
 * {@link IrrealisMarker}), or undefined when it is asserted. `clauseStarts(k)` tells whether a
 * new clause opens at token k: a condition or a modal counts only in the predicate's own clause.
 *
 * @example
 * irrealisAt(tokenize('Gunmen attempted to kidnap the reporter.'), 3, () => false); // 'intention'
 * irrealisAt(tokenize('Gunmen kidnapped the reporter.'), 1, () => false); // undefined
 */
export function irrealisAt(tokens: readonly Token[], index: number, clauseStarts: (k: number) => boolean): IrrealisMarker | undefined {
  // "the alleged mistreatment", "a planned general strike" (not "attempted to kidnap": a verb of intention).
  if (tokens[index - 1]?.lower !== 'to') {
    for (let k = index - 1; k >= 0 && k >= index - 2; k--) if (IRREALIS_MODIFIERS.has(tokens[k]!.lower)) return 'modifier';
  }
  for (let k = index - 1; k >= 0 && k >= index - MODAL_REACH; k--) {
    if (IRREALIS_MODALS.has(tokens[k]!.lower)) return 'modal';
    if (clauseStarts(k)) break;
  }
  // "to kidnap", "to be released".
  const to = tokens[index - 1]?.lower === 'to' ? index - 1 : tokens[index - 2]?.lower === 'to' && tokens[index - 1]?.lower === 'be' ? index - 2 : -1;
  if (to > 0) {
    for (let k = to - 1; k >= 0 && k >= to - INTENTION_REACH; k--) {
      if (INTENTION_WORDS.has(tokens[k]!.lower)) return 'intention';
      if (clauseStarts(k)) break;
    }
  }
  for (let k = index - 1; k >= 0; k--) {
    if (CONDITIONAL_OPENERS.has(tokens[k]!.lower)) return 'condition';
    if (clauseStarts(k)) break;
  }
  return undefined;
}
