import { partitionPoint } from '../text/partitionPoint.js';
import type { StatementProfile } from './profile.js';

/** How candidate pairs are proposed. */
export interface CandidateOptions {
  /** Below this many statements every pair is a candidate. */
  allPairsBelow: number;
  /** A term shared by more statements than this proposes no pairs (it is too common to say they match). */
  maxPosting: number;
}

/**
 * Candidate pairs of statements to score, as index pairs `[i, j]` with `i < j`, sorted.
 * Below `allPairsBelow` statements, all pairs. Above, an inverted index from content terms
 * (stems, canonical entity ids, numbers) to statements proposes the pairs that share a term
 * held by at most `maxPosting` statements: the work is O(n · t · maxPosting) for n statements
 * of t terms, close to linear in n, instead of n²/2. `allows` drops pairs before they are
 * listed (the story gate: statements of articles about different events).
 *
 * @example
 * candidatePairs(profiles, { allPairsBelow: 200, maxPosting: 60 }); // [[0, 3], [0, 7], [1, 2], ...]
 */
export function candidatePairs(
  profiles: readonly StatementProfile[],
  options: CandidateOptions,
  allows: (i: number, j: number) => boolean = () => true,
): Array<[number, number]> {
  const n = profiles.length;
  const pairs: Array<[number, number]> = [];
  if (n < options.allPairsBelow) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (allows(i, j)) pairs.push([i, j]);
    return pairs;
  }
  // Postings in increasing statement order (profiles are visited in order).
  const postings = new Map<string, number[]>();
  profiles.forEach((profile, i) => {
    for (const term of profile.terms.keys()) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i);
    }
  });
  // For each statement, the later statements sharing one of its rare terms, each listed once:
  // `seenBy[j] === i` marks j as already proposed for i (no set of all pairs is kept).
  const seenBy = new Int32Array(n).fill(-1);
  const partners: number[] = [];
  for (let i = 0; i < n; i++) {
    partners.length = 0;
    for (const term of profiles[i]!.terms.keys()) {
      const list = postings.get(term)!;
      if (list.length < 2 || list.length > options.maxPosting) continue;
      for (let k = partitionPoint(0, list.length, (x) => list[x]! <= i); k < list.length; k++) {
        const j = list[k]!;
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        if (allows(i, j)) partners.push(j);
      }
    }
    partners.sort((x, y) => x - y);
    for (const j of partners) pairs.push([i, j]);
  }
  return pairs;
}
