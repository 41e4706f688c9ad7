import { readArticleList, type ArticleInput } from './article.js';
import { resolveAnalysis, warningOf } from './analysisSettings.js';
import { clusterStatements } from './cluster/cluster.js';
import { DistinctProfiles } from './cluster/distinctProfiles.js';
import { findDivergences } from './compare/findDivergences.js';
import { readWorkersOption } from './extract/extractionThreads.js';
import { extractArticles } from './extract/parallelExtraction.js';
import type { Statement } from './extract/statement.js';
import type { AnalyzeOptions } from './options.js';
import { assembleReport, compareIds } from './report/assembleReport.js';
import type { Report, StageStats } from './report/report.js';

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
  const settings = resolveAnalysis(options);
  const workers = readWorkersOption(options.workers);
  const stages: StageStats[] = [];
  const done = (stage: StageStats) => {
    stages.push(stage);
    options.onProgress?.(stage);
  };
  let started = performance.now();
  const reading = readArticleList(articles, { ...settings.limits, onInvalid: settings.onInvalid });
  const read = reading.articles.sort((a, b) => compareIds(a.id, b.id));
  if (settings.published) for (const article of read) if (!article.published) article.published = new Date(settings.published.getTime());
  done({ stage: 'read', ms: performance.now() - started, count: read.length });

  started = performance.now();
  // The statements' profiles for grouping are built as batches come in, while workers still extract.
  const profiles = new DistinctProfiles();
  const statements: Statement[] = extractArticles(read, settings.extraction, { workers, options, onBatch: (batch, got) => profiles.add(batch, got) });
  done({ stage: 'extract', ms: performance.now() - started, count: statements.length });

  started = performance.now();
  const { clusters, candidatePairs, similarity, pairScores, overlap } = clusterStatements(statements, settings.similarity, settings.clustering, profiles);
  // The profiles (hundreds of megabytes on a day's news) are not kept through the comparing.
  profiles.clear();
  done({ stage: 'cluster', ms: performance.now() - started, count: clusters.length });

  started = performance.now();
  const divergences = findDivergences(statements, clusters, {
    detectors: settings.detectors,
    aliases: settings.extraction.aliases,
    similarity,
    pairScores,
    overlap,
    minPairSimilarity: settings.clustering.minPairSimilarity,
    ...(settings.kinds && { kinds: settings.kinds }),
    ...(settings.minScore !== undefined && { minScore: settings.minScore }),
  });
  done({ stage: 'compare', ms: performance.now() - started, count: divergences.length });

  return assembleReport({ articles: read, statements, clusters, divergences, warnings: reading.skipped.map(warningOf), candidatePairs, stages });
}
