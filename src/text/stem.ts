import { porterStemmer } from './natural.js';
import { tokenize } from './tokenize.js';

/**
 * Stems are cached: natural's Porter stemmer runs at about 1.2 MB/s uncached, while news text
 * repeats its words, so a cache makes stemming nearly free after the first pages.
 */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

/**
 * The Porter stem of a lower-case word, cached.
 *
 * @example
 * stem('proposals'); // 'propos'
 */
export function stem(word: string): string {
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    stemmed = /^[a-z]+$/.test(word) ? porterStemmer().stem(word) : word;
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

/**
 * The stems of a text's words, in order.
 *
 * @example
 * stemsOf('Talks resumed'); // ['talk', 'resum']
 */
export function stemsOf(text: string): string[] {
  return tokenize(text).map((t) => stem(t.lower));
}
