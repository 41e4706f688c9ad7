import type { AliasDefinition } from './extract/aliases.js';
import type { Certainty } from './extract/certainty.js';
import type { Extractor } from './extract/extractor.js';
import type { IdfTable } from './cluster/idf.js';
import type { SimilarityOptions } from './cluster/similarity.js';

/** Words the caller adds to crosscheck's lexicon (see `src/lexicon/`). */
export interface LexiconOptions {
  /**
   * Extra reporting verbs (base form), with the certainty they give a claim, or a list of verbs
   * that report neutrally: `{ tweeted: 'reported', insinuate: 'hedged' }` or `['tweet', 'blog']`.
   */
  reportingVerbs?: Readonly<Record<string, Certainty>> | readonly string[];
  /** Extra hedging words ("purportedly"): a claim holding one is `hedged`. */
  hedges?: readonly string[];
}

/** Options of {@link extractStatements} (and of the extraction stage of `analyze`). */
export interface ExtractOptions {
  /** Extra or overriding names: `{ Pyongyang: 'North Korea', ISSG: 'International Syria Support Group' }`. */
  aliases?: Readonly<Record<string, AliasDefinition>>;
  /** Extra lexicon entries. */
  lexicon?: LexiconOptions;
  /**
   * The fact extractors to run, or a function editing the default list
   * (`(defaults) => [...defaults, myExtractor]`).
   */
  extractors?: readonly Extractor[] | ((defaults: readonly Extractor[]) => readonly Extractor[]);
  /** Publication date for articles that carry none (relative times resolve against it). */
  published?: string | Date;
}

/**
 * Default similarity weights and thresholds.
 * TODO(calibration): calibrated on MRPC train and STS-B dev; see `npm run eval -- clusters`.
 */
export const DEFAULT_SIMILARITY: SimilarityOptions = {
  weights: { lexical: 0.6, phrasing: 0.2, entities: 0.2 },
  quoteMatch: 0.6,
  sameClaim: 0.4,
};

/** Options of {@link compare}. */
export interface CompareOptions extends ExtractOptions {
  /** Term weights from a collection of texts (see `IdfTable`); by default the two statements themselves. */
  idf?: IdfTable;
  similarity?: Partial<SimilarityOptions>;
}
