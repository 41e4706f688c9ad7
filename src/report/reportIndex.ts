import type { Cluster } from '../cluster/cluster.js';
import type { Divergence } from '../compare/divergence.js';
import type { Statement } from '../extract/statement.js';
import { compareDivergenceKinds } from './divergenceKinds.js';
import type { Report, ReportArticle } from './report.js';

/**
 * A report looked up by id: what every printer needs to go from a cluster to its statements, from a
 * statement to the text its offsets point into, and from a cluster to its divergences.
 */
export interface ReportIndex {
  report: Report;
  articles: ReadonlyMap<string, ReportArticle>;
  statements: ReadonlyMap<string, Statement>;
  clusters: ReadonlyMap<string, Cluster>;
  /** Divergences per cluster id, by kind then score (highest first). */
  divergencesByCluster: ReadonlyMap<string, Divergence[]>;
  /** Divergences whose cluster is not in the report (kept, so no evidence is lost when printing). */
  orphanDivergences: Divergence[];
  /** Every outlet of the report's articles, sorted. */
  outlets: string[];
}

/**
 * Indexes a report for printing.
 *
 * @example
 * const index = indexReport(report);
 * index.statements.get('a#0')?.text;
 */
export function indexReport(report: Report): ReportIndex {
  const articles = new Map(report.articles.map((a) => [a.id, a]));
  const statements = new Map(report.statements.map((s) => [s.id, s]));
  const clusters = new Map(report.clusters.map((c) => [c.id, c]));
  const divergencesByCluster = new Map<string, Divergence[]>();
  const orphanDivergences: Divergence[] = [];
  for (const divergence of [...report.divergences].sort(byKindThenScore)) {
    if (!clusters.has(divergence.clusterId)) {
      orphanDivergences.push(divergence);
      continue;
    }
    const list = divergencesByCluster.get(divergence.clusterId) ?? [];
    list.push(divergence);
    divergencesByCluster.set(divergence.clusterId, list);
  }
  const outlets = [...new Set(report.articles.map((a) => a.outlet))].sort(compareText);
  return { report, articles, statements, clusters, divergencesByCluster, orphanDivergences, outlets };
}

/**
 * The text a statement's offsets point into: its article's `text`, or its `title` for a headline
 * given apart. Empty when the article is missing from the report.
 *
 * @example
 * statementSource(index, statement).slice(statement.start, statement.end); // the statement's raw words
 */
export function statementSource(index: ReportIndex, statement: Statement): string {
  const article = index.articles.get(statement.articleId);
  if (!article) return '';
  return statement.field === 'title' ? (article.title ?? '') : article.text;
}

/**
 * The member statements of a cluster that the report holds, in the cluster's order.
 *
 * @example
 * clusterStatements(index, cluster).map((s) => s.outlet); // ['Harbor Wire', 'Meridian Post']
 */
export function clusterStatements(index: ReportIndex, cluster: Cluster): Statement[] {
  return cluster.statementIds.flatMap((id) => index.statements.get(id) ?? []);
}

/**
 * Outlets of a divergence's two statements (one when both come from the same outlet), sorted.
 *
 * @example
 * divergenceOutlets(index, divergence); // ['Harbor Wire', 'Meridian Post']
 */
export function divergenceOutlets(index: ReportIndex, divergence: Divergence): string[] {
  const outlets = divergence.statementIds.flatMap((id) => index.statements.get(id)?.outlet ?? []);
  return [...new Set(outlets)].sort(compareText);
}

/** Plain code-unit order: the same in every locale, so printed output does not depend on the machine. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byKindThenScore(a: Divergence, b: Divergence): number {
  return compareDivergenceKinds(a.kind, b.kind) || b.score - a.score || compareText(a.id, b.id);
}

/**
 * An article's headline: its `title`, else the text of its first headline statement, else its
 * first non-empty line (without a markdown `#`).
 *
 * @example
 * articleHeadline(index, { id: 'a', outlet: 'A', text: '# Talks stall\n\nTalks stalled.' }); // 'Talks stall'
 */
export function articleHeadline(index: ReportIndex, article: ReportArticle): string {
  if (article.title !== undefined && article.title.trim() !== '') return article.title.trim();
  const headline = index.report.statements.find((s) => s.articleId === article.id && s.role === 'headline');
  if (headline) return headline.text;
  const line = article.text.split('\n').find((l) => l.trim() !== '') ?? '';
  return line.replace(/^\s*#+\s*/, '').trim();
}

/**
 * Who a statement is attributed to, for a reader: the source as written, or "own voice" for the outlet's.
 *
 * @example
 * sourceLabel(statement); // 'U.S. officials (via AP)'
 */
export function sourceLabel(statement: Statement): string {
  const { attribution } = statement;
  const who = attribution.kind === 'outlet' ? 'own voice' : attribution.source;
  return attribution.via ? `${who} (via ${attribution.via})` : who;
}
