import { extname } from 'node:path';
import { filterDivergences } from '../report/filter.js';
import { toHTML } from '../report/html.js';
import { toJSON } from '../report/json.js';
import { toMarkdown } from '../report/markdown.js';
import type { Report } from '../report/report.js';

/** The report formats the command line prints. */
export type ReportFormat = 'json' | 'md' | 'html';

const FORMAT_NAMES: Readonly<Record<string, ReportFormat>> = {
  json: 'json',
  md: 'md',
  markdown: 'md',
  html: 'html',
  htm: 'html',
};

/**
 * Reads a format name (`json`, `md`/`markdown`, `html`/`htm`, any case); `undefined` for others.
 *
 * @example
 * parseReportFormat('Markdown'); // 'md'
 */
export function parseReportFormat(name: string): ReportFormat | undefined {
  const key = name.trim().toLowerCase();
  return Object.hasOwn(FORMAT_NAMES, key) ? FORMAT_NAMES[key] : undefined;
}

/**
 * The format to print: `--format` when given, else the one `--out`'s extension names, else
 * markdown (readable in a terminal).
 *
 * @example
 * chooseFormat(undefined, 'report.html'); // 'html'
 * chooseFormat('json', 'report.html'); // 'json'
 * chooseFormat(undefined, undefined); // 'md'
 */
export function chooseFormat(format: ReportFormat | undefined, out: string | undefined): ReportFormat {
  if (format !== undefined) return format;
  const fromOut = out === undefined ? undefined : parseReportFormat(extname(out).slice(1));
  return fromOut ?? 'md';
}

/** What to print and how: the divergence filter and the title. */
export interface RenderRequest {
  format: ReportFormat;
  kinds?: readonly string[];
  minScore?: number;
  title?: string;
}

/**
 * Filters the report's divergences as asked and prints it; the printed text always ends with a
 * line break. Returns the filtered report too, for the exit code.
 */
export function renderReport(report: Report, request: RenderRequest): { text: string; report: Report } {
  const filtered = filterDivergences(report, {
    ...(request.kinds !== undefined && { kinds: request.kinds }),
    ...(request.minScore !== undefined && { minScore: request.minScore }),
  });
  const titled = request.title !== undefined ? { title: request.title } : {};
  const text =
    request.format === 'json'
      ? `${toJSON(filtered)}\n`
      : request.format === 'html'
        ? toHTML(filtered, titled)
        : toMarkdown(filtered, titled);
  return { text, report: filtered };
}
