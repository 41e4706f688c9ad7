import { CrosscheckInputError } from '../errors.js';
import type { Span } from './span.js';
import { HTML_ENTITIES } from '../lexicon/htmlEntities.js';

/**
 * Clean text plus the way back to the original: every character of `text` knows the range of the
 * original string it came from, so spans found on clean text can be highlighted in the raw article.
 */
export interface NormalizedText {
  /** The raw input. */
  readonly original: string;
  /** Straight quotes, no HTML or markdown markup, `—` for dashes between words, single spaces. */
  readonly text: string;
  /** Maps a span of `text` to the span of `original` it was made from. */
  toOriginal(span: Span): Span;
}

/** One replacement of `[start, end)` by `replacement`; edits of one rule never overlap. */
interface Edit {
  start: number;
  end: number;
  replacement: string;
}

/** A rewriting rule: a regular expression and what each match becomes (a string, or null to drop it). */
interface Rule {
  name: string;
  /**
   * Strings one of which every match contains: a text holding none is skipped without running the
   * pattern (most news text has no markup, entities or curly quotes).
   */
  hint?: readonly string[];
  pattern: RegExp;
  rewrite: (match: RegExpExecArray) => Edit[];
}

const replaceAll = (replacement: string) => (m: RegExpExecArray): Edit[] => [
  { start: m.index, end: m.index + m[0].length, replacement },
];

/** Keep capture group 1 of the match and drop the markup around it, so kept words map 1:1. */
const keepGroup = (m: RegExpExecArray): Edit[] => {
  const inner = m[1] ?? '';
  const innerStart = m.index + m[0].indexOf(inner, 1);
  const innerEnd = innerStart + inner.length;
  return [
    { start: m.index, end: innerStart, replacement: '' },
    { start: innerEnd, end: m.index + m[0].length, replacement: '' },
  ];
};

const decodeEntity = (m: RegExpExecArray): Edit[] => {
  const body = m[1] ?? '';
  let decoded: string | undefined;
  if (body.startsWith('#x') || body.startsWith('#X')) decoded = safeCodePoint(parseInt(body.slice(2), 16));
  else if (body.startsWith('#')) decoded = safeCodePoint(parseInt(body.slice(1), 10));
  else decoded = HTML_ENTITIES[body.toLowerCase()];
  return decoded === undefined ? [] : [{ start: m.index, end: m.index + m[0].length, replacement: decoded }];
};

function safeCodePoint(code: number): string | undefined {
  return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

const BLOCK_TAGS = 'p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer|figure|figcaption|aside|hr|pre';

/**
 * The rules, in order. HTML goes first because markdown and quotes may hide inside tags and
 * entities; quotes are folded before dashes and spaces so that later stages see one alphabet.
 * No pattern reads the text again from each character of a long run (see `npm run redos`): a
 * comment, script or image ends where the next one opens, and link text holds no `[`.
 */
const RULES: readonly Rule[] = [
  { name: 'line endings', hint: ['\r'], pattern: /\r\n?/g, rewrite: replaceAll('\n') },
  { name: 'html comments', hint: ['<!--'], pattern: /<!--(?:(?!<!--)[\s\S])*?-->/g, rewrite: replaceAll('') },
  { name: 'html scripts', hint: ['<'], pattern: /<(script|style|noscript)\b[^<>]*>(?:(?!<(?:script|style|noscript)\b)[\s\S])*?<\/\1\s*>/gi, rewrite: replaceAll('') },
  { name: 'html blocks', hint: ['<'], pattern: new RegExp(`</?(?:${BLOCK_TAGS})\\b[^<>]*>`, 'gi'), rewrite: replaceAll('\n') },
  { name: 'html tags', hint: ['<'], pattern: /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g, rewrite: replaceAll('') },
  { name: 'html entities', hint: ['&'], pattern: /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, rewrite: decodeEntity },
  { name: 'markdown images', hint: ['!['], pattern: /!\[(?:[^\]\n!]|!(?!\[))*\]\((?:[^)\n!]|!(?!\[))*\)/g, rewrite: replaceAll('') },
  { name: 'markdown links', hint: [']('], pattern: /\[([^\]\n[]+)\]\([^)\s[]*(?:\s+"[^"\n]*")?\)/g, rewrite: keepGroup },
  { name: 'markdown headings', hint: ['#'], pattern: /^[ \t]{0,3}#{1,6}[ \t]+/gm, rewrite: replaceAll('') },
  { name: 'markdown blockquotes', hint: ['>'], pattern: /^[ \t]{0,3}>[ \t]?/gm, rewrite: replaceAll('') },
  { name: 'markdown strong', hint: ['**', '__'], pattern: /(\*\*|__)(?=\S)([^\n]*?\S)\1/g, rewrite: strongInner },
  { name: 'markdown emphasis *', hint: ['*'], pattern: /(?<![*\w\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![*\w])/g, rewrite: keepGroup },
  { name: 'markdown emphasis _', hint: ['_'], pattern: /(?<![_\w\\])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?![_\w])/g, rewrite: keepGroup },
  { name: 'markdown escapes', hint: ['\\'], pattern: /\\([\\`*_{}[\]()#+\-.!|])/g, rewrite: keepGroup },
  // (the rules above are the markup rules: see MARKUP_RULE_COUNT)
  { name: 'double quotes', pattern: /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, rewrite: replaceAll('"') },
  { name: 'single quotes', pattern: /[\u2018\u2019\u201A\u201B\u2032]/g, rewrite: replaceAll("'") },
  { name: 'numeric dashes', hint: ['\u2013', '\u2012'], pattern: /(?<=\d)[\u2013\u2012](?=\d)/g, rewrite: replaceAll('-') },
  { name: 'word dashes', hint: ['--', '\u2013', '\u2012', '\u2015'], pattern: /(?<!-)--(?!-)|[\u2013\u2012\u2015]/g, rewrite: replaceAll('\u2014') },
  { name: 'minus and hyphen forms', pattern: /[\u2010\u2011\u2212]/g, rewrite: replaceAll('-') },
  { name: 'invisible characters', pattern: /[\u200B-\u200D\u2060\uFEFF\u00AD]/g, rewrite: replaceAll('') },
  { name: 'space characters', pattern: /[\t\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, rewrite: replaceAll(' ') },
  { name: 'repeated spaces', hint: ['  '], pattern: / {2,}/g, rewrite: replaceAll(' ') },
  { name: 'spaces at line ends', hint: [' \n', '\n '], pattern: /(?<! ) +(?=\n)|(?<=\n) +/g, rewrite: replaceAll('') },
];

/**
 * The rules up to the markdown escapes undo markup, and each of their matches holds one of
 * `MARKUP_CHARACTER`: plain text (most news text) skips them all after one look at it.
 */
const MARKUP_RULE_COUNT = RULES.findIndex((rule) => rule.name === 'double quotes');
const TEXT_RULES = RULES.slice(MARKUP_RULE_COUNT);
const MARKUP_CHARACTER = /[\r<&\]#>*_\\]/;

function strongInner(m: RegExpExecArray): Edit[] {
  const marker = m[1] ?? '';
  const end = m.index + m[0].length;
  return [
    { start: m.index, end: m.index + marker.length, replacement: '' },
    { start: end - marker.length, end, replacement: '' },
  ];
}

/**
 * Normalizes news text while keeping a map back to the original offsets: folds curly quotes,
 * strips HTML tags, decodes entities, unwraps markdown links and emphasis, turns `--` and
 * en-dashes between words into `—`, and collapses spaces. Line breaks are kept, because a line
 * of its own is how headlines, subheads and captions show themselves. Text that is not a string
 * throws a `CrosscheckInputError` (`INVALID_ARGUMENT`).
 *
 * @example
 * const n = normalize('He said “*no*” -- [twice](http://x.y).');
 * n.text; // 'He said "no" — twice.'
 * n.toOriginal({ start: 8, end: 12 }); // { start: 8, end: 15 }: the span of `“*no*”`
 */
export function normalize(original: string): NormalizedText {
  if (typeof original !== 'string') {
    throw new CrosscheckInputError(`normalize: text must be a string, got ${original === null ? 'null' : typeof original}`, { code: 'INVALID_ARGUMENT', field: 'text' });
  }
  let text = original;
  let starts: Int32Array | undefined;
  let ends: Int32Array | undefined;
  // skip: no markup rule can match text without a markup character (and the text is unchanged until the first edit)
  const rules = MARKUP_CHARACTER.test(original) ? RULES : TEXT_RULES;
  for (const rule of rules) {
    const edits = collectEdits(text, rule);
    if (edits.length === 0) continue;
    if (!starts || !ends) ({ starts, ends } = identityMap(text.length));
    ({ text, starts, ends } = applyEdits(text, starts, ends, edits));
  }
  const startMap = starts;
  const endMap = ends;
  const originalLength = original.length;
  return {
    original,
    text,
    toOriginal({ start, end }: Span): Span {
      if (!startMap || !endMap) return { start, end };
      if (start >= text.length) return { start: originalLength, end: originalLength };
      const s = startMap[start] ?? originalLength;
      if (end <= start) return { start: s, end: s };
      const e = endMap[Math.min(end, text.length) - 1] ?? originalLength;
      return { start: s, end: Math.max(s, e) };
    },
  };
}

/** Each rule's hint as one pattern: a text is searched once for all of a rule's strings. */
const HINT_PATTERNS = new Map(
  RULES.filter((rule) => rule.hint).map((rule) => [rule, new RegExp(rule.hint!.map((h) => h.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|'))]),
);

function collectEdits(text: string, rule: Rule): Edit[] {
  const edits: Edit[] = [];
  // skip: the text holds none of the strings every match contains
  if (HINT_PATTERNS.get(rule)?.test(text) === false) return edits;
  // The rule's own pattern object: its `lastIndex` is reset here, and no call nests in another.
  const { pattern } = rule;
  pattern.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text)) !== null) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    for (const edit of rule.rewrite(match)) if (edit.end > edit.start || edit.replacement) edits.push(edit);
  }
  return edits;
}

function identityMap(length: number): { starts: Int32Array; ends: Int32Array } {
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  for (let i = 0; i < length; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { starts, ends };
}

function applyEdits(
  text: string,
  starts: Int32Array,
  ends: Int32Array,
  edits: Edit[],
): { text: string; starts: Int32Array; ends: Int32Array } {
  let outLength = text.length;
  for (const e of edits) outLength += e.replacement.length - (e.end - e.start);
  const newStarts = new Int32Array(outLength);
  const newEnds = new Int32Array(outLength);
  const pieces: string[] = [];
  let cursor = 0;
  let out = 0;
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    pieces.push(text.slice(from, to));
    newStarts.set(starts.subarray(from, to), out);
    newEnds.set(ends.subarray(from, to), out);
    out += to - from;
  };
  for (const e of edits) {
    copy(cursor, e.start);
    if (e.replacement) {
      const originalStart = e.end > e.start ? starts[e.start]! : (starts[e.start] ?? ends[e.start - 1] ?? 0);
      const originalEnd = e.end > e.start ? ends[e.end - 1]! : originalStart;
      pieces.push(e.replacement);
      newStarts.fill(originalStart, out, out + e.replacement.length);
      newEnds.fill(originalEnd, out, out + e.replacement.length);
      out += e.replacement.length;
    }
    cursor = e.end;
  }
  copy(cursor, text.length);
  return { text: pieces.join(''), starts: newStarts, ends: newEnds };
}
