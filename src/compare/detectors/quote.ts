import type { Quote } from '../../extract/quote.js';
import type { TextSpan } from '../../text/span.js';
import { wordDifference } from '../../text/wordDistance.js';
import { quoteText, type Detector } from '../detector.js';
import { perStatement } from '../perStatement.js';

/** Quotations sharing at least this share of their words (longest common subsequence over the longer) are the same quote. */
const SAME_QUOTE = 0.5;
/** Quotes shorter than this many words are scare quotes, too short to compare. */
const MIN_WORDS = 4;

/**
 * The same speaker's quote worded differently: two quotations that share most of their words in
 * order but are not identical once case and punctuation are set aside ("much more **hard**" vs
 * "much more **difficult**"). The differing words are the spans. Quotes attributed to two
 * different named speakers are not compared.
 */
export const quoteDetector: Detector = {
  kind: 'quote',
  name: 'quote-wording',
  compare(a, b) {
    if (a.quotes.length === 0 || b.quotes.length === 0) return undefined;
    const wordsA = quoteWordsOf(a);
    const wordsB = quoteWordsOf(b);
    let best: { qa: Quote; qb: Quote; overlap: number } | undefined;
    for (const qa of a.quotes) {
      const wa = wordsA.get(qa)!;
      if (wa.length < MIN_WORDS) continue;
      for (const qb of b.quotes) {
        const wb = wordsB.get(qb)!;
        if (wb.length < MIN_WORDS || qa.normalized === qb.normalized) continue;
        // One quote is a piece of the other (a quote split by its speech tag): the same words.
        if (contains(qa.normalized, qb.normalized) || contains(qb.normalized, qa.normalized)) continue;
        if (qa.speakerId && qb.speakerId && !sameSpeaker(qa.speakerId, qb.speakerId)) continue;
        const overlap = commonShare(wa, wb);
        if (overlap >= SAME_QUOTE && (!best || overlap > best.overlap)) best = { qa, qb, overlap };
      }
    }
    // The same words quoted identically somewhere else in the pair means they agree.
    if (!best || a.quotes.some((qa) => b.quotes.some((qb) => qa.normalized === qb.normalized && wordsA.get(qa)!.length >= MIN_WORDS))) return undefined;
    const { qa, qb, overlap } = best;
    const wa = wordsA.get(qa)!;
    const wb = wordsB.get(qb)!;
    const difference = wordDifference(wa, wb);
    const changedA = difference.a.map(([s, e]) => wa.slice(s, e).join(' '));
    const changedB = difference.b.map(([s, e]) => wb.slice(s, e).join(' '));
    return {
      spans: [wordSpans(qa, changedA), wordSpans(qb, changedB)],
      values: [qa.normalized, qb.normalized],
      score: Math.min(1, 0.5 + overlap / 2),
      explanation:
        `${speakerOf(qa, qb)} is quoted two ways: ${a.outlet} has ${changedA.length ? changedA.map((w) => quoteText(w, 30)).join(', ') : 'fewer words'}` +
        ` where ${b.outlet} has ${changedB.length ? changedB.map((w) => quoteText(w, 30)).join(', ') : 'fewer words'}.`,
    };
  },
};

/** The words of each of a statement's quotes, split once: its quotes are set against those of every other statement of its cluster. */
const quoteWordsOf = perStatement((statement): ReadonlyMap<Quote, readonly string[]> => new Map(statement.quotes.map((q) => [q, q.normalized.split(' ')])));

function contains(whole: string, part: string): boolean {
  return ` ${whole} `.includes(` ${part} `);
}

function sameSpeaker(a: string, b: string): boolean {
  const last = (name: string) => name.split(/\s+/).pop()!.toLowerCase();
  return a === b || last(a) === last(b);
}

function speakerOf(qa: Quote, qb: Quote): string {
  return qa.speaker ?? qb.speaker ?? 'The speaker';
}

/** Words in common, in order, over the longer quote's length. */
function commonShare(a: readonly string[], b: readonly string[]): number {
  const { a: differing } = wordDifference(a, b);
  const changed = differing.reduce((n, [s, e]) => n + e - s, 0);
  return (a.length - changed) / Math.max(a.length, b.length);
}

/** Spans of the differing words inside the quote's text (found case-insensitively). */
function wordSpans(quote: Quote, words: string[]): TextSpan[] {
  const spans: TextSpan[] = [];
  const lower = quote.text.toLowerCase();
  const exact = quote.end - quote.start === quote.text.length;
  let cursor = 0;
  for (const phrase of words) {
    const first = phrase.split(' ')[0]!;
    const at = lower.indexOf(first, cursor);
    if (at < 0) continue;
    const lastWord = phrase.split(' ').pop()!;
    const lastAt = lower.indexOf(lastWord, at);
    const end = (lastAt >= 0 ? lastAt + lastWord.length : at + first.length);
    spans.push(exact ? { text: quote.text.slice(at, end), start: quote.start + at, end: quote.start + end } : { text: quote.text.slice(at, end), start: quote.start, end: quote.end });
    cursor = end;
  }
  return spans.length > 0 ? spans : [quote];
}
