import type { AliasTable } from '../../extract/aliases.js';
import type { Quantity } from '../../extract/quantity.js';
import { PERSON_UNITS } from '../../lexicon/units.js';
import { quoteText, type Detector } from '../detector.js';

/**
 * Incompatible quantities for the same thing: two amounts with the same unit (or both counting
 * people: "civilians", "Syrians", "people") whose intervals do not overlap once approximations,
 * ranges and bounds are read ("51,000" lies within "tens of thousands"; "more than a
 * quarter-million" agrees with "more than a quarter of a million"; "1,900 targets" and "900
 * targets" do not). When any comparable pair agrees, the two reports agree.
 */
export const numberDetector: Detector = {
  kind: 'number',
  name: 'quantity-interval',
  compare(a, b, context) {
    const unitClass = (unit: string) => unitClassOf(unit, context.aliases);
    {
      let closest: { qa: Quantity; qb: Quantity; gap: number } | undefined;
      for (const qa of a.quantities) {
        if (!qa.unit) continue;
        for (const qb of b.quantities) {
          if (!qb.unit || unitClass(qa.unit) !== unitClass(qb.unit)) continue;
          const gap = relativeGap(qa, qb);
          if (gap === 0) return undefined;
          if (!closest || gap < closest.gap) closest = { qa, qb, gap };
        }
      }
      if (!closest) return undefined;
      const { qa, qb, gap } = closest;
      return {
        spans: [[qa], [qb]],
        values: [interval(qa), interval(qb)],
        score: Math.min(1, 0.4 + gap),
        explanation: `${a.outlet} gives ${quoteText(qa.text, 30)} ${qa.unit}, ${b.outlet} gives ${quoteText(qb.text, 30)} ${qb.unit}: the amounts cannot both be right.`,
      };
    }
  },
};

/** People counted under any name ("civilians", "Syrians") are one class; other units stand for themselves. */
function unitClassOf(unit: string, aliases: AliasTable): string {
  if (PERSON_UNITS.has(unit)) return 'person';
  const demonym = aliases.lookup([unit.charAt(0).toUpperCase() + unit.slice(1)], 0);
  return demonym?.entry.kind === 'country' ? 'person' : unit;
}

/** 0 when the intervals overlap; otherwise the distance between them relative to the larger bound. */
function relativeGap(a: Quantity, b: Quantity): number {
  const aHigh = a.high ?? Infinity;
  const bHigh = b.high ?? Infinity;
  if (a.low <= bHigh && b.low <= aHigh) return 0;
  const [lowerHigh, upperLow] = aHigh < b.low ? [aHigh, b.low] : [bHigh, a.low];
  return (upperLow - lowerHigh) / Math.max(Math.abs(upperLow), 1);
}

function interval(q: Quantity): { low: number; high: number | null; unit: string; approx: boolean } {
  return { low: q.low, high: q.high, unit: q.unit, approx: q.approx };
}
