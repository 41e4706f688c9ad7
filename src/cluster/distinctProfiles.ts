import type { Statement } from '../extract/statement.js';
import { IdfTable } from './idf.js';
import { buildProfile, profileIndexTerms, type StatementProfile } from './profile.js';
import { profileKey } from './profileKey.js';
import { wordingIndex } from './wordingIndex.js';

/** A distinct profile, unweighed, and how many statements have its {@link profileKey}. */
export interface DistinctProfile {
  profile: StatementProfile;
  copies: number;
}

/**
 * The profiles grouping compares statements on, one per {@link profileKey} (an outlet's reprint of
 * a wire sentence shares its profile), built as the statements come: batch by batch, in any order
 * of batches. What grouping needs before the IDF table is known, so `analyze` builds it while
 * another thread is still extracting (the calling thread then takes fewer batches of its own).
 * The profile of a key is built from the first of its statements to come, which need not be the
 * first in the statements' order: statements with one key have equal profiles.
 *
 * @example
 * const profiles = new DistinctProfiles();
 * profiles.add(0, statementsOfBatch0);
 * groupStatements(statements, similarityOptions, clusterOptions, undefined, profiles);
 */
export class DistinctProfiles {
  private readonly byKey = new Map<string, DistinctProfile & { key: string }>();
  private readonly keysOfBatch: string[][] = [];
  private statements = 0;

  /** Adds the statements of batch `batch` (each batch once). */
  add(batch: number, statements: readonly Statement[]): void {
    if (this.keysOfBatch[batch]) throw new Error(`DistinctProfiles: batch ${batch} was added already`);
    const keys = statements.map((statement) => {
      const key = profileKey(statement);
      const seen = this.byKey.get(key);
      if (!seen) {
        const profile = buildProfile(statement);
        // The wordings' indexes need no IDF: built now, they cost the extraction phase (where
        // another thread works too) instead of the grouping that follows.
        wordingIndex(profile.wording.full);
        wordingIndex(profile.wording.claim);
        this.byKey.set(key, { profile, copies: 1, key });
        return key;
      }
      seen.copies++;
      // The first string of the key, not this equal one: a reprint's key costs no memory of its own.
      return seen.key;
    });
    this.keysOfBatch[batch] = keys;
    this.statements += statements.length;
  }

  /** Lets go of every profile and key (the object is then as new). */
  clear(): void {
    this.byKey.clear();
    this.keysOfBatch.length = 0;
    this.statements = 0;
  }

  /** How many statements were added. */
  get size(): number {
    return this.statements;
  }

  /** The key of every statement added, batches in order (the statements' order when batches are consecutive). */
  keys(): string[] {
    const keys: string[] = [];
    for (const batch of this.keysOfBatch) for (const key of batch ?? []) keys.push(key);
    return keys;
  }

  /** The profile built for a key, unweighed. */
  get(key: string): StatementProfile | undefined {
    return this.byKey.get(key)?.profile;
  }

  /**
   * IDF over the statements added, one document each (see `statementIdf`): each distinct
   * profile's terms counted once per statement with its key.
   */
  idf(): IdfTable {
    const table = new IdfTable();
    for (const { profile, copies } of this.byKey.values()) table.add(profileIndexTerms(profile), copies);
    return table;
  }
}
