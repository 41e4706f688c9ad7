/**
 * Microsoft Research Paraphrase Corpus, train part: sentence pairs from clustered news, labelled
 * 1 when the two say the same thing. See `data/mrpc/SOURCE.md`.
 *
 * The files are UTF-8 with a BOM, tab-separated, with a header row. Quote characters are ordinary
 * text (some strings hold an unbalanced `"`), so fields are split on tabs only.
 */
import { join } from 'node:path';
import { oneOf, parseTabbed, readText, withHeader } from './parse.js';

/** One sentence pair of `msr_paraphrase_train.txt`. */
export interface MrpcPair {
  /** 1 = paraphrase (semantically equivalent), 0 = not. */
  label: 0 | 1;
  /** Sentence ids, keys into `readMrpcSentences`. */
  id1: string;
  id2: string;
  a: string;
  b: string;
}

/** One sentence of `msr_paraphrase_data.txt`. `*` marks an unknown value in every text field. */
export interface MrpcSentence {
  id: string;
  text: string;
  author: string;
  /** Source site, e.g. `reuters.com` or `www.nytimes.com` (the outlet); `*` when unknown. */
  url: string;
  /** News agency, e.g. `Reuters`; `*` when unknown (most of them). */
  agency: string;
  /** Date as printed by the outlet, e.g. `June 5 2003`; `*` when unknown. */
  date: string;
  /** Crawl date, `YYYY/MM/DD`. */
  webDate: string;
}

/** The value MRPC uses for an unknown author, URL, agency or date. */
export const MRPC_UNKNOWN = '*';

function mrpcPath(dataDir: string, file: string): string {
  return join(dataDir, 'data', 'mrpc', file);
}

/** Reads the 4,076 train pairs of `data/mrpc/msr_paraphrase_train.txt`. */
export function readMrpcPairs(dataDir: string): MrpcPair[] {
  const where = 'msr_paraphrase_train.txt';
  const text = readText(mrpcPath(dataDir, where), 'the MRPC train pairs');
  const columns = ['Quality', '#1 ID', '#2 ID', '#1 String', '#2 String'] as const;
  return withHeader(parseTabbed(text), columns, where).map((r, i) => ({
    label: oneOf(r.Quality, ['0', '1'] as const, `${where} row ${i + 2}`) === '1' ? 1 : 0,
    id1: r['#1 ID'],
    id2: r['#2 ID'],
    a: r['#1 String'].trim(),
    b: r['#2 String'].trim(),
  }));
}

/** Reads the sentences with their outlet and date from `data/mrpc/msr_paraphrase_data.txt`. */
export function readMrpcSentences(dataDir: string): MrpcSentence[] {
  const where = 'msr_paraphrase_data.txt';
  const text = readText(mrpcPath(dataDir, where), 'the MRPC sentence data');
  const columns = ['Sentence ID', 'String', 'Author', 'URL', 'Agency', 'Date', 'Web Date'] as const;
  return withHeader(parseTabbed(text), columns, where).map((r) => ({
    id: r['Sentence ID'],
    text: r.String.trim(),
    author: r.Author.trim(),
    url: r.URL.trim(),
    agency: r.Agency.trim(),
    date: r.Date.trim(),
    webDate: r['Web Date'].trim(),
  }));
}
