import { HTML_ENTITIES } from '../lexicon/htmlEntities.js';

/** What a saved web page holds for crosscheck: its main text, its headline, its date when it says. */
export interface HtmlArticle {
  /** The main text, paragraphs separated by blank lines, headline taken out. */
  text: string;
  /** The first `<h1>` of the main content (else of the page), else the page `<title>`. */
  title?: string;
  /** From `<meta property="article:published_time">` and kin, or the first `<time datetime>`. */
  published?: string;
}

/** Elements whose content is never article text. */
const CODE_ELEMENTS = ['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'canvas', 'head'];
/** Page furniture around the story. */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'form', 'button', 'select', 'dialog', 'menu']);
/** Elements that end a line of text; the rest are inline. */
const BLOCKS =
  'address|article|blockquote|dd|details|div|dl|dt|figcaption|figure|h[1-6]|hr|li|main|ol|p|pre|section|summary|table|tbody|thead|tfoot|tr|ul';
const PUBLISHED_META = /^(?:article:published_time|og:published_time|datepublished|pubdate|publishdate|date|dc\.date|dcterms\.date)$/i;

/**
 * Takes the main text out of a web page, without a DOM: code and comments are dropped; the text
 * comes from the `<article>` with the most text, else `<main>`, else `<body>`; navigation, headers,
 * footers, asides and forms inside it are dropped; block elements end paragraphs; entities are
 * decoded. The headline (`<h1>`) is taken out of the text and returned as the title.
 *
 * @example
 * htmlToArticle('<title>Site</title><nav>Home</nav><article><h1>Talks stall</h1><p>Talks stalled.</p></article>');
 * // { title: 'Talks stall', text: 'Talks stalled.' }
 */
export function htmlToArticle(html: string): HtmlArticle {
  const pageTitle = firstRange(html, /<title\b[^<>]*>/gi, /<\/title\s*>/gi)?.inner;
  const published = publishedFromMeta(html);
  let page = dropRanges(dropRanges(html, /<!--/g, /-->/g), /<!\[CDATA\[/g, /\]\]>/g);
  for (const name of CODE_ELEMENTS) page = dropRanges(page, new RegExp(`<${name}\\b`, 'gi'), new RegExp(`<\\/${name}\\s*>`, 'gi'));
  let main = mainContent(page);
  const h1 = firstElement(main, 'h1') ?? firstElement(page, 'h1');
  main = withoutElements(main, FURNITURE);
  const h1InMain = firstElement(main, 'h1');
  if (h1InMain) main = main.slice(0, h1InMain.start) + main.slice(h1InMain.end);
  const title = cleanInline(h1?.inner ?? '') || cleanInline(pageTitle?.split(' | ')[0] ?? '');
  const article: HtmlArticle = { text: toText(main) };
  if (title !== '') article.title = title;
  const time = published ?? publishedFromTime(main);
  if (time !== undefined) article.published = time;
  return article;
}

/**
 * The first stretch from a match of `open` to the first match of `close` after it (what
 * `/OPEN([\s\S]*?)CLOSE/` finds), searching from `from`. Both patterns are global. When an opening
 * is never closed no later one is either, so the text is read once, not again from each opening.
 */
function firstRange(text: string, open: RegExp, close: RegExp, from = 0): ElementRange | undefined {
  open.lastIndex = from;
  const opening = open.exec(text);
  if (!opening) return undefined;
  close.lastIndex = opening.index + opening[0].length;
  const closing = close.exec(text);
  if (!closing) return undefined;
  return { start: opening.index, end: close.lastIndex, inner: text.slice(opening.index + opening[0].length, closing.index) };
}

/** `text` with each stretch {@link firstRange} finds replaced by a space (`replace(/OPEN[\s\S]*?CLOSE/g, ' ')`). */
function dropRanges(text: string, open: RegExp, close: RegExp): string {
  const kept: string[] = [];
  let at = 0;
  for (let range = firstRange(text, open, close); range; range = firstRange(text, open, close, at)) {
    kept.push(text.slice(at, range.start), ' ');
    at = range.end;
  }
  kept.push(text.slice(at));
  return kept.join('');
}

interface ElementRange {
  /** Offset of `<`. */
  start: number;
  /** Offset after the closing tag's `>` (or the end of the text when it is not closed). */
  end: number;
  inner: string;
}

// (The whole name, and no `<` inside a tag, even quoted: each `<` starts one try that ends by the next `<`.)
const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)(?![a-zA-Z0-9-])(?:[^<>"']|"[^<"]*"|'[^<']*')*?(\/?)>/g;

/** The outermost elements named in `names`, in order, nesting counted. */
function outermost(html: string, names: ReadonlySet<string>): ElementRange[] {
  const found: ElementRange[] = [];
  let open: { name: string; start: number; innerStart: number; depth: number } | undefined;
  for (const m of html.matchAll(TAG)) {
    const closing = m[1] === '/';
    const name = m[2]!.toLowerCase();
    const selfClosing = m[3] === '/';
    const at = m.index;
    if (open === undefined) {
      if (!closing && !selfClosing && names.has(name)) open = { name, start: at, innerStart: at + m[0].length, depth: 1 };
    } else if (name === open.name && !selfClosing) {
      open.depth += closing ? -1 : 1;
      if (open.depth === 0) {
        found.push({ start: open.start, end: at + m[0].length, inner: html.slice(open.innerStart, at) });
        open = undefined;
      }
    }
  }
  if (open) found.push({ start: open.start, end: html.length, inner: html.slice(open.innerStart) });
  return found;
}

function firstElement(html: string, name: string): ElementRange | undefined {
  return outermost(html, new Set([name]))[0];
}

function withoutElements(html: string, names: ReadonlySet<string>): string {
  let out = '';
  let at = 0;
  for (const range of outermost(html, names)) {
    out += `${html.slice(at, range.start)}\n\n`;
    at = range.end;
  }
  return out + html.slice(at);
}

/** The `<article>` with the most text, else `<main>`, else `<body>`, else the whole page. */
function mainContent(page: string): string {
  const articles = outermost(page, new Set(['article']));
  if (articles.length > 0) {
    return articles.reduce((best, a) => (textLength(a.inner) > textLength(best.inner) ? a : best)).inner;
  }
  return firstElement(page, 'main')?.inner ?? firstElement(page, 'body')?.inner ?? page;
}

function textLength(html: string): number {
  return html.replace(/<[^<>]*>/g, '').replace(/\s+/g, ' ').trim().length;
}

function toText(html: string): string {
  const text = html
    .replace(/\s+/g, ' ')
    .replace(/<br\b[^<>]*>/gi, '\n')
    .replace(new RegExp(`</?(?:${BLOCKS})\\b[^<>]*>`, 'gi'), '\n\n')
    .replace(/<[^<>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\u00A0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function cleanInline(html: string): string {
  return decodeEntities(html.replace(/<[^<>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * Decodes the named entities crosscheck knows (see `lexicon/htmlEntities.ts`) and all numeric ones;
 * others are left as written.
 *
 * @example
 * decodeEntities('Tom &amp; Jerry&#8217;s'); // 'Tom & Jerry’s'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return HTML_ENTITIES[body] ?? HTML_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

function publishedFromMeta(html: string): string | undefined {
  for (const m of html.matchAll(/<meta\b[^<>]*>/gi)) {
    const tag = m[0];
    const key = attribute(tag, 'property') ?? attribute(tag, 'name') ?? attribute(tag, 'itemprop');
    const content = attribute(tag, 'content');
    if (key !== undefined && content !== undefined && PUBLISHED_META.test(key) && isDate(content)) return content.trim();
  }
  return undefined;
}

function publishedFromTime(html: string): string | undefined {
  for (const m of html.matchAll(/<time\b[^<>]*>/gi)) {
    const value = attribute(m[0], 'datetime');
    if (value !== undefined && isDate(value)) return value.trim();
  }
  return undefined;
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return m ? decodeEntities(m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

function isDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}/.test(value.trim()) && !Number.isNaN(Date.parse(value.trim()));
}
