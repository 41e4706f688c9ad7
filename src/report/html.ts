import { createHash } from 'node:crypto';
import type { Cluster } from '../cluster/cluster.js';
import type { Divergence } from '../compare/divergence.js';
import type { Statement } from '../extract/statement.js';
import { anchorId } from './anchor.js';
import { DIVERGENCE_KIND_MEANINGS, isKnownDivergenceKind } from './divergenceKinds.js';
import { escapeHTML } from './escape.js';
import { formatPublished, formatScore, formatValue } from './formatValue.js';
import { markSpans } from './highlight.js';
import { anchoredText } from './htmlArticle.js';
import { HTML_SCRIPT } from './htmlScript.js';
import { HTML_STYLE } from './htmlStyle.js';
import type { Report, ReportArticle } from './report.js';
import {
  articleHeadline,
  clusterStatements,
  divergenceOutlets,
  indexReport,
  sourceLabel,
  statementSource,
  type ReportIndex,
} from './reportIndex.js';
import { STANCES, STANCE_LABELS, outletStances } from './stance.js';
import { summarizeReport } from './summary.js';
import { checkReport, checkTitle } from './checkReport.js';

/** How {@link toHTML} prints. */
export interface HtmlOptions {
  /** The page title and top heading; `"crosscheck report"` by default. */
  title?: string;
}

/**
 * Prints a report as one self-contained HTML page (inline style and script, no network): a
 * summary, filters by divergence kind and by outlet, a matrix of clusters × outlets coloured by
 * certainty, each cluster with its statements and its divergences side by side (the differing words
 * in `<mark>`), and the full articles with every statement anchored so "in the article" links land
 * on it. All report text is escaped; a Content-Security-Policy allows only the page's own style and
 * script (by hash), so the page can load nothing and run nothing else even if text slipped through.
 *
 * @example
 * writeFileSync('report.html', toHTML(analyze(articles), { title: 'Truce talks' }));
 */
export function toHTML(report: Report, options: HtmlOptions = {}): string {
  checkReport(report, 'toHTML');
  checkTitle(options, 'toHTML');
  const index = indexReport(report);
  const title = options.title ?? 'crosscheck report';
  const summary = summarizeReport(report);
  const csp = [
    "default-src 'none'",
    `style-src '${sha256(HTML_STYLE)}'`,
    `script-src '${sha256(HTML_SCRIPT)}'`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="crosscheck (report schema ${report.schemaVersion})">
<title>${escapeHTML(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<a class="skip" href="#clusters">Skip to clusters</a>
<header>
<h1>${escapeHTML(title)}</h1>
<p class="lede">${summary.articles} articles from ${summary.outlets.length} outlets · ${summary.statements} statements · ${summary.clusters} clusters · ${summary.divergences} divergences</p>
</header>
<main>
${summarySection(report)}
${filterForm(index)}
${matrixSection(index)}
${clusterSection(index)}
${articleSection(index)}
</main>
<footer>Made by crosscheck. Every statement links to its place in the article text below it; check the words before you quote a divergence.</footer>
<script>${HTML_SCRIPT}</script>
</body>
</html>
`;
}

function summarySection(report: Report): string {
  const s = summarizeReport(report);
  const counts: Array<[string, number]> = [
    ['Articles', s.articles],
    ['Outlets', s.outlets.length],
    ['Statements', s.statements],
    ['Clusters', s.clusters],
    ['Divergences', s.divergences],
  ];
  const kinds =
    s.divergencesByKind.length === 0
      ? '<p>No divergences found.</p>'
      : `<table class="kinds"><caption>Divergences by kind</caption>
<thead><tr><th scope="col">Kind</th><th scope="col" class="num">Count</th><th scope="col">What it means</th></tr></thead>
<tbody>
${s.divergencesByKind
  .map(
    ([kind, count]) =>
      `<tr><th scope="row">${escapeHTML(kind)}</th><td class="num">${count}</td><td>${escapeHTML(isKnownDivergenceKind(kind) ? DIVERGENCE_KIND_MEANINGS[kind] : '')}</td></tr>`,
  )
  .join('\n')}
</tbody></table>`;
  return `<section id="summary" aria-labelledby="summary-h">
<h2 id="summary-h">Summary</h2>
<div class="summary">
<table class="counts"><caption>Counts</caption><tbody>
${counts.map(([label, n]) => `<tr><th scope="row">${label}</th><td class="num">${n}</td></tr>`).join('\n')}
</tbody></table>
${kinds}
</div>
</section>`;
}

/** Hidden until the script runs, so a page without scripts shows no controls that do nothing. */
function filterForm(index: ReportIndex): string {
  const kinds = summarizeReport(index.report).divergencesByKind;
  const kindBoxes =
    kinds.length === 0
      ? ''
      : `<fieldset><legend>Divergence kinds</legend>
${kinds.map(([kind, count]) => checkbox('kind', kind, `${kind} (${count})`)).join('\n')}
</fieldset>`;
  const outletBoxes = `<fieldset><legend>Outlets</legend>
${index.outlets.map((outlet) => checkbox('outlet', outlet, outlet)).join('\n')}
</fieldset>`;
  return `<form id="filters" class="filters" aria-labelledby="filters-h" hidden>
<h2 id="filters-h">Filters</h2>
${kindBoxes}
${outletBoxes}
<button type="button" id="filter-reset">Show all</button>
<p id="filter-status" role="status" aria-live="polite"></p>
</form>`;
}

function checkbox(name: 'kind' | 'outlet', value: string, label: string): string {
  return `<label><input type="checkbox" name="${name}" value="${escapeHTML(value)}" checked> ${escapeHTML(label)}</label>`;
}

function matrixSection(index: ReportIndex): string {
  const { clusters } = index.report;
  const legend = `<ul class="legend" aria-label="Legend">${STANCES.map(
    (s) => `<li class="badge stance-${s}">${STANCE_LABELS[s]}</li>`,
  ).join('')}</ul>`;
  if (clusters.length === 0) {
    return `<section id="matrix" aria-labelledby="matrix-h">
<h2 id="matrix-h">Who says what</h2>
<p>No clusters: no statement was found reported by more than one outlet.</p>
</section>`;
  }
  const head = index.outlets
    .map((o) => `<th scope="col" data-outlet="${escapeHTML(o)}">${escapeHTML(o)}</th>`)
    .join('');
  const rows = clusters.map((cluster, n) => {
    const cells = outletStances(index, cluster).map(({ outlet, statements, stances }) => {
      const outletAttr = `data-outlet="${escapeHTML(outlet)}"`;
      if (stances[0] === 'silent') return `<td class="stance-silent" ${outletAttr}>${STANCE_LABELS.silent}</td>`;
      const links = stances.map((stance) => {
        const first = statements.find((s) => s.certainty === stance)!;
        const link = `<a href="#${anchorId('s', first.id)}">${STANCE_LABELS[stance]}</a>`;
        return stances.length === 1 ? link : `<span class="badge stance-${stance}">${link}</span>`;
      });
      const cellClass = stances.length === 1 ? `stance-${stances[0]}` : 'stance-mixed';
      return `<td class="${cellClass}" ${outletAttr}>${links.join(' ')}</td>`;
    });
    const count = index.divergencesByCluster.get(cluster.id)?.length ?? 0;
    const clusterAnchor = anchorId('cluster', cluster.id);
    return `<tr><th scope="row"><a href="#${clusterAnchor}">${n + 1}. ${escapeHTML(truncate(cluster.representative.text, 140))}</a></th>${cells.join('')}<td class="num" data-divergence-count="${clusterAnchor}">${count}</td></tr>`;
  });
  return `<section id="matrix" aria-labelledby="matrix-h">
<h2 id="matrix-h">Who says what</h2>
<p>Each row is one thing several outlets report; each cell says how firmly that outlet states it. Follow a cell to the statement in the article.</p>
${legend}
<div class="scroll"><table class="matrix">
<caption>Clusters × outlets, by certainty</caption>
<thead><tr><th scope="col">Cluster</th>${head}<th scope="col" class="num">Divergences</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody></table></div>
</section>`;
}

function clusterSection(index: ReportIndex): string {
  const clusters = index.report.clusters.map((cluster, n) => clusterArticle(index, cluster, n));
  const orphans =
    index.orphanDivergences.length === 0
      ? ''
      : `<section class="cluster" aria-labelledby="orphans-h">
<h3 id="orphans-h">Other divergences</h3>
<p>Divergences whose cluster is not in this report.</p>
${index.orphanDivergences.map((d) => divergenceBlock(index, d)).join('\n')}
</section>`;
  const empty = clusters.length === 0 && orphans === '' ? '<p>No clusters, so nothing to compare.</p>' : '';
  return `<section id="clusters" aria-labelledby="clusters-h" tabindex="-1">
<h2 id="clusters-h">Clusters and divergences</h2>
${empty}${clusters.join('\n')}
${orphans}
</section>`;
}

function clusterArticle(index: ReportIndex, cluster: Cluster, n: number): string {
  const id = anchorId('cluster', cluster.id);
  const divergences = index.divergencesByCluster.get(cluster.id) ?? [];
  const members = clusterStatements(index, cluster).map(
    (s) => `<li data-outlet="${escapeHTML(s.outlet)}">${certaintyBadge(s)} <strong>${escapeHTML(s.outlet)}</strong>: <span class="says">${escapeHTML(s.text)}</span> <span class="meta">(${escapeHTML(sourceLabel(s))})</span> <a href="#${anchorId('s', s.id)}">in the article</a></li>`,
  );
  const silent = outletStances(index, cluster)
    .filter((s) => s.stances[0] === 'silent')
    .map((s) => `<span data-outlet="${escapeHTML(s.outlet)}">${escapeHTML(s.outlet)}</span>`);
  return `<section class="cluster" id="${id}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${n + 1}. ${escapeHTML(cluster.representative.text)}</h3>
<p class="meta">${plural(cluster.outlets.length, 'outlet')} · ${plural(divergences.length, 'divergence')} · cohesion ${formatScore(cluster.cohesion)}</p>
<ul class="members">
${members.join('\n')}
</ul>
${silent.length > 0 ? `<p class="meta">Silent: ${silent.join(', ')}</p>` : ''}
${divergences.length > 0 ? `<h4>Divergences</h4>\n${divergences.map((d) => divergenceBlock(index, d)).join('\n')}` : ''}
</section>`;
}

function divergenceBlock(index: ReportIndex, divergence: Divergence): string {
  const id = anchorId('div', divergence.id);
  const outlets = JSON.stringify(divergenceOutlets(index, divergence));
  const sides = divergence.statementIds.map((statementId, side) => {
    const statement = index.statements.get(statementId);
    const value = escapeHTML(formatValue(divergence.values[side]));
    if (!statement) {
      return `<section class="side"><p class="who">Statement ${escapeHTML(statementId)} (not in this report)</p><p class="meta">value: ${value}</p></section>`;
    }
    const pieces = markSpans(statementSource(index, statement), statement, divergence.spans[side] ?? []);
    const words =
      pieces.length === 0
        ? escapeHTML(statement.text)
        : pieces.map((p) => (p.marked ? `<mark>${escapeHTML(p.text)}</mark>` : escapeHTML(p.text))).join('');
    return `<section class="side" aria-label="${escapeHTML(statement.outlet)}">
<p class="who">${escapeHTML(statement.outlet)} ${certaintyBadge(statement)}</p>
<blockquote>${words}</blockquote>
<p class="meta">value: ${value} · ${escapeHTML(sourceLabel(statement))} · <a href="#${anchorId('s', statement.id)}">in the article</a></p>
</section>`;
  });
  return `<article class="divergence" id="${id}" data-kind="${escapeHTML(divergence.kind)}" data-outlets="${escapeHTML(outlets)}" aria-labelledby="${id}-h">
<h5 id="${id}-h"><span class="kind">${escapeHTML(divergence.kind)}</span> ${escapeHTML(divergence.explanation)}</h5>
<div class="pair">
${sides.join('\n')}
</div>
<p class="meta">score ${formatScore(divergence.score)} · detector ${escapeHTML(divergence.detector)}${divergence.sameArticle ? ' · within one article' : ''}</p>
</article>`;
}

function articleSection(index: ReportIndex): string {
  const clustered = new Set(index.report.clusters.flatMap((c) => c.statementIds));
  const classesOf = (s: Statement): string[] => (clustered.has(s.id) ? ['in-cluster'] : []);
  const byArticle = new Map<string, Statement[]>();
  for (const s of index.report.statements) {
    const list = byArticle.get(s.articleId) ?? [];
    list.push(s);
    byArticle.set(s.articleId, list);
  }
  const articles = index.report.articles.map((article) => {
    const statements = byArticle.get(article.id) ?? [];
    return articleBlock(index, article, statements, classesOf);
  });
  return `<section id="articles" aria-labelledby="articles-h">
<h2 id="articles-h">Articles</h2>
<p>The articles as given. Underlined statements belong to a cluster.</p>
${articles.join('\n')}
</section>`;
}

function articleBlock(
  index: ReportIndex,
  article: ReportArticle,
  statements: Statement[],
  classesOf: (s: Statement) => string[],
): string {
  const id = anchorId('article', article.id);
  const titleStatements = statements.filter((s) => s.field === 'title');
  const textStatements = statements.filter((s) => s.field !== 'title');
  const heading =
    article.title !== undefined
      ? anchoredText(article.title, titleStatements, classesOf)
      : escapeHTML(articleHeadline(index, article));
  const meta = [
    `id ${escapeHTML(article.id)}`,
    article.published ? `published ${escapeHTML(formatPublished(article.published))}` : '',
    safeLink(article.url),
    plural(statements.length, 'statement'),
  ].filter((part) => part !== '');
  return `<article class="source-article" id="${id}" data-outlet="${escapeHTML(article.outlet)}" aria-labelledby="${id}-h">
<h3 id="${id}-h">${escapeHTML(article.outlet)}: ${heading}</h3>
<p class="meta">${meta.join(' · ')}</p>
<div class="article-text">${anchoredText(article.text, textStatements, classesOf)}</div>
</article>`;
}

/** A link to the article's source only for http(s) addresses: a `javascript:` url is shown as text. */
function safeLink(url: string | undefined): string {
  if (url === undefined) return '';
  if (!/^https?:\/\//i.test(url)) return escapeHTML(url);
  return `<a href="${escapeHTML(url)}" rel="noopener noreferrer nofollow">${escapeHTML(url)}</a>`;
}

function certaintyBadge(statement: Statement): string {
  const label = STANCE_LABELS[statement.certainty] ?? statement.certainty;
  return `<span class="badge stance-${escapeHTML(statement.certainty)}">${escapeHTML(label)}</span>`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function sha256(text: string): string {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}
