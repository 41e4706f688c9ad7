import levenshtein from 'fast-levenshtein';
import type { ClusterOptions } from './cluster/cluster.js';
import { SIGNALS } from './cluster/similarity.js';
import { CrosscheckInputError } from './errors.js';
import type { AliasDefinition } from './extract/aliases.js';
import type { AnalyzeOptions, CompareOptions, ExtractOptions, InputLimits, LexiconOptions, SimilarityOverrides } from './options.js';

/**
 * The names an options object accepts, as a record rather than a list so that the compiler
 * checks it holds every key of the interface and no other: an option added to an interface
 * and not here fails to compile instead of being rejected at run time.
 */
type NameRecord<T> = Readonly<Record<keyof T, true>>;

const EXTRACT: NameRecord<ExtractOptions> = { aliases: true, lexicon: true, extractors: true, published: true, maxArticleBytes: true };
const ANALYZE: NameRecord<AnalyzeOptions> = {
  ...EXTRACT,
  similarity: true,
  clustering: true,
  detectors: true,
  kinds: true,
  minScore: true,
  onProgress: true,
  onInvalid: true,
  maxArticles: true,
  workers: true,
};
const COMPARE: NameRecord<CompareOptions> = { ...EXTRACT, idf: true, similarity: true, detectors: true };
const LEXICON: NameRecord<LexiconOptions> = { reportingVerbs: true, hedges: true };
const SIMILARITY: NameRecord<SimilarityOverrides> = { weights: true, quoteMatch: true, sameClaim: true };
const CLUSTERING: NameRecord<ClusterOptions> = {
  weights: true,
  threshold: true,
  minArticles: true,
  minPairSimilarity: true,
  minContentCosine: true,
  minStoryCosine: true,
  allPairsBelow: true,
  maxPosting: true,
};
const ALIAS_DEFINITION: NameRecord<Exclude<AliasDefinition, string>> = { id: true, kind: true, country: true };
const LIMITS: NameRecord<InputLimits> = { maxArticles: true, maxArticleBytes: true };

/**
 * The keys each options object accepts: the options of `analyze`, `extractStatements` and
 * `compare`, and of the objects nested in them.
 *
 * @example
 * OPTION_NAMES.clustering; // ['weights', 'threshold', 'minArticles', ...]
 */
export const OPTION_NAMES = {
  analyze: Object.keys(ANALYZE),
  extract: Object.keys(EXTRACT),
  compare: Object.keys(COMPARE),
  /** Of `readArticles`. */
  limits: Object.keys(LIMITS),
  lexicon: Object.keys(LEXICON),
  similarity: Object.keys(SIMILARITY),
  clustering: Object.keys(CLUSTERING),
  /** Of `similarity.weights` and `clustering.weights`. */
  weights: ['bias', ...SIGNALS],
  /** Of an alias given as an object (`{ id, kind, country }`). */
  aliasDefinition: Object.keys(ALIAS_DEFINITION),
} as const satisfies Record<string, readonly string[]>;

/**
 * Checks that `value` is a plain options object (not null, not a list) whose keys are all among
 * `names`: a misspelled option would otherwise be ignored without a word. Throws a
 * {@link CrosscheckInputError} (`INVALID_OPTION`, or `UNKNOWN_OPTION` naming the key and the
 * nearest known name). `path` is how the message names the object (`options.clustering`).
 *
 * @example
 * checkOptionNames({ clusterng: {} }, OPTION_NAMES.analyze, 'options');
 * // throws: options.clusterng is not an option; did you mean "clustering"?
 */
export function checkOptionNames(value: unknown, names: readonly string[], path: string, noun = 'an option'): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CrosscheckInputError(`${path} must be an object, got ${kindOf(value)}`, { code: 'INVALID_OPTION', field: path });
  }
  for (const key of Object.keys(value)) {
    if (names.includes(key)) continue;
    const nearest = nearestName(key, names);
    const hint = nearest !== undefined ? `did you mean "${nearest}"?` : `known: ${names.join(', ')}`;
    const field = optionPath(path, key);
    throw new CrosscheckInputError(`${field} is not ${noun}; ${hint}`, { code: 'UNKNOWN_OPTION', field });
  }
}

/**
 * How a message names the key of an options object: `options.minScore`, or
 * `options.aliases["New York"]` for a key that is not an identifier.
 *
 * @example
 * optionPath('options.aliases', 'New York'); // 'options.aliases["New York"]'
 */
export function optionPath(path: string, key: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) && key !== '__proto__' ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The known name closest to a misspelling, when it is close enough to be the one meant. */
function nearestName(key: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const name of names) {
    const distance = levenshtein.get(key.toLowerCase(), name.toLowerCase());
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  // One edit in three characters: "clusterng", "treshold", "minscore"; not "x" for "id".
  return bestDistance <= Math.max(1, Math.floor(key.length / 3)) ? best : undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value;
}
