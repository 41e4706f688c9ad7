import type { Statement } from '../extract/statement.js';
import { anchorId } from './anchor.js';
import { escapeHTML } from './escape.js';

interface Range {
  start: number;
  end: number;
  statement: Statement;
}

/**
 * Prints an article's text (or title) as escaped HTML with each statement's span wrapped in an
 * anchored, focusable `<span class="stmt" id="s-...">`, the target of "in the article" links.
 * Statements nest when one holds another; one that overlaps the previous only partly is cut at the
 * previous one's end; offsets outside the text are clamped, so every statement keeps its anchor.
 *
 * @example
 * anchoredText('Talks resumed. Aid arrived.', [statement('a#0', 0, 14)]);
 * // '<span class="stmt" id="s-a_23_0" tabindex="-1">Talks resumed.</span> Aid arrived.'
 */
export function anchoredText(source: string, statements: readonly Statement[], classesOf?: (s: Statement) => string[]): string {
  const clamp = (n: number): number => Math.min(Math.max(Number.isFinite(n) ? n : 0, 0), source.length);
  const ranges: Range[] = statements
    .map((statement) => {
      const start = clamp(statement.start);
      return { start, end: Math.max(start, clamp(statement.end)), statement };
    })
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const open = (r: Range): string => {
    const classes = ['stmt', ...(classesOf?.(r.statement) ?? [])].join(' ');
    return `<span class="${escapeHTML(classes)}" id="${anchorId('s', r.statement.id)}" tabindex="-1">`;
  };
  return emit(source, 0, source.length, ranges, open);
}

/** Prints `source[from, to)` with `ranges` (sorted, inside it) wrapped. */
function emit(source: string, from: number, to: number, ranges: Range[], open: (r: Range) => string): string {
  let out = '';
  let at = from;
  let i = 0;
  while (i < ranges.length) {
    const range = ranges[i]!;
    const start = Math.max(range.start, at);
    const end = Math.max(start, Math.min(range.end, to));
    let j = i + 1;
    const inner: Range[] = [];
    // Ranges that start before this one ends go inside it, cut at its end.
    while (j < ranges.length && ranges[j]!.start < end) {
      const r = ranges[j]!;
      inner.push({ ...r, end: Math.min(r.end, end) });
      j += 1;
    }
    out += escapeHTML(source.slice(at, start)) + open(range) + emit(source, start, end, inner, open) + '</span>';
    at = end;
    i = j;
  }
  return out + escapeHTML(source.slice(at, to));
}
