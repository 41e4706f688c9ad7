import type { Statement } from '../extract/statement.js';

/** Separates the fields of a key: a character statement text never holds. */
const FIELD = '\u0000';

/**
 * What a statement's profile is built from (see `buildProfile`, `indexTerms`, and the amounts the
 * similarity reads from `profile.statement`), as one string: its text and claim, the claim's
 * entities, amounts and specific days, its sentence quotations, and its reporting frame's words and
 * side. Offsets count from the statement's start. Two statements with one key have one profile:
 * an outlet reprinting a wire story repeats statements whose profile and scores need working out
 * once. A new field read by the profile must be added here (a test checks that statements sharing
 * a key have equal profiles).
 *
 * @example
 * profileKey(a) === profileKey(b); // one sentence reprinted by two outlets on the same day
 */
export function profileKey(statement: Statement): string {
  const origin = statement.start;
  const parts: unknown[] = [statement.text, statement.claim.text, statement.claim.start - origin, statement.claim.end - origin];
  for (const e of statement.entities) parts.push('e', e.id, e.text, e.start - origin, e.end - origin);
  for (const q of statement.quantities) parts.push('q', q.text, q.value, q.low, q.high, q.approx, q.unit);
  for (const t of statement.times) parts.push('t', t.granularity, t.interval?.start);
  for (const q of statement.quotes) parts.push('"', q.fragment, q.normalized);
  const { span, side } = statement.attribution;
  parts.push('a', span?.text, side);
  return parts.join(FIELD);
}
