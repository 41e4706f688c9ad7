import { withRoom, withRoomKeeping } from '../text/workArray.js';
import type { IdfTable } from './idf.js';
import type { StatementProfile } from './profile.js';

/**
 * Whether two articles tell the same story, read off their vocabulary: the TF-IDF cosine of the
 * articles' signatures, their {@link SIGNATURE_TERMS} heaviest content terms (a term counts once
 * per statement that has it, sublinear, weighed with the statements' IDF). Two outlets covering
 * one event share most of their rare words (names, places, figures, the event's own nouns);
 * articles about different events share few, even when two of their sentences look alike
 * ("shares rose 5 cents to $10", "the court ruled on Monday"). Statements are only grouped across
 * articles of one story.
 *
 * Articles with fewer than {@link MIN_STATEMENTS} statements are not judged: one headline or one
 * sentence is not enough text to say what story it belongs to, so their statements pass.
 * Articles are known by an index the caller gives; an index is never reused for another article.
 */
export class StoryGate {
  /** Each article's signature as term ids in increasing order with their weights; undefined when too short to judge. */
  private readonly signatures: Array<Signature | undefined> = [];
  private readonly termIds = new Map<string, number>();
  /** Signature term id -> the articles whose signature holds it, and its weight in each. */
  private readonly postings: Array<{ articles: Int32Array<ArrayBuffer>; weights: Float64Array<ArrayBuffer>; length: number }> = [];
  /** Each article's signature norm (0 for an article too short to judge), read for every article met. */
  private norms = new Float64Array(64);
  /** Dot products of the new article's signature with each article's, summed in place (0 between uses). */
  private dots = new Float64Array(64);
  /** The articles met by the new article, in the order first met. */
  private met = new Int32Array(64);
  /** For each article, the other articles of its story (cosine at least the minimum) and their cosine. */
  private readonly storyMates: Array<Map<number, number>> = [];
  /** The article whose story is marked in `marks` (-1: none; reading an article may add to any story). */
  private marked = -1;
  /** `marks[b] === a + 1` when `b` is of the story of article `a`, the one {@link marked}. */
  private marks = new Int32Array(64);

  constructor(
    private readonly idf: IdfTable,
    private readonly minCosine: number,
  ) {}

  /**
   * Reads a new article's signature from its statements' profiles, and finds the articles of its
   * story among those already read: the cosine is summed over the signature terms they share,
   * through an index from terms to articles, so an article is compared only with articles that
   * share a term with it (a term in more than {@link MAX_SHARED} signatures is left out of the sum).
   */
  setArticle(article: number, profiles: readonly StatementProfile[]): void {
    this.marked = -1;
    if (profiles.length < MIN_STATEMENTS) {
      this.signatures[article] = undefined;
      return;
    }
    const counts = new Map<string, number>();
    for (const profile of profiles) for (const term of profile.terms.keys()) counts.set(term, (counts.get(term) ?? 0) + 1);
    const entries: Array<[number, number]> = [];
    for (const [term, count] of counts) {
      let id = this.termIds.get(term);
      if (id === undefined) this.termIds.set(term, (id = this.termIds.size));
      entries.push([id, (1 + Math.log(count)) * this.idf.weight(term)]);
    }
    // The heaviest terms say what story it is; the tail of common words adds cost, not evidence.
    entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    entries.length = Math.min(entries.length, SIGNATURE_TERMS);
    let sum = 0;
    for (const [, weight] of entries) sum += weight * weight;
    entries.sort((x, y) => x[0] - y[0]);
    const signature = { terms: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]), norm: Math.sqrt(sum) };
    this.signatures[article] = signature;
    this.norms = withRoomKeeping(this.norms, article + 1);
    this.norms[article] = signature.norm;
    // Every entry is 0 between articles: a new, larger array loses nothing.
    const dots = (this.dots = withRoom(this.dots, article + 1));
    // Articles sharing a term, in the order first met (as the cosines are summed, term by term).
    const met = (this.met = withRoom(this.met, article + 1));
    let metCount = 0;
    for (const [term, weight] of entries) {
      const list = (this.postings[term] ??= { articles: new Int32Array(4), weights: new Float64Array(4), length: 0 });
      const { articles, weights, length } = list;
      if (length <= MAX_SHARED) {
        for (let k = 0; k < length; k++) {
          const other = articles[k]!;
          if (dots[other] === 0) met[metCount++] = other;
          dots[other]! += weight * weights[k]!;
        }
      }
      list.articles = withRoomKeeping(articles, length + 1);
      list.weights = withRoomKeeping(weights, length + 1);
      list.articles[length] = article;
      list.weights[length] = weight;
      list.length++;
    }
    const mine = (this.storyMates[article] ??= new Map());
    const norms = this.norms;
    for (let m = 0; m < metCount; m++) {
      const other = met[m]!;
      const dot = dots[other]!;
      dots[other] = 0;
      const product = signature.norm * norms[other]!;
      const cosine = product === 0 ? 0 : dot / product;
      if (cosine < this.minCosine) continue;
      mine.set(other, cosine);
      (this.storyMates[other] ??= new Map()).set(article, cosine);
    }
  }

  /**
   * Whether statements of articles `a` and `b` may be grouped: the same article, an article too
   * short to judge, or articles of one story. Asked for one `a` with many `b` in a row (the
   * candidates of one statement), so `a`'s story is marked out in an array by article once, not
   * looked up in a map each time.
   */
  allows(a: number, b: number): boolean {
    if (this.minCosine <= 0 || a === b || !this.signatures[a] || !this.signatures[b]) return true;
    if (this.marked !== a) this.markStory(a);
    return this.marks[b] === a + 1;
  }

  /** Marks the articles of `a`'s story with `a + 1` in {@link marks}. */
  private markStory(a: number): void {
    // A new array is zeros, which marks no article's story.
    const marks = (this.marks = withRoomKeeping(this.marks, this.signatures.length));
    for (const other of this.storyMates[a]?.keys() ?? []) marks[other] = a + 1;
    this.marked = a;
  }

  /** The other articles of an article's story, or undefined when it is too short to judge (then every article may be). */
  neighbours(article: number): Iterable<number> | undefined {
    if (!this.signatures[article]) return undefined;
    return this.storyMates[article]?.keys() ?? [];
  }

  /** The story cosine of two articles (1 when either is too short to judge), from their signatures. */
  cosine(a: number, b: number): number {
    const x = this.signatures[a];
    const y = this.signatures[b];
    if (!x || !y) return 1;
    let dot = 0;
    for (let p = 0, q = 0; p < x.terms.length && q < y.terms.length; ) {
      const difference = x.terms[p]! - y.terms[q]!;
      if (difference === 0) dot += x.weights[p++]! * y.weights[q++]!;
      else if (difference < 0) p++;
      else q++;
    }
    return x.norm === 0 || y.norm === 0 ? 0 : dot / (x.norm * y.norm);
  }
}

interface Signature {
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
}

/**
 * A signature term shared by more articles than this adds nothing to their cosines: it is too
 * common to tell stories apart, and summing over it would cost the square of its articles.
 */
export const MAX_SHARED = 500;

/** Terms of an article's signature: its heaviest, compared between articles. */
export const SIGNATURE_TERMS = 100;

/** Statements an article needs before its vocabulary is trusted to say which story it tells. */
export const MIN_STATEMENTS = 3;
