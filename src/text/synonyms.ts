import { createRequire } from 'node:module';

/**
 * WordNet synonyms from the `synonyms` package (finnlp/synonyms, MIT: WordNet 3.0 synsets of
 * about 12,000 common English words), loaded on first use. Used to let "reaction" match
 * "response" and "talks" match "negotiation" when statements are compared.
 */
const require = createRequire(import.meta.url);

let table: Map<string, Set<string>> | undefined;

/** Whether two lower-case words are listed as synonyms (either way round). */
export function areSynonyms(a: string, b: string): boolean {
  if (a === b) return true;
  table ??= buildTable();
  return table.get(a)?.has(b) ?? false;
}

function buildTable(): Map<string, Set<string>> {
  const dictionary = require('synonyms/dictionary.js') as Record<string, Record<string, string[]>>;
  const map = new Map<string, Set<string>>();
  const link = (x: string, y: string) => {
    if (x === y || x.includes(' ') || y.includes(' ')) return;
    let set = map.get(x);
    if (!set) map.set(x, (set = new Set()));
    set.add(y);
  };
  for (const word of Object.keys(dictionary)) {
    for (const words of Object.values(dictionary[word]!)) {
      for (const other of words) {
        link(word, other);
        link(other, word);
      }
    }
  }
  return map;
}
