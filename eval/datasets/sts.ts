/**
 * STS benchmark (SemEval STS 2012-2017, English): sentence pairs with a 0-5 similarity score.
 * See `data/stsbenchmark/SOURCE.md` and `readme.txt` there.
 *
 * Tab-separated, no header, quotes are ordinary text. Some rows carry two extra trailing fields
 * with source or license notes after the second sentence; only the first seven fields are read.
 */
import { join } from 'node:path';
import { parseTabbed, readText, toNumber } from './parse.js';

export type StsSplit = 'train' | 'dev';

/** One scored sentence pair. */
export interface StsRow {
  /** `main-news`, `main-captions`, `main-forum` (train) or `main-forums` (dev), as in the file. */
  genre: string;
  /** Original dataset, e.g. `headlines`, `MSRpar`, `MSRvid`. */
  file: string;
  /** Task year, e.g. `2014` or `2012test`. */
  year: string;
  /** Id within the original dataset, as written (e.g. `0003`); unique with `file` and `year`. */
  id: string;
  /** Similarity from 0 (unrelated) to 5 (equivalent). */
  score: number;
  a: string;
  b: string;
}

/** Reads `data/stsbenchmark/sts-<split>.csv`. */
export function readSts(dataDir: string, split: StsSplit): StsRow[] {
  const file = `sts-${split}.csv`;
  const text = readText(join(dataDir, 'data', 'stsbenchmark', file), `the STS benchmark ${split} part`);
  return parseTabbed(text).map((fields, i) => {
    if (fields.length < 7) throw new Error(`${file} line ${i + 1}: ${fields.length} fields, expected at least 7`);
    const [genre, source, year, id, score, a, b] = fields as [string, string, string, string, string, string, string];
    return {
      genre,
      file: source,
      year,
      id,
      score: toNumber(score, `${file} line ${i + 1}`),
      a: a.trim(),
      b: b.trim(),
    };
  });
}
