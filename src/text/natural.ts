import { createRequire } from 'node:module';
import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';
import type { TfIdf } from 'natural/lib/natural/tfidf/index.js';

/**
 * natural, loaded on first use. Its sub-entry points take ~100 ms to load (the stemmers module
 * pulls in every language it supports), so importing crosscheck stays fast and the cost is paid
 * once, by the first analysis. Only the typed sub-entry points are used: natural's root module
 * loads database drivers and prints to stdout.
 */
const require = createRequire(import.meta.url);

let stemmers: { PorterStemmer: Stemmer } | undefined;
let tfidf: { TfIdf: new () => TfIdf } | undefined;
let distance: { JaroWinklerDistance: (a: string, b: string, options?: { ignoreCase?: boolean }) => number } | undefined;

/** natural's English Porter stemmer. */
export function porterStemmer(): Stemmer {
  stemmers ??= require('natural/lib/natural/stemmers/index.js') as { PorterStemmer: Stemmer };
  return stemmers.PorterStemmer;
}

/** natural's TF-IDF class. */
export function tfIdfClass(): new () => TfIdf {
  tfidf ??= require('natural/lib/natural/tfidf/index.js') as { TfIdf: new () => TfIdf };
  return tfidf.TfIdf;
}

/** natural's Jaro-Winkler similarity (1 = identical), for spelling variants of names. */
export function jaroWinkler(a: string, b: string): number {
  distance ??= require('natural/lib/natural/distance/index.js') as typeof distance & object;
  return distance!.JaroWinklerDistance(a, b, { ignoreCase: true });
}
