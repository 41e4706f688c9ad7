import type { Statement } from '../extract/statement.js';
import type { IdfTable } from './idf.js';
import { buildProfile, weighProfile, type StatementProfile } from './profile.js';
import { softCosine } from './similarity.js';
import { RecentCache } from '../text/recentCache.js';

/**
 * The soft TF-IDF cosine of two statements' content words, from the statements themselves and
 * the IDF table: their profiles are built again when asked. The divergence stage asks for it on
 * few pairs (a few thousand at ten thousand articles), so keeping every statement's profile for
 * them would cost far more memory than building the few it needs; a profile is a function of its
 * statement and the IDF table, so the cosine is the one the grouping model gives.
 */
export class StatementOverlap {
  private readonly recent = new RecentCache<Statement, StatementProfile>(64);

  constructor(private readonly idf: IdfTable) {}

  /** The soft cosine of `a` and `b` (see `softCosine`). */
  of(a: Statement, b: Statement): number {
    return softCosine(this.profile(a), this.profile(b));
  }

  private profile(statement: Statement): StatementProfile {
    let profile = this.recent.get(statement);
    if (!profile) this.recent.set(statement, (profile = weighProfile(buildProfile(statement), this.idf)));
    return profile;
  }
}
