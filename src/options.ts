import type { AliasDefinition } from './extract/aliases.js';
import type { Certainty } from './extract/certainty.js';
import type { Extractor } from './extract/extractor.js';
import type { IdfTable } from './cluster/idf.js';
import type { SimilarityOptions, SimilarityWeights } from './cluster/similarity.js';
import type { ClusterOptions } from './cluster/cluster.js';
import type { Detector } from './compare/detector.js';
import type { StageStats } from './report/report.js';

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
 * Default similarity weights and thresholds. The weights of the logistic model were fitted by
 * `eval/calibrate.ts` on MRPC train (paraphrase pairs) with STS-B train as graded soft labels
 * (weighing 0.3 each); the signals are correlated, so single weights (some negative) are not
 * meaningful alone, only their sum. Measured: MRPC train 5-fold CV accuracy 0.756, F1 0.833
 * at `sameClaim` 0.5; STS-B dev (never used for fitting) Spearman 0.713.
 */
export const DEFAULT_SIMILARITY: SimilarityOptions = {
  weights: {
    bias: -3.967,
    lexical: 0.192,
    soft: 1.17,
    phrasing: -1.063,
    entities: -0.031,
    numbersShared: -0.255,
    numbersConflict: -0.532,
    lengthRatio: -0.932,
    coverageMin: 2.527,
    coverageMax: 0.154,
    unshared: 0.126,
    wording: 0.68,
    ngram1Min: 3.298,
    ngram1Max: 0.681,
    ngram2Min: 0.508,
    ngram2Max: -0.848,
    ngram3Min: -0.94,
    ngram3Max: -1.272,
    ngram4Min: 0.262,
    ngram4Max: -0.1,
    wordEdit: -0.576,
    charEdit: 2.916,
    lengthAgreement: 0.421,
    timesShared: 3.201,
    quantitiesShared: 0.225,
    action: 0,
    namesNotAction: 0,
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
 * Default clustering. TODO(calibration): threshold calibrated on Emergent dev and the seeds.
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
}
