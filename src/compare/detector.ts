import type { AliasTable } from '../extract/aliases.js';
import type { Statement } from '../extract/statement.js';
import type { TextSpan } from '../text/span.js';
import type { DivergenceKind } from './divergence.js';

/** What a detector may consult besides the two statements. */
export interface DetectorContext {
  /** The cluster the two statements belong to (`''` when comparing two statements directly). */
  clusterId: string;
  /** Grouping similarity of the two statements (0..1). */
  similarity: number;
  /** Share of content the two have in common: soft TF-IDF cosine of their content words (0..1). */
  overlap: number;
  /** The names in use (defaults and the caller's aliases). */
  aliases: AliasTable;
}

/** What a detector reports about one pair; the pipeline adds ids and the cluster. */
export interface DivergenceFinding {
  /** The words that differ, in each statement (offsets into each article's text or title). */
  spans: [TextSpan[], TextSpan[]];
  /** The normalized values compared, in statement order. */
  values: [unknown, unknown];
  /** How sure the detector is, 0..1. */
  score: number;
  /** One line a journalist understands. */
  explanation: string;
}

/**
 * A divergence detector: one kind of disagreement, checked on one pair of statements that
 * report the same thing. Returns nothing when the two agree (or cannot be compared).
 *
 * @example
 * const tone: Detector = {
 *   kind: 'tone',
 *   name: 'exclamation',
 *   compare: (a, b) => (a.text.endsWith('!') !== b.text.endsWith('!')
 *     ? { spans: [[], []], values: [a.text.endsWith('!'), b.text.endsWith('!')], score: 0.3, explanation: 'One report exclaims, the other does not.' }
 *     : undefined),
 * };
 */
export interface Detector {
  readonly kind: DivergenceKind | (string & {});
  /** Name of this detector (several may share a kind). */
  readonly name: string;
  compare(a: Statement, b: Statement, context: DetectorContext): DivergenceFinding | undefined;
}

/** How a statement's source reads in an explanation: "U.S. officials", "Moscow", "the outlet (Reuters)". */
export function sourceLabel(statement: Statement): string {
  const a = statement.attribution;
  if (a.kind === 'outlet') return `${statement.outlet} (own voice)`;
  return a.source;
}

/** Quotes a short piece of text for an explanation, shortened to `max` characters. */
export function quoteText(text: string, max = 60): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `"${clean.length > max ? `${clean.slice(0, max - 1)}\u2026` : clean}"`;
}
