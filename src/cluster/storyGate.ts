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
  /** Each article's signature as term ids in increasing order with their weights (a merge join is the dot product); undefined when too short to judge. */
  private readonly signatures: Array<Signature | undefined> = [];
  private readonly cosines = new Map<number, number>();
  private readonly termIds = new Map<string, number>();

  constructor(
    private readonly idf: IdfTable,
    private readonly minCosine: number,
  ) {}

  /**
   * The gate over a list of statements' profiles, `articleOf[i]` being the article index of
   * profile `i`.
   */
  static of(profiles: readonly StatementProfile[], articleOf: readonly number[], idf: IdfTable, minCosine: number): StoryGate {
    const gate = new StoryGate(idf, minCosine);
    const byArticle: StatementProfile[][] = [];
    profiles.forEach((profile, i) => (byArticle[articleOf[i]!] ??= []).push(profile));
    byArticle.forEach((members, article) => gate.setArticle(article, members));
    return gate;
  }

  /** Reads article `article`'s signature from its statements' profiles. */
  setArticle(article: number, profiles: readonly StatementProfile[]): void {
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
    this.signatures[article] = { terms: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]), norm: Math.sqrt(sum) };
  }

  /** Whether statements of articles `a` and `b` may be grouped: the same article, an article too short to judge, or articles of one story. */
  allows(a: number, b: number): boolean {
    if (this.minCosine <= 0 || a === b) return true;
    return this.cosine(a, b) >= this.minCosine;
  }

  /** The story cosine of two articles (1 when either is too short to judge), computed once per pair. */
  cosine(a: number, b: number): number {
    const x = this.signatures[a];
    const y = this.signatures[b];
    if (!x || !y) return 1;
    const key = a < b ? a * PAIR_KEY + b : b * PAIR_KEY + a;
    let cosine = this.cosines.get(key);
    if (cosine === undefined) {
      let dot = 0;
      for (let p = 0, q = 0; p < x.terms.length && q < y.terms.length; ) {
        const difference = x.terms[p]! - y.terms[q]!;
        if (difference === 0) dot += x.weights[p++]! * y.weights[q++]!;
        else if (difference < 0) p++;
        else q++;
      }
      cosine = x.norm === 0 || y.norm === 0 ? 0 : dot / (x.norm * y.norm);
      this.cosines.set(key, cosine);
    }
    return cosine;
  }
}

interface Signature {
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** Article indices stay below this, so that `a * PAIR_KEY + b` is a safe integer key. */
const PAIR_KEY = 2 ** 26;

/** Terms of an article's signature: its heaviest, compared between articles. */
export const SIGNATURE_TERMS = 100;

/** Statements an article needs before its vocabulary is trusted to say which story it tells. */
export const MIN_STATEMENTS = 3;
