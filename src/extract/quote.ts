import type { TextSpan } from '../text/span.js';

/** A direct quotation and who said it. */
export interface Quote extends TextSpan {
  /** The quoted words, lower case, punctuation and brackets dropped, single spaces: what quotes are compared on. */
  normalized: string;
  /** The speaker, when the text tells: a name (possibly found through "he said" after a named speaker). */
  speaker?: string;
  /** Canonical id of the speaker (`Sergei Lavrov`). */
  speakerId?: string;
  /** A few quoted words inside a sentence (a scare quote or a fragment) rather than a full quoted sentence. */
  fragment: boolean;
}

/** A quotation found in normalized text: the span of its words, without the quote marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark (or the end of the paragraph when it never closes). */
  close: number;
  /** The quoted words: `[innerStart, innerEnd)`. */
  innerStart: number;
  innerEnd: number;
}

/**
 * Double-quoted passages of a paragraph, paired in order. A quotation may run over several
 * sentences; one left open at the end of the paragraph runs to its end (news style repeats the
 * opening mark on each paragraph of a long quote and closes only the last). Single quotes count
 * as quotation marks only where they cannot be apostrophes (headline style: `'Plan B'`).
 *
 * @example
 * findQuoteSpans('"We are ready," he said.'); // [{ open: 0, close: 15, innerStart: 1, innerEnd: 14 }]
 */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < paragraph.length; i++) {
    if (paragraph[i] !== '"' || isInchMark(paragraph, i)) continue;
    if (open < 0) {
      open = i;
    } else {
      spans.push(innerOf(paragraph, open, i + 1));
      open = -1;
    }
  }
  if (open >= 0 && open < paragraph.length - 1) spans.push(innerOf(paragraph, open, paragraph.length));
  // The double-quoted spans are in order and apart, and single quotes are met in order too: one
  // pointer walks them (asking every span for every single quote takes their product in time).
  const doubles = spans.length;
  let next = 0;
  for (const m of paragraph.matchAll(SINGLE_QUOTED)) {
    const start = m.index + (m[1]?.length ?? 0);
    const end = start + (m[2]?.length ?? 0) + 2;
    while (next < doubles && spans[next]!.close <= start) next++;
    const inDouble = next < doubles && start >= spans[next]!.open;
    if (!inDouble) spans.push(innerOf(paragraph, start, end));
  }
  return spans.sort((a, b) => a.open - b.open);
}

/** A `"` after feet and inches (`6'2"`): a measure, not a quotation mark. */
function isInchMark(text: string, at: number): boolean {
  return at >= 3 && /\d'\d{1,2}$/.test(text.slice(Math.max(0, at - 6), at));
}

/** `'words'` after a space or bracket, closed before a space, punctuation or the end. */
const SINGLE_QUOTED = /(^|[\s([\u2014-])'([^\s'][^'\n]{0,200}?[^\s'\\]|[^\s'])'(?=[\s.,;:!?)\]\u2014-]|$)/g;

function innerOf(text: string, open: number, close: number): QuoteSpan {
  let innerStart = open + 1;
  let innerEnd = text[close - 1] === '"' || text[close - 1] === "'" ? close - 1 : close;
  while (innerStart < innerEnd && /\s/.test(text[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /[\s,]/.test(text[innerEnd - 1]!)) innerEnd--;
  return { open, close, innerStart, innerEnd };
}

/**
 * Quote text as compared across outlets: lower case, brackets and punctuation dropped, single
 * spaces ("We made proposals, quite specific ones." -> "we made proposals quite specific ones").
 */
export function normalizeQuote(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/(^|\s)'|'(\s|$)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .trim();
}
