import type { Span } from '../text/span.js';

/** A run of a statement's text, marked when it is one of the words a divergence points at. */
export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * Cuts `source.slice(range.start, range.end)` into pieces at the edges of `spans` (offsets into the
 * same `source`), marking the pieces the spans cover. Spans are clipped to the range and merged when
 * they overlap or touch. White space runs become one space and the ends are trimmed, so the pieces
 * read as one line; empty pieces are dropped. Markdown and HTML both print from these pieces, each
 * escaping in its own way.
 *
 * @example
 * markSpans('Talks resume on Monday.', { start: 0, end: 23 }, [{ start: 16, end: 22 }]);
 * // [{ text: 'Talks resume on ', marked: false }, { text: 'Monday', marked: true }, { text: '.', marked: false }]
 */
export function markSpans(source: string, range: Span, spans: readonly Span[]): TextPiece[] {
  const start = clamp(range.start, 0, source.length);
  const end = clamp(range.end, start, source.length);
  const marks = mergeSpans(
    spans
      .map((s) => ({ start: clamp(s.start, start, end), end: clamp(s.end, start, end) }))
      .filter((s) => s.end > s.start),
  );
  const pieces: TextPiece[] = [];
  let at = start;
  for (const mark of marks) {
    if (mark.start > at) pieces.push({ text: source.slice(at, mark.start), marked: false });
    pieces.push({ text: source.slice(mark.start, mark.end), marked: true });
    at = mark.end;
  }
  if (at < end) pieces.push({ text: source.slice(at, end), marked: false });
  return tidy(pieces);
}

/**
 * Sorts spans and merges those that overlap or touch.
 *
 * @example
 * mergeSpans([{ start: 5, end: 8 }, { start: 1, end: 3 }, { start: 3, end: 4 }]);
 * // [{ start: 1, end: 4 }, { start: 5, end: 8 }]
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

function tidy(pieces: TextPiece[]): TextPiece[] {
  const out = pieces.map((p) => ({ text: p.text.replace(/\s+/g, ' '), marked: p.marked }));
  const first = out[0];
  if (first) first.text = first.text.trimStart();
  const last = out[out.length - 1];
  if (last) last.text = last.text.trimEnd();
  return out.filter((p) => p.text !== '');
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(Number.isFinite(value) ? value : low, low), high);
}
