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
 * of t terms, close to linear in n, instead of n²/2.
 *
 * @example
 * candidatePairs(profiles, { allPairsBelow: 200, maxPosting: 60 }); // [[0, 3], [0, 7], [1, 2], ...]
 */
export function candidatePairs(profiles: readonly StatementProfile[], options: CandidateOptions): Array<[number, number]> {
  const n = profiles.length;
  const pairs: Array<[number, number]> = [];
  if (n < options.allPairsBelow) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);
    return pairs;
  }
  const postings = new Map<string, number[]>();
  profiles.forEach((profile, i) => {
    for (const term of profile.terms.keys()) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i);
    }
  });
  const seen = new Set<number>();
  const keys = [...postings.keys()].sort();
  for (const key of keys) {
    const list = postings.get(key)!;
    if (list.length < 2 || list.length > options.maxPosting) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const i = list[x]!;
        const j = list[y]!;
        const code = i * n + j;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
