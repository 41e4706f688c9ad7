import { compareDivergenceKinds } from './divergenceKinds.js';
import type { Report } from './report.js';

/** The counts at the top of every printed report. */
export interface ReportSummary {
  articles: number;
  /** Distinct outlets, sorted. */
  outlets: string[];
  statements: number;
  clusters: number;
  divergences: number;
  /** `[kind, count]` for the kinds present, in report order (see `compareDivergenceKinds`). */
  divergencesByKind: Array<[kind: string, count: number]>;
}

/**
 * Counts what a report holds. Counted from its arrays, not from `stats`, so a report whose
 * divergences were filtered is summarized as it is.
 *
 * @example
 * summarizeReport(report).divergencesByKind; // [['certainty', 2], ['time', 1]]
 */
export function summarizeReport(report: Report): ReportSummary {
  const byKind = new Map<string, number>();
  for (const d of report.divergences) byKind.set(d.kind, (byKind.get(d.kind) ?? 0) + 1);
  return {
    articles: report.articles.length,
    outlets: [...new Set(report.articles.map((a) => a.outlet))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
    statements: report.statements.length,
    clusters: report.clusters.length,
    divergences: report.divergences.length,
    divergencesByKind: [...byKind].sort(([a], [b]) => compareDivergenceKinds(a, b)),
  };
}
