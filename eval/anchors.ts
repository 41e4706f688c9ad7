import type { Span, Statement } from '../src/index.js';
import type { GoldMember, SeedDocument } from './seeds.js';

/**
 * Finds a gold anchor in its article: the anchor is a substring of the text after folding curly
 * quotes, dropping `*` and collapsing white space, so the article is folded the same way with a
 * map back to the raw offsets.
 */
export function locateAnchor(doc: SeedDocument, anchor: string): Span | undefined {
  const { folded, offsets } = fold(doc.text);
  const target = foldPlain(anchor);
  const at = folded.indexOf(target);
  if (at < 0) return undefined;
  return { start: offsets[at]!, end: offsets[at + target.length - 1]! + 1 };
}

/** The statement of the anchor's article that overlaps the anchor most (ties: the earlier one). */
export function statementForAnchor(
  member: GoldMember,
  docs: readonly SeedDocument[],
  statements: readonly Statement[],
): { statement?: Statement; span?: Span } {
  const doc = docs.find((d) => d.id === member.doc);
  if (!doc) return {};
  const span = locateAnchor(doc, member.anchor);
  if (!span) return {};
  let best: Statement | undefined;
  let bestOverlap = 0;
  for (const s of statements) {
    if (s.articleId !== member.doc || s.field !== 'text') continue;
    const overlap = Math.min(s.end, span.end) - Math.max(s.start, span.start);
    if (overlap > bestOverlap) {
      best = s;
      bestOverlap = overlap;
    }
  }
  return { ...(best && { statement: best }), span };
}

const CURLY: Record<string, string> = { '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u00AB': '"', '\u00BB': '"', '\u2018': "'", '\u2019': "'", '\u201A': "'" };

function fold(text: string): { folded: string; offsets: number[] } {
  let folded = '';
  const offsets: number[] = [];
  let lastSpace = true;
  for (let i = 0; i < text.length; i++) {
    let c = text[i]!;
    if (c === '*') continue;
    c = CURLY[c] ?? c;
    if (/\s/.test(c)) {
      if (lastSpace) continue;
      c = ' ';
      lastSpace = true;
    } else lastSpace = false;
    folded += c;
    offsets.push(i);
  }
  return { folded, offsets };
}

function foldPlain(text: string): string {
  return fold(text).folded.trim();
}
