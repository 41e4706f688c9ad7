import type { Statement } from '../extract/statement.js';
import type { Divergence } from './divergence.js';

/**
 * How statement `b` stands toward statement `a`:
 * - `contradicts`: b denies it, negates what a asserts, or diverges on a fact (number, time, place...);
 * - `reports`: b relays it without asserting it (attributed, hedged, or left unconfirmed);
 * - `supports`: b states it as fact;
 * - `unrelated`: the two share (almost) nothing.
 */
export type Stance = 'supports' | 'reports' | 'contradicts' | 'unrelated';

/** Kinds of divergence that mean b contradicts a (modality and quote wording do not). */
const CONTRADICTING = new Set(['certainty', 'polarity', 'number', 'time', 'place', 'dispute']);

/** Below this similarity, and sharing no named entity, two statements are unrelated. */
const UNRELATED = 0.02;

/**
 * The stance of `b` toward `a`, from b's certainty and polarity and the divergences found
 * between them.
 *
 * @example
 * stanceOf(claim, headline, 0.4, []); // 'reports' when the headline says "X, officials say"
 */
export function stanceOf(a: Statement, b: Statement, similarity: number, divergences: readonly Divergence[]): Stance {
  const sharedEntity = a.entities.some((e) => b.entities.some((f) => f.id === e.id));
  if (similarity < UNRELATED && !sharedEntity) return 'unrelated';
  if (b.certainty === 'denied') return 'contradicts';
  if (divergences.some((d) => CONTRADICTING.has(d.kind) && d.kind !== 'certainty')) return 'contradicts';
  if (b.certainty !== 'asserted') return 'reports';
  return 'supports';
}
