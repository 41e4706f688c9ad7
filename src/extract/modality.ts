import type { TextSpan } from '../text/span.js';

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
