import type { Divergence } from '../compare/divergence.js';
import type { Statement } from '../extract/statement.js';
import { DIVERGENCE_KIND_MEANINGS, isKnownDivergenceKind } from './divergenceKinds.js';
import { escapeMarkdown } from './escape.js';
import { formatPublished, formatScore, formatValue } from './formatValue.js';
import { markSpans } from './highlight.js';
import type { Report } from './report.js';
import {
  articleHeadline,
  clusterStatements,
  indexReport,
  sourceLabel,
  statementSource,
  type ReportIndex,
} from './reportIndex.js';
import { STANCE_LABELS, outletStances } from './stance.js';
import { summarizeReport } from './summary.js';
import { checkReport, checkTitle } from './checkReport.js';

/** How {@link toMarkdown} prints. */
export interface MarkdownOptions {
  /** The top heading; `"crosscheck report"` by default. */
  title?: string;
}

/**
 * Prints a report as GitHub-flavoured markdown: a summary table (articles, outlets, statements,
 * clusters, divergences, then divergences by kind), the articles, then each cluster with what
 * each outlet says (statement, certainty, source) and its divergences, the differing words in
 * **bold** and the detector's explanation. Article text is escaped, so markup in it prints as text.
 *
 * @example
 * const md = toMarkdown(analyze(articles), { title: 'Truce talks' });
 * md.startsWith('# Truce talks'); // true
 */
export function toMarkdown(report: Report, options: MarkdownOptions = {}): string {
  checkReport(report, 'toMarkdown');
  checkTitle(options, 'toMarkdown');
  const index = indexReport(report);
  const lines: string[] = [`# ${escapeMarkdown(options.title ?? 'crosscheck report')}`, ''];
  lines.push(...summarySection(report), '');
  lines.push(...articleSection(index), '');
  lines.push(...clusterSection(index));
  if (index.orphanDivergences.length > 0) {
    lines.push('', '## Other divergences', '', 'Divergences whose cluster is not in this report.', '');
    lines.push(...divergenceList(index, index.orphanDivergences));
  }
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function summarySection(report: Report): string[] {
  const summary = summarizeReport(report);
  const lines = [
    '| Summary | Count |',
    '| --- | ---: |',
    `| Articles | ${summary.articles} |`,
    `| Outlets | ${summary.outlets.length} |`,
    `| Statements | ${summary.statements} |`,
    `| Clusters | ${summary.clusters} |`,
    `| Divergences | ${summary.divergences} |`,
    '',
  ];
  if (summary.divergencesByKind.length === 0) {
    lines.push('No divergences found.');
    return lines;
  }
  lines.push('| Divergence kind | Count | What it means |', '| --- | ---: | --- |');
  for (const [kind, count] of summary.divergencesByKind) {
    const meaning = isKnownDivergenceKind(kind) ? DIVERGENCE_KIND_MEANINGS[kind] : '';
    lines.push(`| ${escapeMarkdown(kind)} | ${count} | ${escapeMarkdown(meaning)} |`);
  }
  return lines;
}

function articleSection(index: ReportIndex): string[] {
  const counts = new Map<string, number>();
  for (const s of index.report.statements) counts.set(s.articleId, (counts.get(s.articleId) ?? 0) + 1);
  const lines = ['## Articles', '', '| Outlet | Headline | Published | Statements |', '| --- | --- | --- | ---: |'];
  for (const article of index.report.articles) {
    const cells = [
      escapeMarkdown(article.outlet),
      escapeMarkdown(articleHeadline(index, article)),
      escapeMarkdown(formatPublished(article.published)),
      String(counts.get(article.id) ?? 0),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}

function clusterSection(index: ReportIndex): string[] {
  const lines = ['## Clusters', ''];
  if (index.report.clusters.length === 0) {
    lines.push('No clusters: no statement was found reported by more than one outlet.');
    return lines;
  }
  index.report.clusters.forEach((cluster, n) => {
    const divergences = index.divergencesByCluster.get(cluster.id) ?? [];
    lines.push(`### ${n + 1}. ${escapeMarkdown(cluster.representative.text)}`, '');
    lines.push(
      `${plural(cluster.outlets.length, 'outlet')} · ${plural(divergences.length, 'divergence')} · cohesion ${formatScore(cluster.cohesion)} · id ${escapeMarkdown(cluster.id)}`,
      '',
    );
    lines.push('| Outlet | Says | Certainty | Source |', '| --- | --- | --- | --- |');
    for (const statement of clusterStatements(index, cluster)) {
      const cells = [
        escapeMarkdown(statement.outlet),
        escapeMarkdown(statement.text),
        STANCE_LABELS[statement.certainty] ?? escapeMarkdown(statement.certainty),
        escapeMarkdown(sourceLabel(statement)),
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
    const silent = outletStances(index, cluster).filter((s) => s.stances[0] === 'silent');
    if (silent.length > 0) lines.push('', `Silent: ${silent.map((s) => escapeMarkdown(s.outlet)).join(', ')}.`);
    if (divergences.length > 0) lines.push('', '#### Divergences', '', ...divergenceList(index, divergences));
    lines.push('');
  });
  return lines;
}

function divergenceList(index: ReportIndex, divergences: readonly Divergence[]): string[] {
  const lines: string[] = [];
  divergences.forEach((divergence, n) => {
    lines.push(
      `${n + 1}. **${escapeMarkdown(divergence.kind)}**: ${escapeMarkdown(divergence.explanation)}  `,
      `   score ${formatScore(divergence.score)} · detector ${escapeMarkdown(divergence.detector)}${divergence.sameArticle ? ' · within one article' : ''}`,
    );
    divergence.statementIds.forEach((id, side) => {
      const statement = index.statements.get(id);
      const value = escapeMarkdown(formatValue(divergence.values[side]));
      if (!statement) {
        lines.push(`   - statement ${escapeMarkdown(id)} (not in this report): ${value}`);
        return;
      }
      const certainty = STANCE_LABELS[statement.certainty] ?? statement.certainty;
      lines.push(
        `   - **${escapeMarkdown(statement.outlet)}** (${escapeMarkdown(certainty)}; value: ${value}): ${markedStatement(index, statement, divergence.spans[side] ?? [])}`,
      );
    });
    lines.push('');
  });
  return lines;
}

/** The statement's own words from the article, the divergence's spans in bold. */
function markedStatement(index: ReportIndex, statement: Statement, spans: Divergence['spans'][number]): string {
  const pieces = markSpans(statementSource(index, statement), statement, spans);
  if (pieces.length === 0) return escapeMarkdown(statement.text);
  return pieces.map((p) => (p.marked ? bold(p.text) : escapeMarkdown(p.text))).join('');
}

/** `**words**`, with the white space at either end kept outside the markers (CommonMark needs that). */
function bold(text: string): string {
  // White space stays outside the markers ("** word**" is not bold in Markdown).
  const core = text.trim();
  if (core === '') return text;
  const before = text.slice(0, text.length - text.trimStart().length);
  const after = text.slice(text.trimEnd().length);
  return `${before}**${escapeMarkdown(core)}**${after}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
