import { readArticles, type ArticleInput } from './article.js';
import { extractStatements } from './extract/extractStatements.js';
import type { Statement } from './extract/statement.js';
import { SCHEMA_VERSION, type Report, type StageStats } from './report/report.js';

/**
 * Runs the whole pipeline on several outlets' articles about one event: statements are read from
 * every article, clustered across outlets, and compared for divergences.
 *
 * @example
 * const report = analyze([
 *   { id: 'a', outlet: 'Daily', text: 'Talks resumed on Monday in Geneva.', published: '2021-03-10' },
 *   { id: 'b', outlet: 'Herald', text: 'Talks resumed on Monday in Vienna.', published: '2021-03-10' },
 * ]);
 * report.statements.length; // 2
 */
export function analyze(articles: readonly ArticleInput[]): Report {
  const stages: StageStats[] = [];
  let started = performance.now();
  const read = readArticles(articles);
  stages.push({ stage: 'read', ms: performance.now() - started, count: read.length });

  started = performance.now();
  const statements: Statement[] = [...read].sort((a, b) => compareIds(a.id, b.id)).flatMap((a) => extractStatements(a));
  stages.push({ stage: 'extract', ms: performance.now() - started, count: statements.length });

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
    clusters: [],
    divergences: [],
    stats: {
      articles: read.length,
      segments: 0,
      statements: statements.length,
      clusters: 0,
      divergences: 0,
      divergencesByKind: {},
      candidatePairs: 0,
      stages,
    },
  };
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
