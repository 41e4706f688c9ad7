import type { Statement } from '../extract/statement.js';

/** Fields that say where a statement is and who printed it, not what it says. */
const PLACE_FIELDS = new Set(['id', 'articleId', 'outlet', 'segment']);

/**
 * Whether two statements say exactly the same thing: the same words, and the same facts read
 * from them (frame, source, certainty, polarity, amounts, resolved times, entities, quotes...), with
 * offsets counted from each statement's start. Where they stand (id, article, outlet, sentence) does
 * not count, nor the outlet's name as the source of a claim in its own voice. Two outlets printing
 * one wire sentence make such a pair: nothing in it can disagree.
 *
 * @example
 * sameContent(wireCopyInA, wireCopyInB); // true
 */
export function sameContent(a: Statement, b: Statement): boolean {
  if (a.text !== b.text) return false;
  const ownVoice = a.attribution.kind === 'outlet' && b.attribution.kind === 'outlet';
  // Keys walked with for-in, not listed with Object.keys: the divergence stage asks this of every
  // two statements of one text in a cluster, and the lists were most of what it allocated. The
  // keys of `a` are counted as they are walked, and `b` has as many (then it has no other).
  let keys = 0;
  for (const key in a) {
    keys++;
    if (PLACE_FIELDS.has(key)) continue;
    if (!(key in b)) return false;
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (key === 'attribution' && ownVoice) {
      if (!equalFields(x as Record<string, unknown>, y as Record<string, unknown>, a.start, b.start, OWN_VOICE_SOURCE)) return false;
    } else if (!equal(x, y, a.start, b.start, key)) return false;
  }
  return keys === keyCount(b);
}

/** The field of an attribution left out when both statements are in their outlet's own voice (the outlet's name). */
const OWN_VOICE_SOURCE = 'source';

/** Deep equality where a numeric `start` or `end` counts from each side's origin. */
function equal(x: unknown, y: unknown, originX: number, originY: number, key: string): boolean {
  if ((key === 'start' || key === 'end') && typeof x === 'number' && typeof y === 'number') return x - originX === y - originY;
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x)) {
    const other = y as unknown[];
    if (x.length !== other.length) return false;
    for (let k = 0; k < x.length; k++) if (!equal(x[k], other[k], originX, originY, '')) return false;
    return true;
  }
  return equalFields(x as Record<string, unknown>, y as Record<string, unknown>, originX, originY);
}

/**
 * {@link equal} of two objects, field by field; `skip` (when given) is set aside, whether either
 * has it or not. The keys of `x` are counted as they are walked, as in {@link sameContent}.
 */
function equalFields(x: Record<string, unknown>, y: Record<string, unknown>, originX: number, originY: number, skip?: string): boolean {
  let keys = 0;
  for (const k in x) {
    if (k === skip) continue;
    keys++;
    if (!(k in y) || !equal(x[k], y[k], originX, originY, k)) return false;
  }
  return keys === keyCount(y, skip);
}

/** How many enumerable keys an object has, `skip` left out. */
function keyCount(object: object, skip?: string): number {
  let count = 0;
  for (const key in object) if (key !== skip) count++;
  return count;
}
