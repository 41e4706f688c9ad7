/**
 * ClaimDiff (Ko et al. 2022): claim pairs from two outlets' articles on one topic. The S files
 * say whether claim b strengthens claim a, the W files whether it weakens it; both hold the same
 * pair ids, and joining them gives strengthen / weaken / neither. See `data/claimdiff/SOURCE.md`.
 */
import { join } from 'node:path';
import { readJson } from './parse.js';

export type ClaimDiffSplit = 'train' | 'test' | 'test-full';

/** One directed claim pair. */
export interface ClaimDiffPair {
  /** `pair_id`; the reversed copy of a pair has the same id plus `_rev`. */
  id: string;
  a: string;
  b: string;
  /** b supports a (S = 1): the outlets corroborate each other. */
  strengthen: boolean;
  /** b undercuts, disputes or casts doubt on a (W = 1): the outlets diverge. */
  weaken: boolean;
  /** Whether this is the `_rev` copy (a and b swapped) of another pair. */
  reversed: boolean;
  /** The news topic: both claims come from articles on it (a gold event cluster). */
  topic: string;
  /** Titles of the two articles the claims come from. */
  articleA: string;
  articleB: string;
}

interface RawItem {
  pair_id: string;
  claim_a: string;
  claim_b: string;
  topic: string;
  article_a: string;
  article_b: string;
  relation: number;
}

function readSplitFile(path: string, what: string): Map<string, RawItem> {
  const json = readJson(path, what) as { data?: RawItem[] };
  if (!Array.isArray(json.data)) throw new Error(`${path}: expected {"data": [...]}`);
  const items = new Map<string, RawItem>();
  for (const item of json.data) {
    if (typeof item.pair_id !== 'string' || (item.relation !== 0 && item.relation !== 1)) {
      throw new Error(`${path}: malformed item ${JSON.stringify(item).slice(0, 200)}`);
    }
    if (items.has(item.pair_id)) throw new Error(`${path}: duplicate pair_id ${item.pair_id}`);
    items.set(item.pair_id, item);
  }
  return items;
}

/**
 * Reads and joins `ClaimDiff-S/ClaimDiff-strength-<split>.json` and
 * `ClaimDiff-W/ClaimDiff-weak-<split>.json` (only the train files are in the development data).
 * Throws when the two files do not hold the same pairs with the same claims.
 */
export function readClaimDiff(dataDir: string, split: ClaimDiffSplit = 'train'): ClaimDiffPair[] {
  const dir = join(dataDir, 'data', 'claimdiff');
  const strength = readSplitFile(join(dir, 'ClaimDiff-S', `ClaimDiff-strength-${split}.json`), `ClaimDiff-S ${split}`);
  const weak = readSplitFile(join(dir, 'ClaimDiff-W', `ClaimDiff-weak-${split}.json`), `ClaimDiff-W ${split}`);
  if (strength.size !== weak.size) {
    throw new Error(`ClaimDiff ${split}: S has ${strength.size} pairs, W ${weak.size}`);
  }
  return [...strength.values()].map((s) => {
    const w = weak.get(s.pair_id);
    if (!w) throw new Error(`ClaimDiff ${split}: pair ${s.pair_id} is in S but not in W`);
    if (w.claim_a !== s.claim_a || w.claim_b !== s.claim_b) {
      throw new Error(`ClaimDiff ${split}: pair ${s.pair_id} has different claims in S and W`);
    }
    return {
      id: s.pair_id,
      a: s.claim_a.trim(),
      b: s.claim_b.trim(),
      strengthen: s.relation === 1,
      weaken: w.relation === 1,
      reversed: s.pair_id.endsWith('_rev'),
      topic: s.topic,
      articleA: s.article_a,
      articleB: s.article_b,
    };
  });
}
