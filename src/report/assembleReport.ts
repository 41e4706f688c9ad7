import type { Article } from '../article.js';
import type { Cluster } from '../cluster/cluster.js';
import type { Divergence } from '../compare/divergence.js';
import type { Statement } from '../extract/statement.js';
import { SCHEMA_VERSION, type Report, type ReportWarning, type StageStats } from './report.js';

/** What a report is made of: the articles (sorted by id) and what the stages found in them. */
export interface ReportParts {
  articles: readonly Article[];
  statements: Statement[];
  clusters: Cluster[];
  divergences: Divergence[];
  warnings: ReportWarning[];
  candidatePairs: number;
  stages: StageStats[];
}

/** The report of an analysis, with its counts. */
export function assembleReport(parts: ReportParts): Report {
  const { articles, statements, clusters, divergences } = parts;
  const divergencesByKind: Record<string, number> = {};
  for (const d of divergences) divergencesByKind[d.kind] = (divergencesByKind[d.kind] ?? 0) + 1;
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: articles.map((a) => ({
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
    warnings: parts.warnings,
    stats: {
      articles: articles.length,
      segments: new Set(statements.map((s) => `${s.articleId}#${s.segment}`)).size,
      statements: statements.length,
      clusters: clusters.length,
      divergences: divergences.length,
      divergencesByKind,
      candidatePairs: parts.candidatePairs,
      stages: parts.stages,
    },
  };
}

/** Article ids in the report's order (code-unit order, as `analyze` sorts them). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
