import { readPublishedOption, resolveLimits } from './article.js';
import type { ClusterOptions } from './cluster/cluster.js';
import { resolveSimilarity } from './compare/compare.js';
import { resolveDetectors } from './compare/defaultDetectors.js';
import type { Detector } from './compare/detector.js';
import type { SimilarityOptions } from './cluster/similarity.js';
import { CrosscheckInputError } from './errors.js';
import { resolveExtractOptions, type ExtractionSettings } from './extract/extractionSettings.js';
import { checkNumberOption } from './numberOption.js';
import { checkOptionNames, OPTION_NAMES } from './optionNames.js';
import { DEFAULT_CLUSTERING, type AnalyzeOptions, type InputLimits } from './options.js';
import type { ReportWarning } from './report/report.js';

/** The options of `analyze` and `createAnalyzer`, checked, with defaults filled in and tables built. */
export interface AnalysisSettings {
  onInvalid: 'throw' | 'skip';
  limits: InputLimits;
  extraction: ExtractionSettings;
  similarity: SimilarityOptions;
  clustering: ClusterOptions;
  detectors: readonly Detector[];
  /** Publication date of articles that give none. */
  published?: Date;
  kinds?: readonly string[];
  minScore?: number;
}

/**
 * Checks every option of an analysis (before any article is read: a bad option fails the whole
 * call) and resolves them. Throws a {@link CrosscheckInputError} naming the option.
 */
export function resolveAnalysis(options: AnalyzeOptions): AnalysisSettings {
  checkOptionNames(options, OPTION_NAMES.analyze, 'options');
  const onInvalid = readOnInvalid(options.onInvalid);
  const limits = resolveLimits(options);
  const extraction = resolveExtractOptions(options.aliases !== undefined || options.lexicon !== undefined || options.extractors !== undefined ? options : undefined);
  const similarity = resolveSimilarity(options.similarity);
  const clustering = resolveClustering(options.clustering);
  const detectors = resolveDetectors(options.detectors);
  checkFilters(options);
  const published = readPublishedOption(options.published);
  return {
    onInvalid,
    limits,
    extraction,
    similarity,
    clustering,
    detectors,
    ...(published && { published }),
    ...(options.kinds && { kinds: options.kinds }),
    ...(options.minScore !== undefined && { minScore: options.minScore }),
  };
}

/** The clustering options with defaults filled in, each checked. */
function resolveClustering(partial: AnalyzeOptions['clustering']): ClusterOptions {
  if (partial !== undefined) {
    checkOptionNames(partial, OPTION_NAMES.clustering, 'options.clustering');
    if (partial.weights !== undefined) checkOptionNames(partial.weights, OPTION_NAMES.weights, 'options.clustering.weights', 'a weight');
  }
  const merged: ClusterOptions = { ...DEFAULT_CLUSTERING, ...partial, weights: { ...DEFAULT_CLUSTERING.weights, ...partial?.weights } };
  for (const key of ['threshold', 'minPairSimilarity', 'minContentCosine', 'minStoryCosine'] as const) {
    checkNumberOption(merged[key], `options.clustering.${key}`, { min: 0, max: 1 });
  }
  checkNumberOption(merged.minArticles, 'options.clustering.minArticles', { min: 1, integer: true });
  for (const key of ['allPairsBelow', 'maxPosting'] as const) checkNumberOption(merged[key], `options.clustering.${key}`, { min: 0, integer: true });
  for (const [key, value] of Object.entries(merged.weights)) checkNumberOption(value, `options.clustering.weights.${key}`);
  return merged;
}

/** `kinds`, `minScore` and `onProgress`, checked. */
function checkFilters(options: AnalyzeOptions): void {
  if (options.kinds !== undefined && (!Array.isArray(options.kinds) || options.kinds.some((k) => typeof k !== 'string'))) {
    throw new CrosscheckInputError('options.kinds must be a list of divergence kinds (strings)', { code: 'INVALID_OPTION', field: 'options.kinds' });
  }
  if (options.minScore !== undefined) checkNumberOption(options.minScore, 'options.minScore', { min: 0, max: 1 });
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new CrosscheckInputError('options.onProgress must be a function', { code: 'INVALID_OPTION', field: 'options.onProgress' });
  }
}

/** `onInvalid`, checked: `'throw'` unless the caller asks to skip. */
function readOnInvalid(value: unknown): 'throw' | 'skip' {
  if (value === undefined || value === 'throw' || value === 'skip') return value ?? 'throw';
  throw new CrosscheckInputError(`options.onInvalid must be "throw" or "skip", got ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`, {
    code: 'INVALID_OPTION',
    field: 'options.onInvalid',
  });
}

/** A skipped article's problem, as the report lists it. */
export function warningOf(error: CrosscheckInputError): ReportWarning {
  return {
    code: error.code,
    ...(error.articleId !== undefined && { articleId: error.articleId }),
    ...(error.index !== undefined && { index: error.index }),
    field: error.field,
    message: error.message,
  };
}
