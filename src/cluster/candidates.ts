import { partitionPoint } from '../text/partitionPoint.js';
import type { StatementProfile } from './profile.js';

/** Which articles tell one story, for terms too common overall to propose pairs (see {@link candidatePairs}). */
export interface StoryNeighbourhood {
  /** Article index of each statement. */
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
  // A common term's statements by article, grouped when first needed, and for each article asking,
  // the statements of its story holding the term (false when too many).
  const byArticle = new Map<string, CommonTerm>();
  for (let i = 0; i < n; i++) {
    partners.length = 0;
    for (const term of profiles[i]!.terms.keys()) {
      const list = postings.get(term)!;
      if (list.length < 2) continue;
      if (list.length > options.maxPosting) {
        const local = stories && storyHolders(term, list, i, stories, byArticle);
        if (!local) continue;
        for (const j of local) {
          if (j <= i || seenBy[j] === i) continue;
          seenBy[j] = i;
          if (allows(i, j)) partners.push(j);
        }
        continue;
      }
      for (let k = partitionPoint(0, list.length, (x) => list[x]! <= i); k < list.length; k++) {
        const j = list[k]!;
        if (seenBy[j] === i) continue;
        seenBy[j] = i;
        if (allows(i, j)) partners.push(j);
      }
    }
    partners.sort((x, y) => x - y);
    for (const j of partners) visit(i, j);
  }
}

/** A term too common to propose pairs everywhere: its statements by article, and by story as asked. */
interface CommonTerm {
  groups: Map<number, number[]>;
  /** Article -> the statements of its story holding the term, or false when too many hold it. */
  holders: Map<number, number[] | false>;
}

/**
 * The statements of `i`'s story (its article and the articles of its story) holding `term`; false
 * when more than {@link STORY_POSTING} do, or `i`'s article is too short to have a story. Worked
 * out once per article.
 */
function storyHolders(term: string, list: readonly number[], i: number, stories: StoryNeighbourhood, byArticle: Map<string, CommonTerm>): readonly number[] | false {
  const article = stories.articleOf[i]!;
  let common = byArticle.get(term);
  if (!common) {
    const groups = new Map<number, number[]>();
    for (const j of list) {
      const a = stories.articleOf[j]!;
      let group = groups.get(a);
      if (!group) groups.set(a, (group = []));
      group.push(j);
    }
    byArticle.set(term, (common = { groups, holders: new Map() }));
  }
  let holders = common.holders.get(article);
  if (holders === undefined) common.holders.set(article, (holders = holdersInStory(article, common.groups, stories)));
  return holders;
}

function holdersInStory(article: number, groups: ReadonlyMap<number, number[]>, stories: StoryNeighbourhood): number[] | false {
  const neighbours = stories.neighbours(article);
  if (!neighbours) return false;
  const out: number[] = [...(groups.get(article) ?? [])];
  if (out.length > STORY_POSTING) return false;
  for (const a of neighbours) {
    const group = groups.get(a);
    if (!group) continue;
    if (out.length + group.length > STORY_POSTING) return false;
    out.push(...group);
  }
  return out;
}
