import type { Entity } from '../../extract/entity.js';
import type { Statement } from '../../extract/statement.js';
import { changedSlot, entityInSlot } from '../changedSlot.js';
import type { DetectorContext } from '../detector.js';
import { quoteText, type Detector, type DivergenceFinding } from '../detector.js';

/**
 * Different places for the same event: both reports locate it in a city ("talks in Geneva"
 * against "talks in Vienna") and neither names the other's city. A city and the country it lies
 * in agree; places named as actors ("Moscow said") are not locations.
 */
export const placeDetector: Detector = {
  kind: 'place',
  name: 'event-location',
  compare(a, b, context) {
    const placesA = a.entities.filter(isCity);
    const placesB = b.entities.filter(isCity);
    if (placesA.length === 0 || placesB.length === 0) return changedPlace(a, b, context);
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

/**
 * A city or country changed in otherwise the same words, whatever the preposition or clause
 * ("returned to **Las Vegas**, where" / "to **Minneapolis**", "a prosecutor in **Seattle**"
 * in the reporting frame); a city and its country still agree. Two countries outside phrases of
 * place are two parties (see the actor detector).
 */
function changedPlace(a: Statement, b: Statement, context: DetectorContext): DivergenceFinding | undefined {
  for (const slot of changedSlot(a, b) ?? []) {
    const pa = entityInSlot(a, slot.a, context.aliases);
    const pb = entityInSlot(b, slot.b, context.aliases);
    if (!pa || !pb || !isPlaceName(pa) || !isPlaceName(pb) || pa.id === pb.id || pa.country === pb.id || pb.country === pa.id) continue;
    // Two countries named as parties ("**Egypt's** foreign ministry", "**Brazil** leader") are a
    // change of actor, not of place: the actor detector reads them.
    if (isCountryAsParty(pa) && isCountryAsParty(pb)) continue;
    return {
      spans: [[pa], [pb]],
      values: [pa.id, pb.id],
      score: 0.55,
      explanation: `${a.outlet} has ${quoteText(pa.text, 30)} where ${b.outlet}, in otherwise the same words, has ${quoteText(pb.text, 30)}.`,
    };
  }
  return undefined;
}

/** A city or a country, whatever its role in the sentence. */
function isPlaceName(entity: Entity): boolean {
  return entity.kind === 'city' || entity.kind === 'country';
}

/** A country outside a phrase of place: a party to the event, not where it happens. */
function isCountryAsParty(entity: Entity): boolean {
  return entity.kind === 'country' && entity.role === 'actor';
}

function isCity(entity: Entity): boolean {
  return entity.role === 'place' && entity.kind === 'city';
}
