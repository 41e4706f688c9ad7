import { readArticles, type ArticleInput } from './article.js';
import { clusterStatements } from './cluster/cluster.js';
import { resolveSimilarity } from './compare/compare.js';
import { resolveDetectors } from './compare/defaultDetectors.js';
import { findDivergences } from './compare/findDivergences.js';
import { CrosscheckInputError } from './errors.js';
import { readStatements } from './extract/extractStatements.js';
import { resolveExtractOptions } from './extract/extractionSettings.js';
import type { Statement } from './extract/statement.js';
import type { ClusterOptions } from './cluster/cluster.js';
import { DEFAULT_CLUSTERING, type AnalyzeOptions } from './options.js';
import { SCHEMA_VERSION, type Report, type StageStats } from './report/report.js';

/**
 * Runs the whole pipeline on several outlets' articles about one event: statements are read from
 * every article, clustered across outlets, and compared for divergences. The result depends only
 * on the articles, not on their order (except the `ms` timings in `stats.stages`).
 *
 * @example
 * const report = analyze([
 *   { id: 'a', outlet: 'Daily', text: 'Talks resumed on Monday in Geneva.', published: '2021-03-10' },
 *   { id: 'b', outlet: 'Herald', text: 'Talks resumed on Monday in Vienna.', published: '2021-03-10' },
 * ]);
 * report.clusters.length; // 1
 */
export function analyze(articles: readonly ArticleInput[], options: AnalyzeOptions = {}): Report {
  if (options === null || typeof options !== 'object') {
    throw new CrosscheckInputError(`options must be an object, got ${options === null ? 'null' : typeof options}`, { field: 'options' });
  }
  const stages: StageStats[] = [];
  const done = (stage: StageStats) => {
    stages.push(stage);
    options.onProgress?.(stage);
  };
  let started = performance.now();
  const read = readArticles(articles).sort((a, b) => compareIds(a.id, b.id));
  const settings = resolveExtractOptions(options.aliases || options.lexicon || options.extractors ? options : undefined);
  const similarityOptions = resolveSimilarity(options.similarity);
  const clustering = resolveClustering(options.clustering);
  const detectors = resolveDetectors(options.detectors);
  checkFilters(options);
  if (options.published !== undefined) {
    const fallback = readPublished(options.published);
    for (const article of read) if (!article.published && fallback) article.published = fallback;
  }
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
  if (partial !== undefined && (partial === null || typeof partial !== 'object')) {
    throw new CrosscheckInputError('options.clustering must be an object', { field: 'options.clustering' });
  }
  const merged: ClusterOptions = { ...DEFAULT_CLUSTERING, ...partial, weights: { ...DEFAULT_CLUSTERING.weights, ...partial?.weights } };
  const fail = (field: string, problem: string): never => {
    throw new CrosscheckInputError(`options.clustering.${field} ${problem}`, { field: `options.clustering.${field}` });
  };
  for (const key of ['threshold', 'minPairSimilarity', 'minContentCosine'] as const) {
    if (typeof merged[key] !== 'number' || !(merged[key] >= 0 && merged[key] <= 1)) fail(key, `must be a number from 0 to 1, got ${String(merged[key])}`);
  }
  for (const key of ['minArticles', 'allPairsBelow', 'maxPosting'] as const) {
    const value = merged[key];
    if (!Number.isInteger(value) || value < (key === 'minArticles' ? 1 : 0)) fail(key, `must be a whole number${key === 'minArticles' ? ' of at least 1' : ''}, got ${String(value)}`);
  }
  for (const [key, value] of Object.entries(merged.weights)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(`weights.${key}`, `must be a finite number, got ${String(value)}`);
  }
  return merged;
}

/** `kinds`, `minScore` and `onProgress`, checked. */
function checkFilters(options: AnalyzeOptions): void {
  if (options.kinds !== undefined && (!Array.isArray(options.kinds) || options.kinds.some((k) => typeof k !== 'string'))) {
    throw new CrosscheckInputError('options.kinds must be a list of divergence kinds (strings)', { field: 'options.kinds' });
  }
  if (options.minScore !== undefined && !(typeof options.minScore === 'number' && options.minScore >= 0 && options.minScore <= 1)) {
    throw new CrosscheckInputError(`options.minScore must be a number from 0 to 1, got ${String(options.minScore)}`, { field: 'options.minScore' });
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new CrosscheckInputError('options.onProgress must be a function', { field: 'options.onProgress' });
  }
}

/** The `published` option as a date. */
function readPublished(value: string | Date): Date | undefined {
  try {
    return readArticles([{ id: 'options', text: '', published: value }])[0]!.published;
  } catch {
    throw new CrosscheckInputError(`options.published must be a parseable date (e.g. "2016-02-11"), got ${JSON.stringify(String(value))}`, { field: 'options.published' });
  }
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
