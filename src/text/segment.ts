import { CrosscheckInputError } from '../errors.js';
import { normalize, type NormalizedText } from './normalize.js';
import { sentenceStarts } from './sentenceBoundary.js';
import type { TextSpan } from './span.js';
import { EMBED_MARKERS } from '../lexicon/pageFurniture.js';
import { lineRole, pieceIsBoilerplate, WIRE_DATELINE, type LineContext } from './segmentRole.js';

/**
 * What a segment is on the page. Only `headline` and `body` segments become statements;
 * `subhead`s repeat the body, and the rest is page furniture.
 */
export type SegmentRole = 'headline' | 'subhead' | 'dateline' | 'byline' | 'caption' | 'boilerplate' | 'body';

/** A sentence, or a line that stands on its own (headline, subhead, caption, page furniture). */
export interface Segment extends TextSpan {
  /** Position among the article's segments, from 0. */
  index: number;
  role: SegmentRole;
  /** Paragraph number, from 0: segments of one paragraph share it. */
  paragraph: number;
}

/** A run of lines read as one unit: a paragraph line, or hard-wrapped lines joined back. */
interface Block {
  start: number;
  end: number;
  paragraph: number;
  /** True when the block is a whole line that stood alone between line breaks. */
  wholeLine: boolean;
}

/**
 * Splits news text into sentences and standalone lines, each with its offsets into `text` and its
 * role. Every non-blank character of `text` lies in exactly one segment, so boilerplate is kept
 * (with role `boilerplate`) rather than dropped: a reader can always see what was skipped.
 * Text that is not a string throws a `CrosscheckInputError` (`INVALID_ARGUMENT`).
 *
 * @example
 * segment('Talks stall\n\nPeace talks are due by Feb. 25. U.S. officials agree.\n\nShare on Twitter')
 *   .map((s) => [s.role, s.text]);
 * // [['headline', 'Talks stall'],
 * //  ['body', 'Peace talks are due by Feb. 25.'],
 * //  ['body', 'U.S. officials agree.'],
 * //  ['boilerplate', 'Share on Twitter']]
 */
export function segment(text: string): Segment[] {
  if (typeof text !== 'string') {
    throw new CrosscheckInputError(`segment: text must be a string, got ${text === null ? 'null' : typeof text}`, { code: 'INVALID_ARGUMENT', field: 'text' });
  }
  return segmentNormalized(normalize(text)).map(({ normalizedStart, normalizedEnd, ...segment }) => segment);
}

/** A segment with its offsets in the normalized text too (the pipeline reads facts there). */
export interface SegmentRecord extends Segment {
  normalizedStart: number;
  normalizedEnd: number;
}

/** {@link segment} on text that is already normalized (the pipeline normalizes once per article). */
export function segmentNormalized(normalized: NormalizedText): SegmentRecord[] {
  const text = normalized.text;
  const blocks = readBlocks(text);
  const embedParagraphs = new Set(blocks.filter((b) => isEmbedLine(text, b)).map((b) => b.paragraph));
  const segments: SegmentRecord[] = [];
  let seenContent = false;
  for (const block of blocks) {
    const lineText = text.slice(block.start, block.end).replace(/\n/g, ' ');
    const pieces = splitPieces(lineText, block.paragraph === blocks[0]?.paragraph || isParagraphStart(blocks, block));
    const context: LineContext = {
      text: lineText,
      sentences: pieces.filter((p) => !p.dateline).length,
      wholeLine: block.wholeLine,
      seenContent,
      embedded: embedParagraphs.has(block.paragraph),
      originalPrefix: normalized.original.slice(
        Math.max(0, normalized.toOriginal({ start: block.start, end: block.start + 1 }).start - 8),
        normalized.toOriginal({ start: block.start, end: block.start + 1 }).start,
      ),
    };
    const role = lineRole(context);
    if (role === 'headline' || role === 'body' || role === 'subhead') seenContent = true;
    for (const piece of pieces) {
      const start = block.start + piece.start;
      const end = block.start + piece.end;
      const pieceText = lineText.slice(piece.start, piece.end);
      let pieceRole: SegmentRole = role;
      if (piece.dateline) pieceRole = 'dateline';
      else if (role === 'body' && pieceIsBoilerplate(pieceText)) pieceRole = 'boilerplate';
      const span = normalized.toOriginal({ start, end });
      segments.push({
        index: segments.length,
        role: pieceRole,
        paragraph: block.paragraph,
        text: pieceText,
        ...span,
        normalizedStart: start,
        normalizedEnd: end,
      });
    }
  }
  return segments;
}

interface Piece {
  start: number;
  end: number;
  dateline?: boolean;
}

/** Cuts a block into sentences, trimmed; a wire dateline (`MUNICH (AP) —`) opening a paragraph is its own piece. */
function splitPieces(line: string, paragraphStart: boolean): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  if (paragraphStart) {
    const dateline = WIRE_DATELINE.exec(line);
    if (dateline && dateline[0].length < line.length) {
      pieces.push({ start: 0, end: dateline[0].trimEnd().length, dateline: true });
      offset = dateline[0].length;
    }
  }
  const body = line.slice(offset);
  const cuts = [0, ...sentenceStarts(body), body.length];
  for (let i = 0; i + 1 < cuts.length; i++) {
    let s = cuts[i]!;
    let e = cuts[i + 1]!;
    while (s < e && /\s/.test(body[s]!)) s++;
    while (e > s && /\s/.test(body[e - 1]!)) e--;
    if (e > s) pieces.push({ start: offset + s, end: offset + e });
  }
  return pieces;
}

/**
 * Lines of the text, with hard-wrapped lines joined back: a long line that ends without
 * punctuation and is followed, in the same paragraph, by a line starting in lower case.
 */
function readBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph = 0;
  let blankSeen = false;
  let position = 0;
  for (const raw of text.split('\n')) {
    const start = position;
    const end = start + raw.length;
    position = end + 1;
    if (raw.trim() === '') {
      if (blocks.length > 0) blankSeen = true;
      continue;
    }
    if (blankSeen) {
      paragraph++;
      blankSeen = false;
    }
    const previous = blocks[blocks.length - 1];
    if (previous && previous.paragraph === paragraph && isWrapped(text.slice(previous.start, previous.end), raw)) {
      previous.end = end;
      previous.wholeLine = false;
      continue;
    }
    blocks.push({ start, end, paragraph, wholeLine: true });
  }
  return blocks;
}

function isWrapped(previousLine: string, line: string): boolean {
  return previousLine.length >= 40 && !/[.!?:;"')\]\u2026]\s*$/.test(previousLine) && /^\s*\p{Ll}/u.test(line);
}

function isParagraphStart(blocks: Block[], block: Block): boolean {
  const i = blocks.indexOf(block);
  return i === 0 || blocks[i - 1]!.paragraph !== block.paragraph;
}

function isEmbedLine(text: string, block: Block): boolean {
  const line = text.slice(block.start, block.end);
  return EMBED_MARKERS.some((p) => p.test(line));
}
