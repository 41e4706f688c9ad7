/**
 * Small parsers shared by the dataset readers: text files (BOM, CRLF), delimited files with and
 * without CSV quoting, header lookup, and a regex reader for the flat `<pair>` XML of the RTE corpora.
 * No dependencies; every failure names the file (and line) it came from.
 */
import { readFileSync } from 'node:fs';
import { requirePath } from '../dataPaths.js';

/** Reads a UTF-8 file that must exist, without a leading byte-order mark. */
export function readText(path: string, what: string): string {
  const text = readFileSync(requirePath(path, what), 'utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Reads and parses a JSON file that must exist. */
export function readJson(path: string, what: string): unknown {
  return JSON.parse(readText(path, what)) as unknown;
}

/** Lines of a text split on LF or CRLF, without a final empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/**
 * Rows of a file whose fields are split on tabs only: quote characters are ordinary text here
 * (MRPC, STS and SICK contain unbalanced `"`). Empty lines are skipped.
 */
export function parseTabbed(text: string): string[][] {
  return splitLines(text)
    .filter((line) => line !== '')
    .map((line) => line.split('\t'));
}

/**
 * Rows of a CSV file (RFC 4180): fields may be quoted with `"`, a quoted field may hold the
 * delimiter, line breaks and `""` (one quote). Lines end in LF or CRLF. Empty lines are skipped.
 * Throws on an unterminated quote or on text right after a closing quote.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let line = 1;
  const endRow = () => {
    row.push(field);
    if (!(row.length === 1 && row[0] === '')) rows.push(row);
    row = [];
    field = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && field === '') {
      // A quoted field: read to the closing quote.
      const startLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new Error(`unterminated quoted field starting on line ${startLine}`);
        const q = text[i]!;
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === '\n') line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
        throw new Error(`unexpected text after a closing quote on line ${line}`);
      }
      continue;
    }
    if (c === delimiter) {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      line++;
      i += 2;
    } else if (c === '\n') {
      endRow();
      line++;
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * Turns rows whose first row is a header into records keyed by column name. Every column in
 * `required` must be in the header, and every row must have as many fields as the header.
 * `where` names the file in error messages; line numbers count the header as line 1.
 */
export function withHeader<K extends string>(
  rows: string[][],
  required: readonly K[],
  where: string,
): Array<Record<K, string>> {
  const header = rows[0];
  if (!header) throw new Error(`${where}: the file is empty`);
  const missing = required.filter((name) => !header.includes(name));
  if (missing.length > 0) {
    throw new Error(`${where}: header lacks column(s) ${missing.join(', ')}; found ${header.join(', ')}`);
  }
  return rows.slice(1).map((fields, i) => {
    if (fields.length !== header.length) {
      throw new Error(`${where}: row ${i + 2} has ${fields.length} fields, the header ${header.length}`);
    }
    const record = {} as Record<K, string>;
    for (const name of required) record[name] = fields[header.indexOf(name)]!;
    return record;
  });
}

/** Throws a clear error unless `value` is one of `allowed`. */
export function oneOf<T extends string>(value: string, allowed: readonly T[], where: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`${where}: unexpected value ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`);
  }
  return value as T;
}

/** Parses a decimal number, throwing a clear error when the text is not one. */
export function toNumber(value: string, where: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new Error(`${where}: not a number: ${JSON.stringify(value)}`);
  return n;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined XML entities and numeric character references. */
export function decodeXmlEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED_ENTITIES[ref] ?? whole;
  });
}

/** One `<pair>` element: its attributes and the (decoded, trimmed) text of its child elements. */
export interface XmlPair {
  attributes: Record<string, string>;
  children: Record<string, string>;
}

/**
 * Reads the `<pair ...><t>...</t><h>...</h></pair>` elements of an RTE-style corpus with regular
 * expressions. Enough for these flat files (no CDATA, no nesting inside `<t>`/`<h>`); it throws
 * when the number of parsed pairs differs from the number of `<pair` openings, so a file it cannot
 * read fails loudly instead of losing items.
 */
export function parseXmlPairs(xml: string, where: string): XmlPair[] {
  const pairs: XmlPair[] = [];
  for (const match of xml.matchAll(/<pair\b([^>]*)>([\s\S]*?)<\/pair>/g)) {
    const attributes: Record<string, string> = {};
    for (const a of match[1]!.matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)) attributes[a[1]!] = decodeXmlEntities(a[2]!);
    const children: Record<string, string> = {};
    for (const c of match[2]!.matchAll(/<(\w+)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
      children[c[1]!] = decodeXmlEntities(c[2]!).trim();
    }
    pairs.push({ attributes, children });
  }
  const openings = xml.match(/<pair\b/g)?.length ?? 0;
  if (openings !== pairs.length) {
    throw new Error(`${where}: found ${openings} <pair> openings but could read only ${pairs.length}`);
  }
  return pairs;
}

/** The text of child `name` of a parsed pair, or a clear error naming the pair. */
export function childText(pair: XmlPair, name: string, where: string): string {
  const text = pair.children[name];
  if (text === undefined) throw new Error(`${where}: pair ${pair.attributes.id ?? '?'} has no <${name}>`);
  return text;
}

/** The value of attribute `name` of a parsed pair, or a clear error naming the pair. */
export function attribute(pair: XmlPair, name: string, where: string): string {
  const value = pair.attributes[name];
  if (value === undefined) throw new Error(`${where}: pair ${pair.attributes.id ?? '?'} has no ${name}="..."`);
  return value;
}
