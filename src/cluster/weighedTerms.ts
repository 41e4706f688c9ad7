import { fnv1a } from '../text/fnv1a.js';
import { synonymsOfStem } from '../text/synonyms.js';
import type { StatementProfile } from './profile.js';

/** A term that says what happens: a word that is not a name. */
export const ACTION = 0;
/** A term that names: an entity id (`@russia`) or a word of a name. */
export const NAME = 1;
/** A number (`#51000`): neither action nor name. */
export const NUMBER = 2;

/**
 * The weighed content terms of a profile laid out for comparing it with many others: arrays in
 * the vector's order (sums over them run in the order the similarity has always summed in, so
 * scores do not move in the last digit), with what the similarity asks of each term and the
 * profile's own totals worked out once instead of once per pair.
 */
export interface WeighedTerms {
  /** The vector and term counts these were read from: a profile weighed again is read again. */
  vector: ReadonlyMap<string, number> | undefined;
  counts: ReadonlyMap<string, number>;
  /** The terms of the vector, in its order, and their weights. */
  terms: string[];
  weights: Float64Array;
  /** {@link ACTION}, {@link NAME} or {@link NUMBER}, for each term. */
  roles: Uint8Array;
  /** Whether a term is a word stem long enough for a close spelling or a synonym to count as a match. */
  spellable: Uint8Array;
  /** The first three letters of each spellable term as one number: terms that share them may be spelling variants. */
  prefixes: Float64Array;
  /** Length of each term's negative prefix ("un", "dis", ...; 0 for none): "unacceptable" names "accept" too. */
  negativePrefix: Uint8Array;
  /** The stems listed as synonyms of each spellable term. */
  synonyms: Array<ReadonlySet<string> | undefined>;
  /**
   * One bit per spellable term, picked by its hash, and for each the bits of its synonyms: a term
   * can be a synonym of another only when its bit is among the other's (a one-word Bloom filter
   * that spares most lookups in `synonyms`).
   */
  hashBits: Int32Array;
  synonymBits: Int32Array;
  /** Sum of the weights. */
  totalWeight: number;
  /** Sums of squared weights of the action terms and of the name terms. */
  actionNorm: number;
  nameNorm: number;
  /** The number terms. */
  numbers: string[];
  /** Sum of the term counts: the content length. */
  contentLength: number;
}

/**
 * The weighed terms of a profile, read on first use and kept on it.
 *
 * @example
 * weighedTerms(weighProfile(buildProfile(statement), idf)).terms; // ['@russia', 'propos', '#1', ...]
 */
export function weighedTerms(profile: StatementProfile): WeighedTerms {
  const kept = profile.weighedTerms;
  if (kept && kept.vector === profile.vector && kept.counts === profile.terms) return kept;
  return (profile.weighedTerms = readTerms(profile));
}

function readTerms(profile: StatementProfile): WeighedTerms {
  const vector = profile.vector ?? new Map<string, number>();
  const size = vector.size;
  const terms: string[] = [];
  // One buffer for the seven arrays: a profile's arrays are small, and each buffer of its own
  // costs more memory (and garbage collection work) than the numbers it holds.
  const buffer = new ArrayBuffer(size * 27);
  const weights = new Float64Array(buffer, 0, size);
  const prefixes = new Float64Array(buffer, size * 8, size);
  const hashBits = new Int32Array(buffer, size * 16, size);
  const synonymBits = new Int32Array(buffer, size * 20, size);
  const roles = new Uint8Array(buffer, size * 24, size);
  const spellable = new Uint8Array(buffer, size * 25, size);
  const negativePrefix = new Uint8Array(buffer, size * 26, size);
  const synonyms: Array<ReadonlySet<string> | undefined> = [];
  let totalWeight = 0;
  let actionNorm = 0;
  let nameNorm = 0;
  let i = 0;
  for (const [term, weight] of vector) {
    terms.push(term);
    weights[i] = weight;
    totalWeight += weight;
    const role = term[0] === '#' ? NUMBER : term[0] === '@' || profile.names.has(term) ? NAME : ACTION;
    roles[i] = role;
    if (role === ACTION) actionNorm += weight * weight;
    else if (role === NAME) nameNorm += weight * weight;
    const word = isWordTerm(term);
    const termSynonyms = word ? synonymsOfStem(term) : undefined;
    spellable[i] = word ? 1 : 0;
    if (word) prefixes[i] = term.charCodeAt(0) * 2 ** 32 + term.charCodeAt(1) * 2 ** 16 + term.charCodeAt(2);
    negativePrefix[i] = NEGATIVE_PREFIX.exec(term)?.[0].length ?? 0;
    synonyms.push(termSynonyms);
    hashBits[i] = hashBit(term);
    for (const synonym of termSynonyms ?? []) synonymBits[i]! |= hashBit(synonym);
    i++;
  }
  const numbers: string[] = [];
  let contentLength = 0;
  for (const [term, count] of profile.terms) {
    if (term[0] === '#') numbers.push(term);
    contentLength += count;
  }
  return {
    vector: profile.vector,
    counts: profile.terms,
    terms,
    weights,
    roles,
    spellable,
    prefixes,
    negativePrefix,
    synonyms,
    hashBits,
    synonymBits,
    totalWeight,
    actionNorm,
    nameNorm,
    numbers,
    contentLength,
  };
}

/** The one bit of 32 a term's hash picks. */
function hashBit(term: string): number {
  return 1 << (fnv1a(term) & 31);
}

/** Prefixes that negate a word: "unacceptable", "disagree", "nonviolent". */
const NEGATIVE_PREFIX = /^(?:un|in|im|il|ir|dis|non)/;

/** Stems of words (not entity ids `@...` or numbers `#...`), long enough for spelling variants to mean anything. */
function isWordTerm(term: string): boolean {
  return term.length >= 4 && term[0] !== '@' && term[0] !== '#';
}
