import { partitionPoint } from '../text/partitionPoint.js';
import type { StatementProfile } from './profile.js';

/** Which articles tell one story, for terms too common overall to propose pairs (see {@link candidatePairs}). */
export interface StoryNeighbourhood {
  /** Article index of each statement; statements come in article order (it never decreases). */
  articleOf: readonly number[];
  /** The other articles of an article's story, or undefined when it is too short to say. */
  neighbours(article: number): Iterable<number> | undefined;
}

/**
 * Within one story, a term held by at most this many statements still proposes pairs, however
 * many statements of other stories hold it: a sentence ten outlets repeat, in a collection where
 * its words are common.
 */
export const STORY_POSTING = 20;

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
 * listed (the story gate: statements of articles about different events). Given `stories`, a
 * term held by more than `maxPosting` statements in all still proposes the pairs of statements of
 * one story holding it, when at most {@link STORY_POSTING} of them do.
 *
 * @example
 * candidatePairs(profiles, { allPairsBelow: 200, maxPosting: 60 }); // [[0, 3], [0, 7], [1, 2], ...]
 */
export function candidatePairs(
  profiles: readonly StatementProfile[],
  options: CandidateOptions,
  allows: (i: number, j: number) => boolean = () => true,
  stories?: StoryNeighbourhood,
): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  eachCandidatePair(profiles, options, allows, stories, (i, j) => pairs.push([i, j]));
  return pairs;
}

/** {@link candidatePairs}, handed one by one to `visit`, in the same order, without a list of them. */
export function eachCandidatePair(
  profiles: readonly StatementProfile[],
  options: CandidateOptions,
  allows: (i: number, j: number) => boolean,
  stories: StoryNeighbourhood | undefined,
  visit: (i: number, j: number) => void,
): void {
  const n = profiles.length;
  if (n < options.allPairsBelow) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (allows(i, j)) visit(i, j);
    return;
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
  const local: number[] = [];
  let i = 0;
  // Proposes j (> i) as a partner of i, once.
  const propose = (j: number) => {
    if (seenBy[j] === i) return;
    seenBy[j] = i;
    if (allows(i, j)) partners.push(j);
  };
  for (; i < n; i++) {
    partners.length = 0;
    for (const term of profiles[i]!.terms.keys()) {
      const list = postings.get(term)!;
      if (list.length < 2) continue;
      if (list.length > options.maxPosting) {
        if (!stories || !storyHolders(list, i, stories, local)) continue;
        for (const j of local) if (j > i) propose(j);
        continue;
      }
      for (let k = partitionPoint(0, list.length, (x) => list[x]! <= i); k < list.length; k++) propose(list[k]!);
    }
    partners.sort((x, y) => x - y);
    for (const j of partners) visit(i, j);
  }
}

/**
 * The statements of `i`'s story (its article and the articles of its story) among `list` (the
 * statements holding a term, in increasing order), into `out`; false when more than
 * {@link STORY_POSTING} do, or `i`'s article is too short to have a story. Statements come in
 * article order, so each article's holders are one run of `list`, found by binary search.
 */
function storyHolders(list: readonly number[], i: number, stories: StoryNeighbourhood, out: number[]): boolean {
  const { articleOf } = stories;
  const article = articleOf[i]!;
  const neighbours = stories.neighbours(article);
  if (!neighbours) return false;
  out.length = 0;
  const take = (a: number): boolean => {
    let end = partitionPoint(0, list.length, (x) => articleOf[list[x]!]! < a);
    while (end < list.length && articleOf[list[end]!] === a) {
      if (out.length === STORY_POSTING) return false;
      out.push(list[end++]!);
    }
    return true;
  };
  if (!take(article)) return false;
  for (const a of neighbours) if (!take(a)) return false;
  return true;
}
