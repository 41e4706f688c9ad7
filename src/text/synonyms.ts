import { createRequire } from 'node:module';
import { stem } from './stem.js';

/**
 * WordNet synonyms from the `synonyms` package (finnlp/synonyms, MIT: WordNet 3.0 synsets of
 * about 12,000 common English words), loaded on first use and keyed by Porter stem, so that
 * "suggestion" matches "proposed" (suggest ~ propose) and "reaction" matches "responses".
 */
const require = createRequire(import.meta.url);

let table: Map<string, Set<string>> | undefined;

/**
 * Whether two stems stand for words listed as synonyms (either way round).
 *
 * @example
 * synonymousStems(stem('reaction'), stem('response')); // true
 */
export function synonymousStems(a: string, b: string): boolean {
  if (a === b) return true;
  return synonymsOfStem(a)?.has(b) ?? false;
}

/**
 * The stems listed as synonyms of a stem (itself not included), for a caller that checks one
 * stem against many.
 *
 * @example
 * synonymsOfStem(stem('reaction'))?.has(stem('response')); // true
 */
export function synonymsOfStem(stemmed: string): ReadonlySet<string> | undefined {
  table ??= buildTable();
  return table.get(stemmed);
}

function buildTable(): Map<string, Set<string>> {
  const dictionary = require('synonyms/dictionary.js') as Record<string, Record<string, string[]>>;
  const map = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    if (x === y) return;
    let set = map.get(x);
    if (!set) map.set(x, (set = new Set()));
    set.add(y);
  };
  const stemOf = (word: string) => (/^[a-z]{2,}$/.test(word) ? stem(word) : undefined);
  for (const headword of Object.keys(dictionary)) {
    const head = stemOf(headword);
    if (!head) continue;
    for (const words of Object.values(dictionary[headword]!)) {
      for (const word of words) {
        const other = stemOf(word);
        if (!other) continue;
        link(head, other);
        link(other, head);
      }
    }
  }
  return map;
}
