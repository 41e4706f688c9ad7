import { partitionPoint } from '../text/partitionPoint.js';
import { withRoomKeeping } from '../text/workArray.js';
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
  const { termStart, termList, postingStart, postingList } = termIndex(profiles);
  const holders = (term: number) => postingStart[term + 1]! - postingStart[term]!;
  const common = (term: number) => holders(term) > options.maxPosting;
  const inStory = stories && new StoryTerms(termStart, termList, stories, common);
  // For each statement, the later statements sharing one of its rare terms, each listed once:
  // `seenBy[j] === i` marks j as already proposed for i (no set of all pairs is kept).
  const seenBy = new Int32Array(n).fill(-1);
  // The partners of statement i, in `partners` up to `partnerCount` (sorted as plain numbers, no comparator).
  let partners = new Int32Array(64);
  let partnerCount = 0;
  let i = 0;
  // Proposes j (> i) as a partner of i, once.
  const propose = (j: number) => {
    if (seenBy[j] === i) return;
    seenBy[j] = i;
    if (!allows(i, j)) return;
    partners = withRoomKeeping(partners, partnerCount + 1);
    partners[partnerCount++] = j;
  };
  for (; i < n; i++) {
    partnerCount = 0;
    for (let t = termStart[i]!; t < termStart[i + 1]!; t++) {
      const term = termList[t]!;
      if (holders(term) < 2) continue;
      if (common(term)) {
        inStory?.eachHolder(i, term, (j) => j > i && propose(j));
        continue;
      }
      const end = postingStart[term + 1]!;
      for (let k = partitionPoint(postingStart[term]!, end, (x) => postingList[x]! <= i); k < end; k++) propose(postingList[k]!);
    }
    const sorted = partners.subarray(0, partnerCount).sort();
    for (let k = 0; k < sorted.length; k++) visit(i, sorted[k]!);
  }
}

/**
 * The statements' content terms as numbers, each statement's in one run of `termList`
 * (`termStart[i]` to `termStart[i + 1]`), and the inverted index: the statements holding each
 * term, in increasing order, in one run of `postingList`. Statements sharing a profile (copies)
 * read its terms once.
 */
function termIndex(profiles: readonly StatementProfile[]): { termStart: Int32Array; termList: Int32Array; postingStart: Int32Array; postingList: Int32Array } {
  const n = profiles.length;
  const ids = new Map<string, number>();
  const firstWith = new Map<StatementProfile, number>();
  const termStart = new Int32Array(n + 1);
  let termList = new Int32Array(Math.max(16, n * 8));
  let length = 0;
  for (let i = 0; i < n; i++) {
    const profile = profiles[i]!;
    const first = firstWith.get(profile);
    const size = first === undefined ? profile.terms.size : termStart[first + 1]! - termStart[first]!;
    termList = withRoomKeeping(termList, length + size);
    if (first === undefined) {
      firstWith.set(profile, i);
      for (const term of profile.terms.keys()) {
        let id = ids.get(term);
        if (id === undefined) ids.set(term, (id = ids.size));
        termList[length++] = id;
      }
    } else {
      termList.copyWithin(length, termStart[first]!, termStart[first + 1]!);
      length += size;
    }
    termStart[i + 1] = length;
  }
  // Counting sort of (term, statement) by term: statements stay in increasing order within a term.
  const postingStart = new Int32Array(ids.size + 1);
  for (let t = 0; t < length; t++) postingStart[termList[t]! + 1]!++;
  for (let term = 0; term < ids.size; term++) postingStart[term + 1]! += postingStart[term]!;
  const next = postingStart.slice(0, ids.size);
  const postingList = new Int32Array(length);
  for (let i = 0; i < n; i++) for (let t = termStart[i]!; t < termStart[i + 1]!; t++) postingList[next[termList[t]!]!++] = i;
  return { termStart, termList: termList.subarray(0, length), postingStart, postingList };
}

/**
 * The holders of common terms within one story: for the article being visited, the statements
 * of that article and of the other articles of its story, by term, for each common term the
 * article holds. Worked out once per article (statements come in article order) by walking the
 * story's statements, not each term's whole posting list; a term more than
 * {@link STORY_POSTING} of them hold, or every term of an article too short to have a story,
 * has no holders.
 */
class StoryTerms {
  private article = -1;
  /** Statement range of each article. */
  private readonly articleStart: Int32Array;
  /** For each term, the article it was last counted for, its holders there, and the head of their chain. */
  private readonly countedFor: Int32Array;
  private readonly count: Int32Array;
  private readonly head: Int32Array;
  /** The chains: a holder statement and the next link, per link. */
  private holder = new Int32Array(64);
  private nextLink = new Int32Array(64);

  /** Each statement's common terms alone, in one run of `termList` each (`termStart[i]` to `termStart[i + 1]`): the only ones read. */
  private readonly termStart: Int32Array;
  private readonly termList: Int32Array;

  constructor(
    allTermStart: Int32Array,
    allTermList: Int32Array,
    private readonly stories: StoryNeighbourhood,
    common: (term: number) => boolean,
  ) {
    const statements = allTermStart.length - 1;
    // The story's statements are walked for every article of it: their rare terms, never counted, are left out once here.
    this.termStart = new Int32Array(statements + 1);
    // How many common terms there are, and the highest term number among them (plus one).
    let kept = 0;
    let terms = 0;
    for (let t = 0; t < allTermList.length; t++) {
      const term = allTermList[t]!;
      if (!common(term)) continue;
      kept++;
      if (term >= terms) terms = term + 1;
    }
    this.termList = new Int32Array(kept);
    kept = 0;
    for (let i = 0; i < statements; i++) {
      for (let t = allTermStart[i]!; t < allTermStart[i + 1]!; t++) if (common(allTermList[t]!)) this.termList[kept++] = allTermList[t]!;
      this.termStart[i + 1] = kept;
    }
    const { articleOf } = stories;
    const articles = statements === 0 ? 0 : articleOf[statements - 1]! + 1;
    this.articleStart = new Int32Array(articles + 1);
    for (let i = 0; i < statements; i++) this.articleStart[articleOf[i]! + 1]!++;
    for (let a = 0; a < articles; a++) this.articleStart[a + 1]! += this.articleStart[a]!;
    this.countedFor = new Int32Array(terms).fill(-1);
    this.count = new Int32Array(terms);
    this.head = new Int32Array(terms);
  }

  /** Calls `visit` with each statement of `i`'s story holding `term`, unless too many do. */
  eachHolder(i: number, term: number, visit: (j: number) => void): void {
    const article = this.stories.articleOf[i]!;
    if (article !== this.article) this.read(article);
    if (this.countedFor[term] !== article || this.count[term]! > STORY_POSTING) return;
    for (let link = this.head[term]!; link >= 0; link = this.nextLink[link]!) visit(this.holder[link]!);
  }

  private read(article: number): void {
    this.article = article;
    const neighbours = this.stories.neighbours(article);
    if (!neighbours) return;
    const { termStart, termList, countedFor, count, head, articleStart } = this;
    for (let t = termStart[articleStart[article]!]!; t < termStart[articleStart[article + 1]!]!; t++) {
      const term = termList[t]!;
      if (countedFor[term] === article) continue;
      countedFor[term] = article;
      count[term] = 0;
      head[term] = -1;
    }
    let links = 0;
    const take = (a: number) => {
      for (let j = articleStart[a]!; j < articleStart[a + 1]!; j++) {
        for (let t = termStart[j]!; t < termStart[j + 1]!; t++) {
          const term = termList[t]!;
          if (countedFor[term] !== article || ++count[term]! > STORY_POSTING) continue;
          this.holder = withRoomKeeping(this.holder, links + 1);
          this.nextLink = withRoomKeeping(this.nextLink, links + 1);
          this.holder[links] = j;
          this.nextLink[links] = head[term]!;
          head[term] = links++;
        }
      }
    };
    take(article);
    for (const a of neighbours) take(a);
  }
}
