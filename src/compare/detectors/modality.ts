import { quoteText, type Detector } from '../detector.js';

/** Modal strengths this far apart state the same position with different force. */
const MIN_GAP = 0.4;
/**
 * Between two modal auxiliaries, a smaller gap is enough: "must" and "should" fill the same slot
 * of the same sentence, so one outlet changed the force on purpose, whereas "must be immediate"
 * and "calls for an immediate halt" are two ways of putting one demand.
 */
const MIN_GAP_AUXILIARIES = 0.25;
/** Modal auxiliaries of obligation and advice. */
const AUXILIARY = /^(?:must|should|ought to|ha(?:s|ve|d) to|need(?:s|ed)? to)$/i;
/** Below this, a modal is epistemic ("may", "could"): a matter of certainty, not of force. */
const MIN_FORCE = 0.4;

/**
 * The same position stated with different force: both reports carry a modal cue in the same
 * direction and their strengths differ by at least 0.4 on the 0-1 scale ("must be immediate"
 * (1) vs "immediate is preferable" (0.5); "cannot accept" (1) vs "wary of accepting" (0.4)), or
 * by 0.25 when both are modal auxiliaries ("must" vs "should").
 * "Cannot accept" and "unacceptable" are both 1 and agree.
 */
export const modalityDetector: Detector = {
  kind: 'modality',
  name: 'modal-strength',
  compare(a, b) {
    const ma = a.modality;
    const mb = b.modality;
    if (!ma.cue || !mb.cue || ma.direction !== mb.direction) return undefined;
    if (ma.strength < MIN_FORCE || mb.strength < MIN_FORCE) return undefined;
    const gap = Math.abs(ma.strength - mb.strength);
    const auxiliaries = AUXILIARY.test(ma.cue.text) && AUXILIARY.test(mb.cue.text);
    if (gap < (auxiliaries ? MIN_GAP_AUXILIARIES : MIN_GAP)) return undefined;
    const [strong, weak] = ma.strength > mb.strength ? [a, b] : [b, a];
    const verb = ma.direction === 'against' ? 'rejects' : 'wants';
    return {
      spans: [[ma.cue], [mb.cue]],
      values: [{ strength: ma.strength, direction: ma.direction }, { strength: mb.strength, direction: mb.direction }],
      score: Math.min(1, 0.3 + gap),
      explanation:
        `Different force: in ${strong.outlet} the side ${verb} it firmly (${quoteText(strong.modality.cue!.text, 30)}), ` +
        `in ${weak.outlet} only mildly (${quoteText(weak.modality.cue!.text, 30)}).`,
    };
  },
};
