import type { Statement } from '../extract/statement.js';
import { RecentCache } from '../text/recentCache.js';

/**
 * Statements whose answers {@link perStatement} keeps: more than the largest cluster holds, as
 * every pair of a cluster is compared in turn, and few enough that memory does not grow with the
 * statements read.
 */
const KEPT_STATEMENTS = 4096;

/**
 * `read`, worked out once per statement while the statement is being compared. The divergence
 * stage compares each statement with every other statement of its cluster, and the detectors read
 * the same facts of it (the words around its amounts, its negation's scope, its actors) for each
 * pair: the answers of the last statements asked about are kept, by statement (statements are
 * never edited once read), the oldest dropped first.
 *
 * @example
 * const actorsOf = perStatement((s) => s.entities.filter((e) => e.role === 'actor'));
 * actorsOf(a) === actorsOf(a); // true: read once
 */
export function perStatement<T>(read: (statement: Statement) => T): (statement: Statement) => T {
  // Kept by id, and answered only for that very statement (another analysis may reuse the id): a
  // statement object used as a key would first have to be given a hash, which costs more than
  // most of what is kept.
  const recent = new RecentCache<string, { statement: Statement; value: T }>(KEPT_STATEMENTS);
  return (statement) => {
    let kept = recent.get(statement.id);
    if (kept?.statement !== statement) {
      kept = { statement, value: read(statement) };
      recent.set(statement.id, kept);
    }
    return kept.value;
  };
}
