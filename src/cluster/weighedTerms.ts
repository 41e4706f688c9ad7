import { fnv1a } from '../text/fnv1a.js';
import { synonymsOfStem } from '../text/synonyms.js';
import type { StatementProfile } from './profile.js';

/** A term that says what happens: a word that is not a name. */
export const ACTION = 0;
/** A term that names: an entity id (`@russia`) or a word of a name. */
export const NAME = 1;
/** A number (`#51000`): neither action nor name. */
export const NUMBER = 2;

/** Numbers kept for each term, one after the other in {@link WeighedTerms.perTerm}. */
const WEIGHT = 0;
const PREFIX = 1;
const HASH_BIT = 2;
const SYNONYM_BITS = 3;
const ROLE = 4;
const NEGATIVE_PREFIX = 5;
const NUMBERS_PER_TERM = 6;

/** What {@link WeighedTerms.numbers} holds for a profile without number terms (most profiles). */
const NO_NUMBERS: readonly string[] = Object.freeze([]);

/**
 * The weighed content terms of a profile laid out for comparing it with many others: the terms in
 * the vector's order (sums over them run in the order the similarity has always summed in, so
 * scores do not move in the last digit), with what the similarity asks of each term and the
 * profile's own totals worked out once instead of once per pair.
 *
 * What it asks of each term is kept in one plain array of numbers, read through the methods below:
 * a collection holds a hundred thousand distinct profiles, and an array object (let alone a typed
 * array over a buffer of its own) costs more than the dozen terms of a profile it would hold.
 */
export class WeighedTerms {
  /** The terms of the vector, in its order. */
  readonly terms: string[];
  /** Sum of the weights. */
  readonly totalWeight: number;
  /** Sums of squared weights of the action terms and of the name terms. */
  readonly actionNorm: number;
  readonly nameNorm: number;
  /** The number terms. */
  readonly numbers: readonly string[];
  /** Sum of the term counts: the content length. */
  readonly contentLength: number;

  constructor(
    /** The vector and term counts these were read from: a profile weighed again is read again. */
    readonly vector: ReadonlyMap<string, number> | undefined,
    readonly counts: ReadonlyMap<string, number>,
    names: ReadonlySet<string>,
  ) {
    const terms: string[] = [];
    // Sized once: an array grown by `push` keeps spare room.
    const perTerm = new Array<number>((vector?.size ?? 0) * NUMBERS_PER_TERM);
    let totalWeight = 0;
    let actionNorm = 0;
    let nameNorm = 0;
    let at = 0;
    for (const [term, weight] of vector ?? []) {
      terms.push(term);
      totalWeight += weight;
      const role = term[0] === '#' ? NUMBER : term[0] === '@' || names.has(term) ? NAME : ACTION;
      if (role === ACTION) actionNorm += weight * weight;
      else if (role === NAME) nameNorm += weight * weight;
      const word = isWordTerm(term);
      const matchable = isMatchableTerm(term);
      let synonymBits = 0;
      if (matchable) for (const synonym of synonymsOfStem(term) ?? []) synonymBits |= hashBit(synonym);
      perTerm[at + WEIGHT] = weight;
      // Never 0 for a word: its letters are not NUL.
      perTerm[at + PREFIX] = word ? term.charCodeAt(0) * 2 ** 32 + term.charCodeAt(1) * 2 ** 16 + term.charCodeAt(2) : 0;
      // Never 0 for a matchable term: one of its 32 bits is set.
      perTerm[at + HASH_BIT] = matchable ? hashBit(term) : 0;
      perTerm[at + SYNONYM_BITS] = synonymBits;
      perTerm[at + ROLE] = role;
      perTerm[at + NEGATIVE_PREFIX] = NEGATIVE_PREFIX_PATTERN.exec(term)?.[0].length ?? 0;
      at += NUMBERS_PER_TERM;
    }
    let numbers: string[] | undefined;
    let contentLength = 0;
    for (const [term, count] of counts) {
      if (term[0] === '#') (numbers ??= []).push(term);
      contentLength += count;
    }
    this.terms = terms;
    this.perTerm = perTerm;
    this.totalWeight = totalWeight;
    this.actionNorm = actionNorm;
    this.nameNorm = nameNorm;
    this.numbers = numbers ?? NO_NUMBERS;
    this.contentLength = contentLength;
  }

  /** For each term in turn, the numbers the methods below read. */
  private readonly perTerm: number[];

  /** The weight of term `i`. */
  weight(i: number): number {
    return this.perTerm[i * NUMBERS_PER_TERM + WEIGHT]!;
  }

  /** {@link ACTION}, {@link NAME} or {@link NUMBER}. */
  role(i: number): number {
    return this.perTerm[i * NUMBERS_PER_TERM + ROLE]!;
  }

  /**
   * Whether term `i` is a word stem a synonym may match: any word of three letters or more, so
   * that "aim" matches "target" and "bid" matches "offer" (only spelling variants need longer ones).
   */
  matchable(i: number): boolean {
    return this.perTerm[i * NUMBERS_PER_TERM + HASH_BIT] !== 0;
  }

  /**
   * The first three letters of a word of four letters or more as one number, 0 for any other term:
   * words that share them may be spelling variants (shorter words are told apart by one letter).
   */
  prefix(i: number): number {
    return this.perTerm[i * NUMBERS_PER_TERM + PREFIX]!;
  }

  /** Length of the term's negative prefix ("un", "dis", ...; 0 for none): "unacceptable" names "accept" too. */
  negativePrefix(i: number): number {
    return this.perTerm[i * NUMBERS_PER_TERM + NEGATIVE_PREFIX]!;
  }

  /**
   * One bit of 32 for a matchable term (0 for any other), picked by its hash, and the bits of its synonyms: a term
   * can be a synonym of another only when its bit is among the other's (a one-word Bloom filter
   * that spares most lookups in the synonym table).
   */
  hashBit(i: number): number {
    return this.perTerm[i * NUMBERS_PER_TERM + HASH_BIT]!;
  }

  synonymBits(i: number): number {
    return this.perTerm[i * NUMBERS_PER_TERM + SYNONYM_BITS]!;
  }

  /** Whether term `i` lists `stem` among its synonyms. */
  hasSynonym(i: number, stem: string): boolean {
    return synonymsOfStem(this.terms[i]!)?.has(stem) ?? false;
  }
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
  return (profile.weighedTerms = new WeighedTerms(profile.vector, profile.terms, profile.names));
}

/** The one bit of 32 a term's hash picks. */
function hashBit(term: string): number {
  return 1 << (fnv1a(term) & 31);
}

/** Prefixes that negate a word: "unacceptable", "disagree", "nonviolent". */
const NEGATIVE_PREFIX_PATTERN = /^(?:un|in|im|il|ir|dis|non)/;

/** Stems of words (not entity ids `@...` or numbers `#...`), long enough for spelling variants to mean anything. */
function isWordTerm(term: string): boolean {
  return term.length >= 4 && isMatchableTerm(term);
}

/** Stems of words long enough to be listed with synonyms ("aim", "bid"; not entity ids or numbers). */
function isMatchableTerm(term: string): boolean {
  return term.length >= 3 && term[0] !== '@' && term[0] !== '#';
}
