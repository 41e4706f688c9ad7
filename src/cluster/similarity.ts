import { wordSimilarity } from '../text/wordDistance.js';
import type { StatementProfile } from './profile.js';

/** How much each signal counts, and where "the same claim" starts. */
export interface SimilarityOptions {
  /** Weights of the signals in the combined similarity; they are normalized to sum to 1. */
  weights: {
    /** TF-IDF cosine of content terms (stems, canonical entity ids, numbers). */
    lexical: number;
    /** Cosine of content-term bigrams: shared phrasing, word order. */
    phrasing: number;
    /** Jaccard overlap of the canonical places and actors named. */
    entities: number;
  };
  /** Two quotations this similar (word-level, 0..1) make two statements the same claim whatever else they say. */
  quoteMatch: number;
  /** `compare().sameClaim` is `similarity >= sameClaim`. */
  sameClaim: number;
}

/** The signals of one comparison, each 0..1 (`quote` only when both statements quote a sentence). */
export interface SimilaritySignals {
  lexical: number;
  phrasing: number;
  entities: number;
  quote?: number;
}

/**
 * Similarity of two weighed profiles: a weighted mean of the lexical, phrasing and entity
 * signals, raised to the quotation's similarity when both quote the same words nearly alike.
 *
 * @example
 * similarity(weighProfile(buildProfile(a), idf), weighProfile(buildProfile(b), idf), DEFAULT_SIMILARITY);
 * // { score: 0.71, signals: { lexical: 0.74, phrasing: 0.5, entities: 1 } }
 */
export function similarity(a: StatementProfile, b: StatementProfile, options: SimilarityOptions): { score: number; signals: SimilaritySignals } {
  const lexical = cosine(a, b);
  const phrasing = setCosine(a.bigrams, b.bigrams);
  const entities = a.entities.size > 0 && b.entities.size > 0 ? jaccard(a.entities, b.entities) : lexical;
  const signals: SimilaritySignals = { lexical, phrasing, entities };
  const w = options.weights;
  const total = w.lexical + w.phrasing + w.entities;
  let score = total > 0 ? (w.lexical * lexical + w.phrasing * phrasing + w.entities * entities) / total : lexical;
  if (a.quotes.length > 0 && b.quotes.length > 0) {
    let best = 0;
    for (const qa of a.quotes) for (const qb of b.quotes) best = Math.max(best, wordSimilarity(qa, qb));
    signals.quote = best;
    if (best >= options.quoteMatch) score = Math.max(score, best);
  }
  return { score: Math.min(1, Math.max(0, score)), signals };
}

function cosine(a: StatementProfile, b: StatementProfile): number {
  if (!a.vector || !b.vector || !a.norm || !b.norm) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot / (a.norm * b.norm);
}

function setCosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
