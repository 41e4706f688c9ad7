import { readArticles, type ArticleInput } from './article.js';
import { clusterStatements } from './cluster/cluster.js';
import { resolveSimilarity } from './compare/compare.js';
import { resolveDetectors } from './compare/defaultDetectors.js';
import { findDivergences } from './compare/findDivergences.js';
import { CrosscheckInputError } from './errors.js';
import { readStatements } from './extract/extractStatements.js';
import { resolveExtractOptions } from './extract/extractionSettings.js';
import type { Statement } from './extract/statement.js';
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
  const clustering = { ...DEFAULT_CLUSTERING, ...options.clustering };
  const detectors = resolveDetectors(options.detectors);
  if (options.minScore !== undefined && !(typeof options.minScore === 'number' && options.minScore >= 0 && options.minScore <= 1)) {
    throw new CrosscheckInputError(`options.minScore must be a number from 0 to 1, got ${String(options.minScore)}`, { field: 'options.minScore' });
  }
  if (options.published !== undefined) {
    const fallback = readArticles([{ id: 'options', text: '', published: options.published }])[0]!.published;
    for (const article of read) if (!article.published && fallback) article.published = fallback;
  }
  done({ stage: 'read', ms: performance.now() - started, count: read.length });

  started = performance.now();
  const statements: Statement[] = read.flatMap((article) => readStatements(article, settings));
  done({ stage: 'extract', ms: performance.now() - started, count: statements.length });

  started = performance.now();
  const { clusters, candidatePairs, similarity } = clusterStatements(statements, similarityOptions, clustering);
  done({ stage: 'cluster', ms: performance.now() - started, count: clusters.length });

  started = performance.now();
  const divergences = findDivergences(statements, clusters, {
    detectors,
    aliases: settings.aliases,
    similarity,
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

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
