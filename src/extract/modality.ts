import type { TextSpan } from '../text/span.js';
import { MODAL_CUES } from '../lexicon/modality.js';
import { isMonthMay } from '../text/letterCase.js';
import { matchPhrase, phrasePattern } from '../text/phrasePattern.js';

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
  phrase: phrasePattern(pattern, 'iu', 'letterOrApostrophe'),
  strength,
  direction,
}));

/**
 * The modal force of a claim's main clause: the first cue of the strongest kind that occurs
 * (refusals are looked for first so that "cannot accept" is not read as "can"). Offsets are
 * relative to `claim`. `within`, when the claim was cut from a longer text, lets the words that
 * text is known to hold answer for it (the result is the same).
 *
 * @example
 * readModality('any ceasefire must be immediate', 100); // { strength: 1, direction: 'for', cue: { text: 'must', ... } }
 * readModality('an immediate ceasefire is preferable', 100); // { strength: 0.5, direction: 'for', ... }
 */
export function readModality(claim: string, mainClauseEnd: number, within?: ClaimSource): Modality {
  // The polarity extractor asks again about the claim the modality extractor just read.
  if (last && last.claim === claim && last.mainClauseEnd === mainClauseEnd) return last.modality;
  const length = claim.slice(0, mainClauseEnd).length;
  // The claim read where it stands in its statement, whose words the frame reader has read already.
  const source = within && within.start >= 0 && within.text.startsWith(claim, within.start) ? within : { text: claim, start: 0 };
  const modality = readMainClauseModality(source.text, source.start, source.start + length, within?.caseless === true);
  last = { claim, mainClauseEnd, modality };
  return modality;
}

/** The text a claim was cut from, and where: `text.slice(start, start + claim.length)` is the claim. */
export interface ClaimSource {
  text: string;
  start: number;
  /** The text is set in title case (a headline): a capital says nothing about a word there. */
  caseless?: boolean;
}

let last: { claim: string; mainClauseEnd: number; modality: Modality } | undefined;

/** The first cue of the strongest kind in `text.slice(start, end)`, with offsets in that slice. */
function readMainClauseModality(text: string, start: number, end: number, caseless: boolean): Modality {
  for (const { phrase, strength, direction } of COMPILED_CUES) {
    let from = start;
    let m = matchPhrase(phrase, text, from, end);
    // "in May": the month, not the modal; look further on.
    while (m && m[0] === 'May' && isMonthMay(text, from + m.index, caseless)) {
      from += m.index + m[0].length;
      m = matchPhrase(phrase, text, from, end);
    }
    if (!m) continue;
    const at = from - start + m.index;
    return { strength, direction, cue: { text: m[0], start: at, end: at + m[0].length } };
  }
  return NO_MODALITY;
}
