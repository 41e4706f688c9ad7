import type { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import { tfIdfClass } from '../text/natural.js';

/**
 * Inverse document frequency of terms, from natural's `TfIdf` fed with the analyzed articles (one
 * document per article), so words every outlet uses weigh less than words only some use.
 * natural's formula is `1 + ln(N / (1 + df))`.
 *
 * With fewer than {@link MIN_DOCUMENTS} documents the counts say little (two articles share
 * most words by chance), so weights blend towards 1: below that size similarity is plain
 * overlap of content words, stopwords removed.
 */
export class IdfTable {
  private readonly tfidf: TfIdf;
  private readonly cache = new Map<string, number>();
  private documentCount = 0;

  constructor() {
    const TfIdfClass = tfIdfClass();
    this.tfidf = new TfIdfClass();
  }

  /**
   * Builds a table from documents given as lists of terms.
   *
   * @example
   * const idf = IdfTable.fromDocuments([['talk', 'geneva'], ['talk', 'vienna']]);
   * idf.weight('geneva') > idf.weight('talk'); // true
   */
  static fromDocuments(documents: Iterable<readonly string[]>): IdfTable {
    const table = new IdfTable();
    for (const terms of documents) table.add(terms);
    return table;
  }

  /** Adds one document (its terms; repetitions do not matter for IDF). */
  add(terms: readonly string[]): void {
    // Prefixed so that no term can collide with an object property in natural's term maps.
    this.tfidf.addDocument([...new Set(terms)].map((t) => `t:${t}`));
    this.documentCount++;
    this.cache.clear();
  }

  /** Number of documents seen. */
  get size(): number {
    return this.documentCount;
  }

  /** The weight of a term: natural's IDF, blended towards 1 for tiny collections. */
  weight(term: string): number {
    let weight = this.cache.get(term);
    if (weight === undefined) {
      const n = this.documentCount;
      const idf = n === 0 ? 1 : this.tfidf.idf(`t:${term}`);
      const trust = Math.min(1, n / MIN_DOCUMENTS);
      weight = trust * idf + (1 - trust) * 1;
      this.cache.set(term, weight);
    }
    return weight;
  }
}

/** Document count from which IDF is trusted fully. */
export const MIN_DOCUMENTS = 5;
