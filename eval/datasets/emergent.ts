/**
 * Emergent (Ferreira & Vlachos 2016): news claims and the headlines outlets wrote about them,
 * each headline labelled with its stance toward the claim. See `data/emergent/SOURCE.md`.
 */
import { join } from 'node:path';
import { oneOf, parseCsv, readText, toNumber, withHeader } from './parse.js';

export type EmergentStance = 'for' | 'against' | 'observing';
export const EMERGENT_STANCES: readonly EmergentStance[] = ['for', 'against', 'observing'];

/** One headline about one claim. */
export interface EmergentRow {
  /** Row index in the original release (not contiguous here: this is a subset). */
  id: number;
  /** Groups the headlines about the same claim: the gold cluster. */
  claimId: string;
  /** The claim, one sentence (the same for every row of a `claimId`). */
  claim: string;
  /** One outlet's headline about the claim. */
  headline: string;
  /** `for` asserts the claim, `against` denies it, `observing` reports it without asserting it. */
  stance: EmergentStance;
  articleId: string;
}

/** Reads `data/emergent/emergent.csv` (CSV with a header, standard quoting). */
export function readEmergent(dataDir: string): EmergentRow[] {
  const path = join(dataDir, 'data', 'emergent', 'emergent.csv');
  const where = 'emergent.csv';
  const columns = ['id', 'claimHeadline', 'articleHeadline', 'articleHeadlineStance', 'articleId', 'claimId'] as const;
  return withHeader(parseCsv(readText(path, 'the Emergent data')), columns, where).map((r, i) => ({
    id: toNumber(r.id, `${where} row ${i + 2}`),
    claimId: r.claimId,
    claim: r.claimHeadline.trim(),
    headline: r.articleHeadline.trim(),
    stance: oneOf(r.articleHeadlineStance, EMERGENT_STANCES, `${where} row ${i + 2}`),
    articleId: r.articleId,
  }));
}
