import { MONTH_PATTERN, WEEKDAY_PATTERN } from '../lexicon/calendar.js';
import { BOILERPLATE_PATTERNS, LAYOUT_CODE, PHOTO_CREDIT, RULE_LINE } from '../lexicon/pageFurniture.js';
import type { SegmentRole } from './segment.js';

/** What the role of a line is decided from. */
export interface LineContext {
  /** The line, normalized, wrapped lines joined by spaces. */
  text: string;
  /** How many sentences the line holds. */
  sentences: number;
  /** The line stood alone (not joined from hard-wrapped lines). */
  wholeLine: boolean;
  /** A headline, subhead or body line came before this one. */
  seenContent: boolean;
  /** The line's paragraph holds an embedded post (a tweet and its handle line). */
  embedded: boolean;
  /** The raw characters just before the line in the original text (markdown `#` markers show there). */
  originalPrefix: string;
}

/** A line that is only a date, optionally with a time and an "Updated"/"Published" label. */
const DATE_LINE = new RegExp(
  `^(?:(?:updated|published|posted|last (?:updated|modified))(?: on)?:?\\s*)?(?:${WEEKDAY_PATTERN},?\\s+)?` +
    `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH_PATTERN},?\\s+\\d{4}` +
    `|${MONTH_PATTERN}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})` +
    `(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,4})?)?\\s*\\.?$`,
  'i',
);

/**
 * `By Jane Doe`, `By Jane Doe and John Roe, Reuters`: capitalized names after "By". The pattern
 * ignores case, so `\p{Lu}` takes any cased letter and "and", "de", "van"... are names too (listing
 * them besides made a line of "by A and and and ..." take time exponential in its length).
 */
const BYLINE = /^by\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*(?:\s*[,|\u2014-]\s*[\p{L} .,&'|-]{0,60})?$/iu;

/**
 * A wire dateline opening a paragraph: `MUNICH (AP) — `, `BEIRUT, Lebanon (AP) — `,
 * `WASHINGTON — `, `Munich, Feb 11 (Reuters) - `.
 */
export const WIRE_DATELINE = new RegExp(
  `^(?:[A-Z][A-Z.'-]{2,}(?: [A-Z][A-Z.'-]+)*(?:,\\s+[A-Z][\\p{L}.]+(?:\\s+[A-Z][\\p{L}.]+)*)?(?:,?\\s+${MONTH_PATTERN}\\s+\\d{1,2})?(?:\\s*\\([A-Z][\\w .&/-]{1,30}\\))?` +
    `|[A-Z][\\p{L}.]+(?:\\s+[A-Z][\\p{L}.]+)*,\\s+${MONTH_PATTERN}\\s+\\d{1,2}\\s+\\([A-Z][\\w .&/-]{1,30}\\))\\s*[\\u2014-]\\s+(?=\\S)`,
  'u',
);

/** Share of `?` among the visible characters above which a line is mojibake (text lost to a wrong encoding). */
const GARBLED_SHARE = 0.3;

/**
 * The role of a whole line. Rules go from the most certain (page furniture that can be recognized
 * on its own) to the most contextual (a headline is the first content line; a subhead a short line
 * without final punctuation later on).
 */
export function lineRole(line: LineContext): SegmentRole {
  const text = line.text.trim();
  if (line.embedded || isBoilerplateLine(text)) return 'boilerplate';
  if (DATE_LINE.test(text)) return 'dateline';
  if (line.sentences <= 1 && BYLINE.test(text) && wordCount(text) <= 12) return 'byline';
  if (PHOTO_CREDIT.test(text) && wordCount(text) <= 45) return 'caption';
  const endsOpen = !/[.,;:]["')\]]*$/.test(text);
  if (!line.seenContent && line.wholeLine && line.sentences <= 1 && wordCount(text) <= 30 && endsOpen) return 'headline';
  if (/#\s*$/.test(line.originalPrefix) && line.sentences <= 1) return line.seenContent ? 'subhead' : 'headline';
  if (line.seenContent && line.wholeLine && line.sentences <= 1 && wordCount(text) <= 14 && !/[.,;:]["')\]]*$/.test(text)) {
    return 'subhead';
  }
  if (/^-\s.+\s-$/.test(text)) return 'subhead';
  return 'body';
}

/** A sentence inside a body line that is page furniture on its own (`Read more: ...`). */
export function pieceIsBoilerplate(sentence: string): boolean {
  const trimmed = sentence.trim();
  return BOILERPLATE_PATTERNS.some((p) => p.test(trimmed));
}

function isBoilerplateLine(text: string): boolean {
  if (RULE_LINE.test(text) || LAYOUT_CODE.test(text)) return true;
  if (BOILERPLATE_PATTERNS.some((p) => p.test(text))) return true;
  // skip: without a question mark a line cannot be mojibake (most lines)
  if (!text.includes('?')) return false;
  const visible = text.replace(/\s/g, '');
  const questionMarks = visible.length - visible.replace(/\?/g, '').length;
  return visible.length >= 8 && questionMarks / visible.length > GARBLED_SHARE;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
