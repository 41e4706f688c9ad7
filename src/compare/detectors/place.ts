import type { Entity } from '../../extract/entity.js';
import { quoteText, type Detector } from '../detector.js';

/**
 * Different places for the same event: both reports locate it in a city ("talks in Geneva"
 * against "talks in Vienna") and neither names the other's city. A city and the country it lies
 * in agree; places named as actors ("Moscow said") are not locations.
 */
export const placeDetector: Detector = {
  kind: 'place',
  name: 'event-location',
  compare(a, b) {
    const placesA = a.entities.filter(isCity);
    const placesB = b.entities.filter(isCity);
    if (placesA.length === 0 || placesB.length === 0) return undefined;
    const namedA = new Set(a.entities.map((e) => e.id));
    const namedB = new Set(b.entities.map((e) => e.id));
    if (placesA.some((p) => namedB.has(p.id)) || placesB.some((p) => namedA.has(p.id))) return undefined;
    const pa = placesA[0]!;
    const pb = placesB[0]!;
    return {
      spans: [placesA, placesB],
      values: [pa.id, pb.id],
      score: 0.6,
      explanation: `${a.outlet} places it in ${pa.id} (${quoteText(pa.text, 30)}), ${b.outlet} in ${pb.id} (${quoteText(pb.text, 30)}).`,
    };
  },
};

function isCity(entity: Entity): boolean {
  return entity.role === 'place' && entity.kind === 'city';
}
