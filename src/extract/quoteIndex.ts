import type { QuoteSpan } from './quote.js';
import { partitionPoint } from '../text/partitionPoint.js';

/**
 * The quotations of an article, ordered by their opening mark, for asking which of them hold a
 * position or meet a range without reading them all: an article of many quotations (a
 * transcript) would otherwise take time in the square of their number.
 */
export interface QuoteIndex {
  /** Whether `at` lies inside a quotation, marks included (`open <= at < close`). */
  quoted(at: number): boolean;
  /** Indexes, ascending, of the quotations with `open <= at` and `close >= at` (`at` just after the closing mark included). */
  around(at: number): number[];
  /** Indexes, ascending, of the quotations whose words meet `[start, end)` (`innerStart < end`, `innerEnd > start`). */
  meeting(start: number, end: number): number[];
  /** Indexes, ascending, of the quotations holding a position of `[start, end)`, marks included (`open < end`, `close > start`). */
  holding(start: number, end: number): number[];
}

/**
 * Indexes quotations sorted by `open`. Quotations hardly overlap (double quotes pair in order; a
 * single-quoted passage starts outside them), so each question reads the few around its answer.
 *
 * @example
 * const index = quoteIndex(findQuoteSpans('"Yes," he said. "No," she said.'));
 * index.quoted(2); // true
 * index.meeting(0, 6); // [0]
 */
export function quoteIndex(quotes: readonly QuoteSpan[]): QuoteIndex {
  // Running maxima: no quotation up to `i` reaches past `closeUpTo[i]` (or `innerEndUpTo[i]`).
  const closeUpTo: number[] = [];
  const innerEndUpTo: number[] = [];
  quotes.forEach((q, i) => {
    closeUpTo.push(Math.max(q.close, closeUpTo[i - 1] ?? -Infinity));
    innerEndUpTo.push(Math.max(q.innerEnd, innerEndUpTo[i - 1] ?? -Infinity));
  });
  /** The number of quotations opening before `limit` (`open < limit`). */
  const openingBefore = (limit: number): number => partitionPoint(0, quotes.length, (i) => quotes[i]!.open < limit);
  /** Indexes below `end`, walking back while some earlier quotation still reaches past `reach`, that pass `keep`. */
  const collect = (end: number, upTo: number[], reach: number, keep: (q: QuoteSpan) => boolean): number[] => {
    const found: number[] = [];
    for (let i = end - 1; i >= 0 && upTo[i]! > reach; i--) if (keep(quotes[i]!)) found.push(i);
    return found.reverse();
  };
  return {
    quoted: (at) => collect(openingBefore(at + 1), closeUpTo, at, (q) => q.close > at).length > 0,
    around: (at) => collect(openingBefore(at + 1), closeUpTo, at - 1, (q) => q.close >= at),
    meeting: (start, end) => collect(openingBefore(end), innerEndUpTo, start, (q) => q.innerStart < end && q.innerEnd > start),
    holding: (start, end) => collect(openingBefore(end), closeUpTo, start, (q) => q.close > start),
  };
}
