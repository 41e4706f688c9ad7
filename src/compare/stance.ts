import type { Statement } from '../extract/statement.js';
import type { Divergence } from './divergence.js';
import { scopeSupport } from './negationScope.js';

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

/** Below this overlap of content words (soft TF-IDF cosine), and sharing no named entity, two statements are unrelated. */
const UNRELATED = 0.01;
/** From this overlap on, one of the two negating what the other does not is a contradiction. */
const NEGATION_OVERLAP = 0.1;

/**
 * The stance of `b` toward `a`, from b's certainty, the divergences found between them, how
 * much content they share (`overlap`: the soft TF-IDF cosine of their content words), and, when
 * one of them is negated, how the other bears on the negated clause (`scopeSupport`).
 *
 * @example
 * stanceOf(claim, headline, 0.4, []); // 'reports' when the headline says "X, officials say"
 */
export function stanceOf(a: Statement, b: Statement, overlap: number, divergences: readonly Divergence[]): Stance {
  const sharedEntity = a.entities.some((e) => b.entities.some((f) => f.id === e.id));
  if (overlap < UNRELATED && !sharedEntity) return 'unrelated';
  if (b.certainty === 'denied') return 'contradicts';
  if (divergences.some((d) => CONTRADICTING.has(d.kind) && d.kind !== 'certainty' && !isNearFigure(d))) return 'contradicts';
  // A headline negating its claim ("X is not dead") rarely repeats the negated word exactly
  // (the polarity detector's test): enough shared content is taken as the same predication,
  // unless the negated clause is mostly absent from the other or negated there too.
  if (a.polarity.negated !== b.polarity.negated && overlap >= NEGATION_OVERLAP && negationBears(a, b)) return 'contradicts';
  if (b.certainty !== 'asserted') return 'reports';
  return 'supports';
}

/**
 * Figures that differ by less than a tenth ("24 years" / "25 years"), or bounds both of which may
 * hold ("more than 500" / "more than 1,000"): the number detector scores these under
 * {@link NEAR_FIGURE_SCORE}. The two reports differ on the figure, but one does not deny the other.
 */
function isNearFigure(divergence: Divergence): boolean {
  return divergence.kind === 'number' && divergence.score < NEAR_FIGURE_SCORE;
}

/** Number divergences scoring below this are near figures (the detector scores 0.4 plus the relative gap, 0.45 for bounds). */
const NEAR_FIGURE_SCORE = 0.5;

/**
 * The one negation of the pair bears on what the other says: the other states the negated
 * predicate ("asserted"), or says it in words the scope cannot align ("unclear"). It does not
 * when it is about something the other does not say ("unsaid"), of a future state the other does
 * not speak of ("otherTense"), when the other negates the same predicate ("negated"), or states it
 * only as wanted, tried or possible ("unasserted").
 */
function negationBears(a: Statement, b: Statement): boolean {
  const support = a.polarity.negated ? scopeSupport(a, b) : scopeSupport(b, a);
  return support.kind === 'asserted' || support.kind === 'unclear';
}
