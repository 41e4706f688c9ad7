/**
 * Code rewritten to run in linear time answers as the simple version it replaced: each is checked
 * against that version (written out here) on arbitrary input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteSpans, type QuoteSpan } from '../../src/extract/quote.js';
import { quoteIndex } from '../../src/extract/quoteIndex.js';
import { stripAppositions } from '../../src/extract/source.js';
import { PROPERTY_RUNS } from './arbitraries.js';

/** Text made of the characters that matter here: quote marks, brackets, commas, spaces, letters. */
const textOf = (pieces: readonly string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
const quotedText = textOf(['"', "'", ' ', 'a', 'B', ',', '.', '(', '-', '\n', "6'2\"", 'it\'s', " 'x' "]);

describe('linear rewrites', () => {
  it('quoteIndex answers as reading every quotation', () => {
    fc.assert(
      fc.property(quotedText, fc.nat(45), fc.nat(45), (text, a, b) => {
        const quotes = findQuoteSpans(text);
        const index = quoteIndex(quotes);
        const [start, end] = a <= b ? [a, b] : [b, a];
        const all = quotes.map((_, i) => i);
        expect(index.quoted(a)).toBe(quotes.some((q) => a >= q.open && a < q.close));
        expect(index.around(a)).toEqual(all.filter((i) => quotes[i]!.open <= a && quotes[i]!.close >= a));
        expect(index.meeting(start, end)).toEqual(all.filter((i) => quotes[i]!.innerStart < end && quotes[i]!.innerEnd > start));
      }),
      PROPERTY_RUNS,
    );
  });

  it('stripAppositions drops parentheses as the regular expression did', () => {
    const simply = (phrase: string) => phrase.replace(/,[^,]*(?:,|$)/g, ' ').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
    fc.assert(fc.property(textOf(['(', ')', ',', ' ', 'a', 'US', 'official']), (phrase) => {
      expect(stripAppositions(phrase)).toBe(simply(phrase));
    }), PROPERTY_RUNS);
  });
});
