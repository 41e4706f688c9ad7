import { CrosscheckInputError } from '../errors.js';
import type { Detector } from './detector.js';
import { actorDetector } from './detectors/actor.js';
import { certaintyDetector } from './detectors/certainty.js';
import { disputeDetector } from './detectors/dispute.js';
import { modalityDetector } from './detectors/modality.js';
import { numberDetector } from './detectors/number.js';
import { placeDetector } from './detectors/place.js';
import { polarityDetector } from './detectors/polarity.js';
import { quoteDetector } from './detectors/quote.js';
import { timeDetector } from './detectors/time.js';

/**
 * The default detectors, one per kind of divergence. Order only sets the order of divergences of
 * one pair in the report. Extend or trim it: `analyze(articles, { detectors: (d) => [...d, mine] })`.
 */
export const DEFAULT_DETECTORS: readonly Detector[] = [
  certaintyDetector,
  polarityDetector,
  numberDetector,
  timeDetector,
  placeDetector,
  quoteDetector,
  modalityDetector,
  actorDetector,
  disputeDetector,
];

/** The caller's detectors (a list, or a function editing the defaults), checked. */
export function resolveDetectors(option?: readonly Detector[] | ((defaults: readonly Detector[]) => readonly Detector[])): readonly Detector[] {
  const detectors = typeof option === 'function' ? option(DEFAULT_DETECTORS) : (option ?? DEFAULT_DETECTORS);
  if (!Array.isArray(detectors)) throw new CrosscheckInputError('options.detectors must be a list of detectors', { code: 'INVALID_OPTION', field: 'options.detectors' });
  detectors.forEach((d: unknown, i) => {
    const candidate = d as Partial<Detector> | null;
    if (!candidate || typeof candidate.kind !== 'string' || typeof candidate.name !== 'string' || typeof candidate.compare !== 'function') {
      throw new CrosscheckInputError(`options.detectors[${i}] must be { kind: string, name: string, compare(a, b, context) }`, { code: 'INVALID_OPTION', field: 'options.detectors' });
    }
  });
  return detectors;
}
