import { withRoom, withRoomKeeping } from '../text/workArray.js';
import type { IdfTable } from './idf.js';

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

  /** Work arrays of {@link setArticle}: statements holding each term (0 between articles), the terms met, their weights. */
  private counts = new Int32Array(1024);
  private termsMet = new Int32Array(256);
  private termWeights = new Float64Array(256);
  /** The weight of each term met in the article being read (stale values elsewhere). */
  private weightOf = new Float64Array(1024);
  /** The IDF weight of each term number, worked out once (`idfKnown[term] === idfStamp`) while the table holds as many documents. */
  private idfWeights = new Float64Array(1024);
  private idfKnown = new Int32Array(1024);
  private idfStamp = 0;
  private idfDocuments = -1;

  /**
   * @param termOf the term of a term number (see {@link setArticle}).
   */
  constructor(
    private readonly idf: IdfTable,
    private readonly minCosine: number,
    private readonly termOf: (id: number) => string,
  ) {}

  /** The IDF weight of term number `term`. */
  private idfOf(term: number): number {
    if (this.idf.size !== this.idfDocuments) {
      // The table has grown (an analyzer adding articles): every weight is worked out again.
      this.idfDocuments = this.idf.size;
      this.idfStamp++;
    }
    this.idfKnown = withRoomKeeping(this.idfKnown, term + 1);
    this.idfWeights = withRoomKeeping(this.idfWeights, term + 1);
    if (this.idfKnown[term] !== this.idfStamp) {
      this.idfKnown[term] = this.idfStamp;
      this.idfWeights[term] = this.idf.weight(this.termOf(term));
    }
    return this.idfWeights[term]!;
  }

  /**
   * Reads a new article's signature from its statements' content terms (each statement's terms as
   * numbers, as {@link ContentVectors} numbers them: `termOf` gives a number's term), and finds
   * the articles of its story among those already read: the cosine is summed over the signature
   * terms they share, through an index from terms to articles, so an article is compared only with
   * articles that share a term with it (a term in more than {@link MAX_SHARED} signatures is left
   * out of the sum).
   */
  setArticle(article: number, statementTerms: ReadonlyArray<ArrayLike<number>>): void {
    this.marked = -1;
    if (statementTerms.length < MIN_STATEMENTS) {
      this.signatures[article] = undefined;
      return;
    }
    // How many statements hold each term, counted in place (0 between articles); the terms in the order first met.
    let distinct = 0;
    for (const terms of statementTerms) {
      for (let k = 0; k < terms.length; k++) {
        const term = terms[k]!;
        this.counts = withRoomKeeping(this.counts, term + 1);
        if (this.counts[term]!++ === 0) {
          this.termsMet = withRoomKeeping(this.termsMet, distinct + 1);
          this.termsMet[distinct++] = term;
        }
      }
    }
    const { counts, termsMet } = this;
    const weightOf = (this.weightOf = withRoomKeeping(this.weightOf, this.counts.length));
    const termWeights = (this.termWeights = withRoom(this.termWeights, distinct));
    for (let k = 0; k < distinct; k++) {
      const term = termsMet[k]!;
      termWeights[k] = weightOf[term] = (1 + Math.log(counts[term]!)) * this.idfOf(term);
      counts[term] = 0;
    }
    const signature = this.signature(distinct);
    this.signatures[article] = signature;
    this.norms = withRoomKeeping(this.norms, article + 1);
    this.norms[article] = signature.norm;
    // Every entry is 0 between articles: a new, larger array loses nothing.
    const dots = (this.dots = withRoom(this.dots, article + 1));
    // Articles sharing a term, in the order first met (as the cosines are summed, term by term).
    const met = (this.met = withRoom(this.met, article + 1));
    let metCount = 0;
    for (let k = 0; k < signature.terms.length; k++) {
      const term = signature.terms[k]!;
      const weight = signature.weights[k]!;
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
   * The signature of the article just counted: of its `distinct` terms (`termsMet`, their weights
   * in `termWeights` and `weightOf`), the {@link SIGNATURE_TERMS} heaviest, the lower term number
   * first among equal weights, in order of term number. Sorted as plain numbers (no comparator):
   * the weights to find the lightest kept, then the kept terms' numbers. The norm is summed from
   * the heaviest down.
   */
  private signature(distinct: number): Signature {
    const { termsMet, weightOf } = this;
    const weights = this.termWeights.subarray(0, distinct);
    // The heaviest terms say what story it is; the tail of common words adds cost, not evidence.
    const kept = Math.min(distinct, SIGNATURE_TERMS);
    const sorted = Float64Array.from(weights).sort();
    const lightest = sorted[distinct - kept]!;
    let sum = 0;
    for (let k = distinct - 1; k >= distinct - kept; k--) sum += sorted[k]! * sorted[k]!;
    // Of the terms as light as the lightest kept, as many as there is room for, the lower numbers first.
    let heavier = 0;
    for (let k = 0; k < distinct; k++) if (weights[k]! > lightest) heavier++;
    const ties: number[] = [];
    const terms = new Int32Array(kept);
    let count = 0;
    for (let k = 0; k < distinct; k++) {
      if (weights[k]! > lightest) terms[count++] = termsMet[k]!;
      else if (weights[k] === lightest) ties.push(termsMet[k]!);
    }
    if (ties.length > kept - heavier) ties.sort((x, y) => x - y);
    for (let k = 0; count < kept; k++) terms[count++] = ties[k]!;
    terms.sort();
    const signatureWeights = new Float64Array(kept);
    for (let k = 0; k < kept; k++) signatureWeights[k] = weightOf[terms[k]!]!;
    return { terms, weights: signatureWeights, norm: Math.sqrt(sum) };
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
