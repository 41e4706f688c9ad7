/**
 * SICK (SemEval 2014 task 1), TRAIN and TRIAL rows: caption-like sentence pairs with a 3-way
 * entailment label and a 1-5 relatedness score. See `data/sick/SOURCE.md`.
 * Tab-separated with a header; quotes are ordinary text.
 */
import { join } from 'node:path';
import { oneOf, parseTabbed, readText, toNumber, withHeader } from './parse.js';

export type SickLabel = 'ENTAILMENT' | 'CONTRADICTION' | 'NEUTRAL';
export const SICK_LABELS: readonly SickLabel[] = ['ENTAILMENT', 'CONTRADICTION', 'NEUTRAL'];

/** One SICK pair. */
export interface SickRow {
  id: string;
  a: string;
  b: string;
  entailment: SickLabel;
  /** Mean relatedness judgement, 1 (unrelated) to 5 (very related). */
  relatedness: number;
  /** SemEval part: `TRAIN`, `TRIAL` (or `TEST` in the full release). */
  set: string;
}

/** Reads `data/sick/SICK.txt`. */
export function readSick(dataDir: string): SickRow[] {
  const where = 'SICK.txt';
  const text = readText(join(dataDir, 'data', 'sick', where), 'the SICK data');
  const columns = ['pair_ID', 'sentence_A', 'sentence_B', 'entailment_label', 'relatedness_score', 'SemEval_set'] as const;
  return withHeader(parseTabbed(text), columns, where).map((r, i) => ({
    id: r.pair_ID,
    a: r.sentence_A.trim(),
    b: r.sentence_B.trim(),
    entailment: oneOf(r.entailment_label, SICK_LABELS, `${where} row ${i + 2}`),
    relatedness: toNumber(r.relatedness_score, `${where} row ${i + 2}`),
    set: r.SemEval_set.trim(),
  }));
}
