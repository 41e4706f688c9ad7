import type { IdfTable } from './idf.js';
import type { StatementProfile } from './profile.js';

/**
 * Whether two articles tell the same story, read off their whole vocabulary: the TF-IDF cosine of
 * the articles' content terms (a term counts once per statement that has it, sublinear, weighed
 * with the statements' IDF). Two outlets covering one event share most of their rare words
 * (names, places, figures, the event's own nouns); articles about different events share few,
 * even when two of their sentences look alike ("shares rose 5 cents to $10", "the court ruled on
 * Monday"). Statements are only grouped across articles of one story.
 *
 * Articles with fewer than {@link MIN_STATEMENTS} statements are not judged: one headline or one
 * sentence is not enough text to say what story it belongs to, so their statements pass.
 */
export class StoryGate {
  /** Each article's vector as term ids in increasing order with their weights (a merge join is the dot product), or undefined when too short to judge. */
  private readonly vectors: Array<{ terms: Int32Array; weights: Float64Array; norm: number } | undefined>;
  private readonly cosines = new Map<number, number>();

  /**
   * @param articleOf the article index of each profile's statement.
   * @param articles how many articles there are.
   */
  constructor(
    profiles: readonly StatementProfile[],
    private readonly articleOf: readonly number[],
    private readonly articles: number,
    idf: IdfTable,
    private readonly minCosine: number,
  ) {
    const counts: Array<Map<string, number> | undefined> = new Array(articles);
    const statements = new Array<number>(articles).fill(0);
    profiles.forEach((profile, i) => {
      const article = articleOf[i]!;
      statements[article]!++;
      const terms = (counts[article] ??= new Map());
      for (const term of profile.terms.keys()) terms.set(term, (terms.get(term) ?? 0) + 1);
    });
    const termIds = new Map<string, number>();
    this.vectors = counts.map((terms, article) => {
      if (!terms || statements[article]! < MIN_STATEMENTS) return undefined;
      const entries: Array<[number, number]> = [];
      let sum = 0;
      for (const [term, count] of terms) {
        let id = termIds.get(term);
        if (id === undefined) termIds.set(term, (id = termIds.size));
        const weight = (1 + Math.log(count)) * idf.weight(term);
        entries.push([id, weight]);
        sum += weight * weight;
      }
      // The heaviest terms say what story it is; the tail of common words adds cost, not evidence.
      entries.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      entries.length = Math.min(entries.length, SIGNATURE_TERMS);
      sum = 0;
      for (const [, weight] of entries) sum += weight * weight;
      entries.sort((x, y) => x[0] - y[0]);
      return { terms: Int32Array.from(entries, (e) => e[0]), weights: Float64Array.from(entries, (e) => e[1]), norm: Math.sqrt(sum) };
    });
  }

  /** Whether statements `i` and `j` (profile indices) may be grouped: same article, an article too short to judge, or articles of one story. */
  allows(i: number, j: number): boolean {
    if (this.minCosine <= 0) return true;
    const a = this.articleOf[i]!;
    const b = this.articleOf[j]!;
    if (a === b) return true;
    return this.cosine(a, b) >= this.minCosine;
  }

  /** The story cosine of two articles (1 when either is too short to judge), computed once per pair. */
  cosine(a: number, b: number): number {
    const x = this.vectors[a];
    const y = this.vectors[b];
    if (!x || !y) return 1;
    const key = a < b ? a * this.articles + b : b * this.articles + a;
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

/** Terms of an article's signature: its heaviest, compared between articles. */
export const SIGNATURE_TERMS = 100;

/** Statements an article needs before its vocabulary is trusted to say which story it tells. */
export const MIN_STATEMENTS = 3;
