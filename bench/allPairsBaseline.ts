import { tfIdfClass } from '../src/text/natural.js';

/** Time and output of the all-pairs baseline on one set of statements. */
export interface AllPairsTiming {
  statements: number;
  pairs: number;
  /** Pairs at or above the cosine threshold (what a naive grouping would link). */
  similarPairs: number;
  /** Building natural's TF-IDF table and one unit vector per statement (linear in the statements). */
  buildSeconds: number;
  /** Scoring every pair (quadratic). */
  pairSeconds: number;
  seconds: number;
}

/**
 * The naive way to find statements that report the same thing: natural's `TfIdf` over all the
 * statements (its tokenizer and stop words), then the cosine of every pair, n(n-1)/2 of them,
 * each a merge of two sorted sparse vectors. A pair at or above `threshold` counts as similar.
 *
 * @example
 * allPairsTfIdf(report.statements.map((s) => s.text)).seconds;
 */
export function allPairsTfIdf(texts: readonly string[], threshold = 0.5): AllPairsTiming {
  let started = performance.now();
  const TfIdf = tfIdfClass();
  const table = new TfIdf();
  for (const text of texts) table.addDocument(text);
  const termIds = new Map<string, number>();
  const vectors = texts.map((_, d) => {
    const terms = table.listTerms(d).map((t) => {
      let id = termIds.get(t.term);
      if (id === undefined) termIds.set(t.term, (id = termIds.size));
      return { id, weight: t.tfidf };
    });
    terms.sort((x, y) => x.id - y.id);
    const norm = Math.sqrt(terms.reduce((sum, t) => sum + t.weight * t.weight, 0)) || 1;
    return { ids: Int32Array.from(terms, (t) => t.id), weights: Float64Array.from(terms, (t) => t.weight / norm) };
  });
  const buildSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  let similarPairs = 0;
  for (let x = 0; x < vectors.length; x++) {
    const a = vectors[x]!;
    for (let y = x + 1; y < vectors.length; y++) {
      const b = vectors[y]!;
      let i = 0;
      let j = 0;
      let dot = 0;
      while (i < a.ids.length && j < b.ids.length) {
        const ia = a.ids[i]!;
        const ib = b.ids[j]!;
        if (ia === ib) dot += a.weights[i++]! * b.weights[j++]!;
        else if (ia < ib) i++;
        else j++;
      }
      if (dot >= threshold) similarPairs++;
    }
  }
  const pairSeconds = (performance.now() - started) / 1000;
  const n = texts.length;
  return { statements: n, pairs: (n * (n - 1)) / 2, similarPairs, buildSeconds, pairSeconds, seconds: buildSeconds + pairSeconds };
}

/**
 * The baseline's time for `statements`, extrapolated from a measured run: the build part grows
 * linearly, the pair part with the number of pairs. An estimate, to be labelled as one.
 *
 * @example
 * extrapolateAllPairs(measuredAt1000Articles, 300_000); // seconds
 */
export function extrapolateAllPairs(measured: AllPairsTiming, statements: number): number {
  const pairs = (statements * (statements - 1)) / 2;
  return measured.buildSeconds * (statements / measured.statements) + measured.pairSeconds * (pairs / measured.pairs);
}
