import type { AliasDefinition } from './extract/aliases.js';
import type { Certainty } from './extract/certainty.js';
import type { Extractor } from './extract/extractor.js';
import type { IdfTable } from './cluster/idf.js';
import type { SimilarityOptions, SimilarityWeights } from './cluster/similarity.js';
import type { ClusterOptions } from './cluster/cluster.js';
import type { Detector } from './compare/detector.js';
import type { StageStats } from './report/report.js';
import type { CrosscheckInputError } from './errors.js';

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
  /**
   * Largest article `text` (and `title`) read, in UTF-8 bytes; default
   * {@link DEFAULT_LIMITS}`.maxArticleBytes` (5,000,000). A larger one is a `LIMIT_EXCEEDED`
   * error (skipped with a warning under `onInvalid: 'skip'`). `compare` holds its two strings to it.
   */
  maxArticleBytes?: number;
}

/**
 * Limits on the input, past which crosscheck refuses it rather than run for minutes or exhaust memory.
 *
 * @example
 * const limits: InputLimits = { maxArticles: 500, maxArticleBytes: 200_000 };
 * analyze(articles, limits);
 */
export interface InputLimits {
  /** Most articles one `analyze` call reads. */
  maxArticles: number;
  /** Largest `text` (or `title`) of one article, in UTF-8 bytes. */
  maxArticleBytes: number;
}

/**
 * Default limits: ceilings on mistakes, not sizes crosscheck is quick at. A long news article is
 * some 50 kB of text, so 5 MB only stops what is not an article (a book, a binary file read as
 * text, a site's dump). `analyze` takes about 7 s on 1,000 articles of 3-4 kB and 44-63 s on
 * 10,000 on two cores (`npm run bench -- stories`), so 20,000 articles take minutes.
 *
 * @example
 * analyze(articles, { maxArticles: DEFAULT_LIMITS.maxArticles * 2 });
 */
export const DEFAULT_LIMITS: InputLimits = {
  maxArticles: 20_000,
  maxArticleBytes: 5_000_000,
};

/**
 * Default similarity weights and thresholds. The weights of the logistic model were fitted by
 * `eval/calibrate.ts` on MRPC train (paraphrase pairs) with STS-B train as graded soft labels
 * (weighing 0.3 each); the signals are correlated, so single weights (some negative) are not
 * meaningful alone, only their sum. Measured: MRPC train 5-fold CV accuracy 0.760, F1 0.836
 * at `sameClaim` 0.5; STS-B dev (never used for fitting) Spearman 0.742. Since the fit, synonyms of
 * three-letter words ("aim" / "target") match in the soft cosine; with these weights STS-B dev
 * Spearman is 0.745, MRPC train accuracy 0.763 and F1 0.838 (a refit gave 0.748, 0.763, 0.837).
 */
export const DEFAULT_SIMILARITY: SimilarityOptions = {
  weights: {
    bias: -3.965,
    lexical: -0.438,
    soft: 1.701,
    phrasing: -1.107,
    entities: -0.037,
    numbersShared: -0.2,
    numbersConflict: -0.49,
    lengthRatio: -1.045,
    coverageMin: 2.521,
    coverageMax: 0.06,
    unshared: 0.116,
    wording: 0.789,
    ngram1Min: 3.023,
    ngram1Max: 0.795,
    ngram2Min: 0.512,
    ngram2Max: -0.797,
    ngram3Min: -0.772,
    ngram3Max: -1.469,
    ngram4Min: 0.352,
    ngram4Max: -0.217,
    wordEdit: -0.589,
    charEdit: 2.908,
    lengthAgreement: 0.539,
    timesShared: 3.752,
    quantitiesShared: 0.232,
    action: 0.333,
    namesNotAction: -0.055,
  },
  quoteMatch: 0.6,
  sameClaim: 0.5,
};

/** Changes to the similarity settings: any weight or threshold, the others keep their defaults. */
export type SimilarityOverrides = Partial<Omit<SimilarityOptions, 'weights'>> & { weights?: Partial<SimilarityWeights> };

/** Options of {@link compare}. */
export interface CompareOptions extends ExtractOptions {
  /** Term weights from a collection of texts (see `IdfTable`); by default the two statements themselves. */
  idf?: IdfTable;
  similarity?: SimilarityOverrides;
  /** The divergence detectors, or a function editing the default list. */
  detectors?: readonly Detector[] | ((defaults: readonly Detector[]) => readonly Detector[]);
}

/**
 * Default clustering. The grouping weights were fitted by `eval/calibrate.ts` on the same-claim
 * pairs of Emergent dev (claims and their headlines, candidate pairs only, L2 0.05). The
 * threshold trades Emergent against single-story precision: on Emergent dev B-cubed F1 is 0.867
 * at 0.15 and 0.2, 0.854 at 0.25 and 0.832 at 0.3; on the seed story, lower thresholds merge
 * statements about one subject that claim different things (seed pairwise precision 0.34 at
 * 0.15, 0.50 at 0.2, 0.63 at 0.25 and 0.3). 0.25 keeps the seed story's clusters apart
 * enough for divergences to be precise. `minPairSimilarity` 0.45 was read off the seed
 * divergences (pairs of a cluster below it say different things). `minContentCosine` 0.1:
 * seed pairwise precision 0.50 at 0 and 0.05, 0.63 at 0.1 and 0.15; Emergent dev B-cubed F1
 * 0.854 at 0, 0.853 at 0.05, 0.854 at 0.1, 0.840 at 0.15. `minStoryCosine` 0.1: the seed articles (one event,
 * five outlets) are 0.17-0.27 apart; on the stories benchmark (149 generated stories, 1,000
 * articles) articles of one story are 0.4-0.95 apart and 99.9% of pairs of articles of different
 * stories below 0.1; at 1,000 articles the gate cut candidate pairs from 2.24 M to 0.10 M and
 * lifted precision from 0.22 to 0.72, recall unchanged. Since the fit, synonyms of three-letter
 * words match in the soft cosine: Emergent dev B-cubed F1 0.856 at 0.25 with these weights, 0.852
 * with weights refitted on it (seed figures the same either way), so these were kept.
 */
export const DEFAULT_CLUSTERING: ClusterOptions = {
  weights: {
    bias: -3.959,
    lexical: 1.997,
    soft: 2.137,
    phrasing: -1.657,
    entities: 1.196,
    numbersShared: 0.224,
    numbersConflict: -0.371,
    lengthRatio: -0.394,
    coverageMin: 2.103,
    coverageMax: 2.142,
    unshared: -0.519,
    wording: -1.096,
    ngram1Min: 1.688,
    ngram1Max: 1.794,
    ngram2Min: 0.067,
    ngram2Max: 0.643,
    ngram3Min: -1.079,
    ngram3Max: -0.059,
    ngram4Min: -1.907,
    ngram4Max: -0.755,
    wordEdit: 0.253,
    charEdit: 1.273,
    lengthAgreement: -0.14,
    timesShared: 1.163,
    quantitiesShared: 0.509,
    action: -0.079,
    namesNotAction: -0.141,
  },
  threshold: 0.25,
  minArticles: 2,
  minPairSimilarity: 0.45,
  allPairsBelow: 300,
  maxPosting: 100,
  minContentCosine: 0.1,
  minStoryCosine: 0.1,
};

/** Options of {@link analyze}. */
export interface AnalyzeOptions extends ExtractOptions {
  similarity?: SimilarityOverrides;
  clustering?: Partial<Omit<ClusterOptions, 'weights'>> & { weights?: Partial<SimilarityWeights> };
  /** The divergence detectors, or a function editing the default list (`(d) => [...d, mine]`). */
  detectors?: readonly Detector[] | ((defaults: readonly Detector[]) => readonly Detector[]);
  /** Report only these kinds of divergence. */
  kinds?: readonly string[];
  /** Report only divergences scoring at least this (0..1). */
  minScore?: number;
  /** Called after each stage, for progress displays (crosscheck itself never prints). */
  onProgress?: (event: StageStats) => void;
  /**
   * What to do with an article that fails validation (no id, a duplicate id, a text that is not a
   * string, a date that does not parse, a text over `maxArticleBytes`): `'throw'` (the default) a
   * {@link CrosscheckInputError}; `'skip'` it and say why in `report.warnings`. A skipped article
   * changes nothing in the report of the others. Of two articles with one id, the later one is
   * skipped. Bad options, and too many articles, always throw.
   */
  onInvalid?: 'throw' | 'skip';
  /**
   * Most articles read; default {@link DEFAULT_LIMITS}`.maxArticles` (20,000). More is a
   * `LIMIT_EXCEEDED` error, whatever `onInvalid` says.
   */
  maxArticles?: number;
  /**
   * Threads that extract statements, the calling one included: `'auto'` (the default) uses every
   * core once the articles hold about two megabytes of text a thread (below that, a fresh worker
   * costs more than it saves, so small inputs stay on one thread); a number asks for that many
   * (`0` or `1`: no worker; at most 64). On a machine whose cores are busy with other work,
   * workers slow extraction down: ask for `1` there. `analyze` stays synchronous, and the report
   * is the same, byte for byte, on any number of threads. Extraction stays on one thread, whatever
   * this says, when `extractors` holds extractors of the caller's (code cannot be sent to a
   * worker), and when the worker file (`extractWorker.mjs`, beside the library in `dist/`) is not
   * found, as when crosscheck is bundled into another file. Only extraction is shared; clustering
   * and comparing run on the calling thread.
   *
   * @example
   * analyze(articles, { workers: 4 }); // four threads: this one and three workers
   * analyze(articles, { workers: 1 }); // no worker
   */
  workers?: number | 'auto';
}
