import type { TextSpan } from '../text/span.js';
import { MODAL_CUES } from '../lexicon/modality.js';

/**
 * The force with which a position is stated. `strength` runs from 0 (no modal force) to 1:
 * must / demand (1) > should / call for (0.75) > want / prefer / preferable (0.5) > may / could (0.25).
 * `direction` is `against` for refusals: cannot accept / unacceptable (1) > wary of accepting (0.4).
 */
export interface Modality {
  strength: number;
  direction: 'for' | 'against';
  /** The words that carry it ("must", "preferable", "can't accept"). */
  cue?: TextSpan;
}

/** No modal force: a plain statement. */
export const NO_MODALITY: Modality = { strength: 0, direction: 'for' };


const COMPILED_CUES = MODAL_CUES.map(([pattern, strength, direction]) => ({
  pattern: new RegExp(`(?<![\\p{L}'])${pattern}(?![\\p{L}])`, 'iu'),
  strength,
  direction,
}));

/**
 * The modal force of a claim's main clause: the first cue of the strongest kind that occurs
 * (refusals are looked for first so that "cannot accept" is not read as "can"). Offsets are
 * relative to `claim`.
 *
 * @example
 * readModality('any ceasefire must be immediate', 100); // { strength: 1, direction: 'for', cue: { text: 'must', ... } }
 * readModality('an immediate ceasefire is preferable', 100); // { strength: 0.5, direction: 'for', ... }
 */
export function readModality(claim: string, mainClauseEnd: number): Modality {
  const main = claim.slice(0, mainClauseEnd);
  for (const { pattern, strength, direction } of COMPILED_CUES) {
    const m = pattern.exec(main);
    if (!m) continue;
    return { strength, direction, cue: { text: m[0], start: m.index, end: m.index + m[0].length } };
  }
  return NO_MODALITY;
}
