import { readArticleList, readPublishedOption, resolveLimits, type ArticleInput } from './article.js';
import { clusterStatements } from './cluster/cluster.js';
import { resolveSimilarity } from './compare/compare.js';
import { resolveDetectors } from './compare/defaultDetectors.js';
import { findDivergences } from './compare/findDivergences.js';
import { CrosscheckInputError } from './errors.js';
import { readStatements } from './extract/extractStatements.js';
import { resolveExtractOptions } from './extract/extractionSettings.js';
import type { Statement } from './extract/statement.js';
import type { ClusterOptions } from './cluster/cluster.js';
import { checkNumberOption } from './numberOption.js';
import { checkOptionNames, OPTION_NAMES } from './optionNames.js';
import { DEFAULT_CLUSTERING, type AnalyzeOptions } from './options.js';
import { SCHEMA_VERSION, type Report, type ReportWarning, type StageStats } from './report/report.js';

/**
 * Runs the whole pipeline on several outlets' articles about one event: statements are read from
 * every article, clustered across outlets, and compared for divergences. The result depends only
 * on the articles, not on their order (except the `ms` timings in `stats.stages`).
 *
 * Options and articles are checked first: a bad option (an unknown key, a wrong type, a number
 * out of range) or a bad article throws a {@link CrosscheckInputError} with a `code`, naming the
 * option or the article and its field. With `onInvalid: 'skip'` a bad article is left out
 * instead and listed in `report.warnings`; the others are analyzed as if it had not been given.
 *
 * @example
 * const report = analyze([
 *   { id: 'a', outlet: 'Daily', text: 'Talks resumed on Monday in Geneva.', published: '2021-03-10' },
 *   { id: 'b', outlet: 'Herald', text: 'Talks resumed on Monday in Vienna.', published: '2021-03-10' },
 * ]);
 * report.clusters.length; // 1
 */
export function analyze(articles: readonly ArticleInput[], options: AnalyzeOptions = {}): Report {
  // Every option is checked before any article is read: a bad option fails the whole call.
  checkOptionNames(options, OPTION_NAMES.analyze, 'options');
  const onInvalid = readOnInvalid(options.onInvalid);
  const limits = resolveLimits(options);
  const settings = resolveExtractOptions(options.aliases !== undefined || options.lexicon !== undefined || options.extractors !== undefined ? options : undefined);
  const similarityOptions = resolveSimilarity(options.similarity);
  const clustering = resolveClustering(options.clustering);
  const detectors = resolveDetectors(options.detectors);
  checkFilters(options);
  const fallback = readPublishedOption(options.published);
  const stages: StageStats[] = [];
  const done = (stage: StageStats) => {
    stages.push(stage);
    options.onProgress?.(stage);
  };
  let started = performance.now();
  const reading = readArticleList(articles, { ...limits, onInvalid });
  const read = reading.articles.sort((a, b) => compareIds(a.id, b.id));
  if (fallback) for (const article of read) if (!article.published) article.published = new Date(fallback.getTime());
  done({ stage: 'read', ms: performance.now() - started, count: read.length });

  started = performance.now();
  const statements: Statement[] = read.flatMap((article) => readStatements(article, settings));
  done({ stage: 'extract', ms: performance.now() - started, count: statements.length });

  started = performance.now();
  const { clusters, candidatePairs, similarity, overlap } = clusterStatements(statements, similarityOptions, clustering);
  done({ stage: 'cluster', ms: performance.now() - started, count: clusters.length });

  started = performance.now();
  const divergences = findDivergences(statements, clusters, {
    detectors,
    aliases: settings.aliases,
    similarity,
    overlap,
    minPairSimilarity: clustering.minPairSimilarity,
    ...(options.kinds && { kinds: options.kinds }),
    ...(options.minScore !== undefined && { minScore: options.minScore }),
  });
  done({ stage: 'compare', ms: performance.now() - started, count: divergences.length });
  const divergencesByKind: Record<string, number> = {};
  for (const d of divergences) divergencesByKind[d.kind] = (divergencesByKind[d.kind] ?? 0) + 1;

  return {
    schemaVersion: SCHEMA_VERSION,
    articles: read.map((a) => ({
      id: a.id,
      outlet: a.outlet,
      ...(a.title !== undefined && { title: a.title }),
      ...(a.published !== undefined && { published: a.published.toISOString() }),
      ...(a.url !== undefined && { url: a.url }),
      text: a.text,
    })),
    statements,
    clusters,
    divergences,
    warnings: reading.skipped.map(warningOf),
    stats: {
      articles: read.length,
      segments: new Set(statements.map((s) => `${s.articleId}#${s.segment}`)).size,
      statements: statements.length,
      clusters: clusters.length,
      divergences: divergences.length,
      divergencesByKind,
      candidatePairs,
      stages,
    },
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
function warningOf(error: CrosscheckInputError): ReportWarning {
  return {
    code: error.code,
    ...(error.articleId !== undefined && { articleId: error.articleId }),
    ...(error.index !== undefined && { index: error.index }),
    field: error.field,
    message: error.message,
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
