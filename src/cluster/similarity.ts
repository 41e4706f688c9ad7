import levenshtein from 'fast-levenshtein';
import { jaroWinkler } from '../text/natural.js';
import { synonymousStems } from '../text/synonyms.js';
import { wordSimilarity } from '../text/wordDistance.js';
import type { Statement } from '../extract/statement.js';
import { countedThing } from '../compare/countedThing.js';
import type { StatementProfile, Wording } from './profile.js';

/**
 * The signals one comparison is made of, each from 0 to 1:
 * - `lexical`: TF-IDF cosine of content terms (stems, canonical entity ids, numbers);
 * - `soft`: the same cosine where near-identical spellings also match ("authorised"/"authorized");
 * - `phrasing`: cosine of content-term bigrams;
 * - `entities`: Jaccard overlap of the canonical places and actors, each counted by its rarity in the
 *   collection (the lexical cosine when either names none);
 * - `numbersShared` / `numbersConflict`: both give numbers and share one / share none;
 * - `lengthRatio`: shorter over longer content length;
 * - `coverageMin` / `coverageMax`: share of each statement's term weight the other covers, less and better covered side;
 * - `unshared`: term weight said by one side only (the side adding more), 1 = 60 IDF units;
 * - `wording`: Dice overlap of word trigrams of the claims;
 * - `ngram1Min` ... `ngram4Max`: n-gram precision of the words (function words included) in each
 *   direction, lower and higher, BLEU-like;
 * - `wordEdit`, `charEdit`: 1 - word-level and character-level edit distance over the longer;
 * - `lengthAgreement`: 1 - word count difference over the longer;
 * - `timesShared`: both place it on the same specific day ("by Feb. 25" / "until February 25"), as
 *   the rarity of that day in the collection (a day every statement gives says little);
 * - `quantitiesShared`: both give agreeing amounts of the same thing ("51,000 Syrians" / "tens of thousands of civilians");
 * - `action`: TF-IDF cosine of the terms that are not names: what happens, apart from who and where
 *   (two stories about one person differ here: "wounded in an airstrike" vs "wife detained");
 * - `namesNotAction`: the names agree but the action does not (name cosine × (1 − action)): the
 *   mark of two different stories about the same people.
 * The surface signals (n-grams, edits, length agreement) take the closer of the whole statements'
 * wordings and the claims' wordings.
 */
export const SIGNALS = [
  'lexical',
  'soft',
  'phrasing',
  'entities',
  'numbersShared',
  'numbersConflict',
  'lengthRatio',
  'coverageMin',
  'coverageMax',
  'unshared',
  'wording',
  'ngram1Min',
  'ngram1Max',
  'ngram2Min',
  'ngram2Max',
  'ngram3Min',
  'ngram3Max',
  'ngram4Min',
  'ngram4Max',
  'wordEdit',
  'charEdit',
  'lengthAgreement',
  'timesShared',
  'quantitiesShared',
  'action',
  'namesNotAction',
] as const;

/** Name of one similarity signal. */
export type SignalName = (typeof SIGNALS)[number];

/** The signals of one comparison; `quote` only when both statements quote a sentence. */
export type SimilaritySignals = Record<SignalName, number> & { quote?: number };

/** Weights of the logistic model `1 / (1 + e^-(bias + Σ weight × signal))`. */
export type SimilarityWeights = Record<SignalName | 'bias', number>;

/** Weights and thresholds of the similarity. */
export interface SimilarityOptions {
  weights: SimilarityWeights;
  /** Two quotations this similar (word-level, 0..1) make two statements the same claim whatever else they say. */
  quoteMatch: number;
  /** `compare().sameClaim` is `similarity >= sameClaim`. */
  sameClaim: number;
}

/** Spellings at least this close (Jaro-Winkler) count as the same term in the soft cosine. */
const SOFT_MATCH = 0.92;

/**
 * Similarity of two weighed profiles: the logistic combination of the signals (read as the odds
 * that the two report the same thing), raised to the quotation's similarity when both quote
 * nearly the same words.
 *
 * @example
 * similarity(profileA, profileB, DEFAULT_SIMILARITY); // { score: 0.83, signals: { lexical: 0.74, ... } }
 */
export function similarity(a: StatementProfile, b: StatementProfile, options: SimilarityOptions): { score: number; signals: SimilaritySignals } {
  const signals = similaritySignals(a, b);
  let score = combine(signals, options.weights);
  if (signals.quote !== undefined && signals.quote >= options.quoteMatch) score = Math.max(score, signals.quote);
  return { score, signals };
}

/** The logistic combination of signals (without the quotation rule). */
export function combine(signals: SimilaritySignals, weights: SimilarityWeights): number {
  let z = weights.bias;
  for (const name of SIGNALS) z += weights[name] * signals[name];
  return 1 / (1 + Math.exp(-z));
}

/** Every signal of a comparison. */
export function similaritySignals(a: StatementProfile, b: StatementProfile): SimilaritySignals {
  const { exact, soft, coverageA, coverageB, unsharedA, unsharedB } = cosines(a, b);
  const numbersA = numbersOf(a);
  const numbersB = numbersOf(b);
  const bothNumbers = numbersA.size > 0 && numbersB.size > 0;
  const sharedNumber = bothNumbers && [...numbersA].some((n) => numbersB.has(n));
  const lengthA = contentLength(a);
  const lengthB = contentLength(b);
  const full = surfaceSignals(a.wording.full, b.wording.full);
  const claim = a.wording.full === a.wording.claim && b.wording.full === b.wording.claim ? full : surfaceSignals(a.wording.claim, b.wording.claim);
  const signals = {
    lexical: exact,
    soft,
    phrasing: setCosine(a.bigrams, b.bigrams),
    entities: a.entities.size > 0 && b.entities.size > 0 ? weightedJaccard(a.entities, b.entities, a.rarity, b.rarity) : exact,
    numbersShared: sharedNumber ? 1 : 0,
    numbersConflict: bothNumbers && !sharedNumber ? 1 : 0,
    lengthRatio: Math.max(lengthA, lengthB) === 0 ? 0 : Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB),
    coverageMin: Math.min(coverageA, coverageB),
    coverageMax: Math.max(coverageA, coverageB),
    unshared: Math.min(1, Math.max(unsharedA, unsharedB) / 60),
    wording: dice(a.trigrams, b.trigrams),
    timesShared: sharedRarity(a.days, b.days, a.rarity),
    quantitiesShared: sharesAmount(a.statement, b.statement) ? 1 : 0,
    action: 0,
    namesNotAction: 0,
  } as SimilaritySignals;
  const { action, names } = actionAndNames(a, b);
  signals.action = action;
  signals.namesNotAction = names * (1 - action);
  for (const [name, value] of Object.entries(full) as Array<[SignalName, number]>) signals[name] = Math.max(value, claim[name as keyof typeof claim]);
  if (a.quotes.length > 0 && b.quotes.length > 0) {
    let best = 0;
    for (const qa of a.quotes) for (const qb of b.quotes) best = Math.max(best, wordSimilarity(qa, qb));
    signals.quote = best;
  }
  return signals;
}

/** N-gram precisions both ways, word and character edit similarity, length agreement. */
function surfaceSignals(a: Wording, b: Wording) {
  const precision = (n: number): [number, number] => {
    const x = ngramPrecision(a, b, n);
    const y = ngramPrecision(b, a, n);
    return [Math.min(x, y), Math.max(x, y)];
  };
  const [ngram1Min, ngram1Max] = precision(1);
  const [ngram2Min, ngram2Max] = precision(2);
  const [ngram3Min, ngram3Max] = precision(3);
  const [ngram4Min, ngram4Max] = precision(4);
  const longerText = Math.max(a.text.length, b.text.length);
  const longerWords = Math.max(a.words.length, b.words.length);
  return {
    ngram1Min,
    ngram1Max,
    ngram2Min,
    ngram2Max,
    ngram3Min,
    ngram3Max,
    ngram4Min,
    ngram4Max,
    wordEdit: wordSimilarity(a.words, b.words),
    charEdit: longerText === 0 ? 1 : 1 - levenshtein.get(a.text, b.text) / longerText,
    lengthAgreement: longerWords === 0 ? 1 : 1 - Math.abs(a.words.length - b.words.length) / longerWords,
  };
}

/** Share of `a`'s n-grams found in `b`, counts clipped as in BLEU. */
function ngramPrecision(a: Wording, b: Wording, n: number): number {
  if (a.words.length < n) return 0;
  const countsA = ngramCounts(a, n);
  const countsB = ngramCounts(b, n);
  let hits = 0;
  for (const [gram, count] of countsA) {
    const other = countsB.get(gram);
    if (other) hits += Math.min(count, other);
  }
  return hits / (a.words.length - n + 1);
}

/** N-gram counts of a wording, built once and kept on it (a statement is compared many times). */
function ngramCounts(wording: Wording, n: number): Map<string, number> {
  wording.ngrams ??= [];
  let counts = wording.ngrams[n];
  if (!counts) {
    counts = new Map();
    const words = wording.words;
    for (let i = 0; i + n <= words.length; i++) {
      const gram = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
      counts.set(gram, (counts.get(gram) ?? 0) + 1);
    }
    wording.ngrams[n] = counts;
  }
  return counts;
}

/**
 * Exact TF-IDF cosine; the soft cosine where unmatched terms may match a close spelling; and, for
 * each side, the share of its term weight the other covers (softly) and the weight it adds alone.
 */
function cosines(a: StatementProfile, b: StatementProfile) {
  const none = { exact: 0, soft: 0, coverageA: 0, coverageB: 0, unsharedA: 0, unsharedB: 0 };
  if (!a.vector || !b.vector || !a.norm || !b.norm) return none;
  let dot = 0;
  let totalA = 0;
  let totalB = 0;
  let coveredA = 0;
  let coveredB = 0;
  const unmatchedA: Array<[string, number]> = [];
  for (const [term, w] of a.vector) {
    totalA += w;
    const other = b.vector.get(term);
    if (other !== undefined) {
      dot += w * other;
      coveredA += w;
    } else unmatchedA.push([term, w]);
  }
  const unmatchedB: Array<[string, number]> = [];
  for (const [term, w] of b.vector) {
    totalB += w;
    if (a.vector.has(term)) coveredB += w;
    else unmatchedB.push([term, w]);
  }
  let softDot = dot;
  for (const [termA, wA] of unmatchedA) {
    if (!isWordTerm(termA)) continue;
    let best = 0;
    let bestWeight = 0;
    for (const [termB, wB] of unmatchedB) {
      if (!isWordTerm(termB)) continue;
      const close = Math.max(
        termA.slice(0, 3) === termB.slice(0, 3) ? jaroWinkler(termA, termB) : negativeVariant(termA, termB),
        synonymousStems(termA, termB) ? SOFT_MATCH : 0,
      );
      if (close > best) {
        best = close;
        bestWeight = wB;
      }
    }
    if (best >= SOFT_MATCH) {
      softDot += wA * bestWeight * best;
      coveredA += wA * best;
      coveredB += bestWeight * best;
    }
  }
  const norms = a.norm * b.norm;
  return {
    exact: dot / norms,
    soft: Math.min(1, softDot / norms),
    coverageA: totalA === 0 ? 0 : Math.min(1, coveredA / totalA),
    coverageB: totalB === 0 ? 0 : Math.min(1, coveredB / totalB),
    unsharedA: Math.max(0, totalA - coveredA),
    unsharedB: Math.max(0, totalB - coveredB),
  };
}

/**
 * "unacceptable" and "accept", "disagree" and "agree": the same word with a negative prefix talks
 * about the same thing (whether it is affirmed is for the polarity and modality detectors).
 */
function negativeVariant(a: string, b: string): number {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  const prefix = /^(?:un|in|im|il|ir|dis|non)/.exec(long)?.[0];
  return prefix && short.length >= 4 && long.slice(prefix.length).startsWith(short) ? 0.95 : 0;
}

/** The rarity of the rarest key both sets hold (0 when they share none): a shared date few statements give. */
function sharedRarity(a: ReadonlySet<string>, b: ReadonlySet<string>, rarity?: ReadonlyMap<string, number>): number {
  let best = 0;
  for (const key of a) if (b.has(key)) best = Math.max(best, rarity?.get(key) ?? 1);
  return best;
}

/** Jaccard overlap where each key counts by its rarity in the collection. */
function weightedJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>, rarityA?: ReadonlyMap<string, number>, rarityB?: ReadonlyMap<string, number>): number {
  let shared = 0;
  let union = 0;
  const weight = (key: string) => rarityA?.get(key) ?? rarityB?.get(key) ?? 1;
  for (const key of a) {
    const w = weight(key);
    union += w;
    if (b.has(key)) shared += w;
  }
  for (const key of b) if (!a.has(key)) union += weight(key);
  return union === 0 ? 0 : shared / union;
}

/** Both statements give an amount of the same unit, and two of the amounts' intervals overlap. */
function sharesAmount(a: Statement, b: Statement): boolean {
  for (const qa of a.quantities) {
    if (!qa.unit) continue;
    for (const qb of b.quantities) {
      if (!qb.unit || countedThing(qa.unit) !== countedThing(qb.unit)) continue;
      if (qa.low <= (qb.high ?? Infinity) && qb.low <= (qa.high ?? Infinity)) return true;
    }
  }
  return false;
}

/**
 * Cosines of the TF-IDF vectors split in two: terms that name (entity ids, names) and the other
 * terms, which say what happens. Numbers belong to neither.
 */
function actionAndNames(a: StatementProfile, b: StatementProfile): { action: number; names: number } {
  const isName = (term: string, profile: StatementProfile) => term[0] === '@' || profile.names.has(term);
  const dot = [0, 0];
  const normA = [0, 0];
  const normB = [0, 0];
  for (const [term, w] of a.vector ?? []) {
    if (term[0] === '#') continue;
    const k = isName(term, a) ? 1 : 0;
    normA[k]! += w * w;
    const other = b.vector?.get(term);
    if (other !== undefined && isName(term, b) === (k === 1)) dot[k]! += w * other;
  }
  for (const [term, w] of b.vector ?? []) if (term[0] !== '#') normB[isName(term, b) ? 1 : 0]! += w * w;
  const cos = (k: number) => (normA[k] === 0 || normB[k] === 0 ? 0 : dot[k]! / Math.sqrt(normA[k]! * normB[k]!));
  return { action: cos(0), names: cos(1) };
}

/** Stems of words (not entity ids `@...` or numbers `#...`), long enough for spelling variants to mean anything. */
function isWordTerm(term: string): boolean {
  return term.length >= 4 && term[0] !== '@' && term[0] !== '#';
}

function numbersOf(profile: StatementProfile): Set<string> {
  const numbers = new Set<string>();
  for (const term of profile.terms.keys()) if (term[0] === '#') numbers.add(term);
  return numbers;
}

function contentLength(profile: StatementProfile): number {
  let n = 0;
  for (const count of profile.terms.values()) n += count;
  return n;
}

function setCosine(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / Math.sqrt(a.size * b.size);
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return (2 * shared) / (a.size + b.size);
}

