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
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (PLACE_FIELDS.has(key)) continue;
    if (!(key in b)) return false;
    const x = (a as unknown as Record<string, unknown>)[key];
    const y = (b as unknown as Record<string, unknown>)[key];
    if (key === 'attribution' && ownVoice) {
      if (!equal({ ...a.attribution, source: '' }, { ...b.attribution, source: '' }, a.start, b.start, key)) return false;
    } else if (!equal(x, y, a.start, b.start, key)) return false;
  }
  return true;
}

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
  const objectX = x as Record<string, unknown>;
  const objectY = y as Record<string, unknown>;
  const keys = Object.keys(objectX);
  if (keys.length !== Object.keys(objectY).length) return false;
  for (const k of keys) if (!(k in objectY) || !equal(objectX[k], objectY[k], originX, originY, k)) return false;
  return true;
}
