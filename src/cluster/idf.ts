/**
 * Inverse document frequency of terms: words many documents use weigh less than words few use.
 * The formula is natural's TfIdf one, `1 + ln(N / (1 + df))`, but the document frequencies are
 * counted here in one pass: natural's `TfIdf.idf` scans every document for every term
 * (O(documents × terms)), minutes for a day's news at statement level.
 *
 * With fewer than `MIN_DOCUMENTS` (5) documents the counts say little, so weights blend
 * towards 1: similarity on tiny inputs is plain overlap of content words, stopwords removed.
 */
export class IdfTable {
  private readonly documentFrequency = new Map<string, number>();
  private readonly cache = new Map<string, number>();
  private documentCount = 0;

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

  /**
   * Adds one document (its terms; repetitions within it do not matter), or `copies` documents
   * with these same terms (a sentence several outlets reprint).
   */
  add(terms: readonly string[], copies = 1): void {
    if (!Number.isInteger(copies) || copies < 1) throw new RangeError(`IdfTable.add: copies must be a whole number of at least 1, got ${copies}`);
    for (const term of new Set(terms)) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + copies);
    this.documentCount += copies;
    this.cache.clear();
  }

  /** Number of documents seen. */
  get size(): number {
    return this.documentCount;
  }

  /** The weight of a term: its IDF, blended towards 1 for tiny collections. */
  weight(term: string): number {
    let weight = this.cache.get(term);
    if (weight === undefined) {
      const n = this.documentCount;
      const idf = n === 0 ? 1 : 1 + Math.log(n / (1 + (this.documentFrequency.get(term) ?? 0)));
      const trust = Math.min(1, n / MIN_DOCUMENTS);
      weight = Math.max(0.05, trust * idf + (1 - trust));
      this.cache.set(term, weight);
    }
    return weight;
  }
}

/** Document count from which IDF is trusted fully. */
export const MIN_DOCUMENTS = 5;
