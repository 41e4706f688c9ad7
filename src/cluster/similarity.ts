import { editDistance } from '../text/editDistance.js';
import { jaroWinkler } from '../text/natural.js';
import { wordSimilarity } from '../text/wordDistance.js';
import { withRoom } from '../text/workArray.js';
import type { Statement } from '../extract/statement.js';
import { countedThing } from '../compare/countedThing.js';
import type { StatementProfile, Wording } from './profile.js';
import { bigramCosine } from './bigrams.js';
import { ACTION, NAME, weighedTerms, type WeighedTerms } from './weighedTerms.js';
import { distinctTrigrams, wordingOverlap } from './wordingIndex.js';

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
  const termsA = weighedTerms(a);
  const termsB = weighedTerms(b);
  const overlap = termOverlap(a, b, termsA, termsB);
  const bothNumbers = termsA.numbers.length > 0 && termsB.numbers.length > 0;
  const sharedNumber = bothNumbers && holdsAny(b.terms, termsA.numbers);
  const lengthA = termsA.contentLength;
  const lengthB = termsB.contentLength;
  const full = surfaceSignals(a.wording.full, b.wording.full);
  const claim = a.wording.full === a.wording.claim && b.wording.full === b.wording.claim ? full : surfaceSignals(a.wording.claim, b.wording.claim);
  const signals: SimilaritySignals = {
    lexical: overlap.exact,
    soft: overlap.soft,
    phrasing: bigramCosine(a.bigrams, b.bigrams),
    entities: a.entities.size > 0 && b.entities.size > 0 ? weightedJaccard(a.entities, b.entities, a.rarity, b.rarity) : overlap.exact,
    numbersShared: sharedNumber ? 1 : 0,
    numbersConflict: bothNumbers && !sharedNumber ? 1 : 0,
    lengthRatio: Math.max(lengthA, lengthB) === 0 ? 0 : Math.min(lengthA, lengthB) / Math.max(lengthA, lengthB),
    coverageMin: Math.min(overlap.coverageA, overlap.coverageB),
    coverageMax: Math.max(overlap.coverageA, overlap.coverageB),
    unshared: Math.min(1, Math.max(overlap.unsharedA, overlap.unsharedB) / 60),
    wording: trigramDice(a.wording.claim, b.wording.claim, claim.sharedTrigrams),
    timesShared: sharedRarity(a.days, b.days, a.rarity),
    quantitiesShared: sharesAmount(a.statement, b.statement) ? 1 : 0,
    action: overlap.action,
    namesNotAction: overlap.names * (1 - overlap.action),
    ngram1Min: Math.max(full.ngram1Min, claim.ngram1Min),
    ngram1Max: Math.max(full.ngram1Max, claim.ngram1Max),
    ngram2Min: Math.max(full.ngram2Min, claim.ngram2Min),
    ngram2Max: Math.max(full.ngram2Max, claim.ngram2Max),
    ngram3Min: Math.max(full.ngram3Min, claim.ngram3Min),
    ngram3Max: Math.max(full.ngram3Max, claim.ngram3Max),
    ngram4Min: Math.max(full.ngram4Min, claim.ngram4Min),
    ngram4Max: Math.max(full.ngram4Max, claim.ngram4Max),
    wordEdit: Math.max(full.wordEdit, claim.wordEdit),
    charEdit: Math.max(full.charEdit, claim.charEdit),
    lengthAgreement: Math.max(full.lengthAgreement, claim.lengthAgreement),
  };
  if (a.quotes.length > 0 && b.quotes.length > 0) {
    let best = 0;
    for (const qa of a.quotes) for (const qb of b.quotes) best = Math.max(best, wordSimilarity(qa, qb));
    signals.quote = best;
  }
  return signals;
}

/**
 * The soft TF-IDF cosine of two weighed profiles' content terms: the `soft` signal of
 * {@link similaritySignals}, the same number, without working out the others.
 *
 * @example
 * softCosine(profileA, profileB); // 0.61
 */
export function softCosine(a: StatementProfile, b: StatementProfile): number {
  return termOverlap(a, b, weighedTerms(a), weighedTerms(b)).soft;
}

/** N-gram precisions both ways, word and character edit similarity, length agreement. */
function surfaceSignals(a: Wording, b: Wording) {
  const { shared, sharedTrigrams, wordDistance } = wordingOverlap(a, b);
  const lengthA = a.words.length;
  const lengthB = b.words.length;
  const longerText = Math.max(a.text.length, b.text.length);
  const longerWords = Math.max(lengthA, lengthB);
  return {
    ngram1Min: Math.min(ngramPrecision(shared[1]!, lengthA, 1), ngramPrecision(shared[1]!, lengthB, 1)),
    ngram1Max: Math.max(ngramPrecision(shared[1]!, lengthA, 1), ngramPrecision(shared[1]!, lengthB, 1)),
    ngram2Min: Math.min(ngramPrecision(shared[2]!, lengthA, 2), ngramPrecision(shared[2]!, lengthB, 2)),
    ngram2Max: Math.max(ngramPrecision(shared[2]!, lengthA, 2), ngramPrecision(shared[2]!, lengthB, 2)),
    ngram3Min: Math.min(ngramPrecision(shared[3]!, lengthA, 3), ngramPrecision(shared[3]!, lengthB, 3)),
    ngram3Max: Math.max(ngramPrecision(shared[3]!, lengthA, 3), ngramPrecision(shared[3]!, lengthB, 3)),
    ngram4Min: Math.min(ngramPrecision(shared[4]!, lengthA, 4), ngramPrecision(shared[4]!, lengthB, 4)),
    ngram4Max: Math.max(ngramPrecision(shared[4]!, lengthA, 4), ngramPrecision(shared[4]!, lengthB, 4)),
    wordEdit: longerWords === 0 ? 1 : 1 - wordDistance / longerWords,
    charEdit: longerText === 0 ? 1 : 1 - editDistance(a.text, b.text) / longerText,
    lengthAgreement: longerWords === 0 ? 1 : 1 - Math.abs(lengthA - lengthB) / longerWords,
    sharedTrigrams,
  };
}

/** Share of one side's n-grams (of `length` words) found in the other, counts clipped as in BLEU. */
function ngramPrecision(shared: number, length: number, n: number): number {
  return length < n ? 0 : shared / (length - n + 1);
}

/** What two profiles' weighed terms share (see {@link termOverlap}). */
interface TermOverlap {
  exact: number;
  soft: number;
  coverageA: number;
  coverageB: number;
  unsharedA: number;
  unsharedB: number;
  action: number;
  names: number;
}

/** What {@link termOverlap} finds when either side has no weighed terms. */
const NO_TERM_OVERLAP: Readonly<TermOverlap> = { exact: 0, soft: 0, coverageA: 0, coverageB: 0, unsharedA: 0, unsharedB: 0, action: 0, names: 0 };

// Positions of the terms each side leaves unmatched, reused from one comparison to the next.
let unmatchedA = new Int32Array(64);
let unmatchedB = new Int32Array(64);

/**
 * Over the TF-IDF vectors: the exact cosine; the soft cosine where unmatched terms may match a
 * close spelling; for each side, the share of its term weight the other covers (softly) and the
 * weight it adds alone; and the cosines of the action terms and of the name terms (numbers
 * belong to neither: two stories about one person differ in what happens, not in who).
 */
function termOverlap(a: StatementProfile, b: StatementProfile, termsA: WeighedTerms, termsB: WeighedTerms): Readonly<TermOverlap> {
  if (!a.vector || !b.vector) return NO_TERM_OVERLAP;
  let dot = 0;
  let coveredA = 0;
  let coveredB = 0;
  let actionDot = 0;
  let nameDot = 0;
  let unmatchedCountA = 0;
  unmatchedA = withRoom(unmatchedA, termsA.terms.length);
  for (let i = 0; i < termsA.terms.length; i++) {
    const term = termsA.terms[i]!;
    const w = termsA.weight(i);
    const other = b.vector.get(term);
    if (other !== undefined) {
      dot += w * other;
      coveredA += w;
      // A term counts in the action or names cosine when both sides read it the same way.
      const role = termsA.role(i);
      if (role === ACTION && roleIn(b, term) === ACTION) actionDot += w * other;
      else if (role === NAME && roleIn(b, term) === NAME) nameDot += w * other;
    } else if (termsA.matchable(i)) unmatchedA[unmatchedCountA++] = i;
  }
  const action = termsA.actionNorm === 0 || termsB.actionNorm === 0 ? 0 : actionDot / Math.sqrt(termsA.actionNorm * termsB.actionNorm);
  const names = termsA.nameNorm === 0 || termsB.nameNorm === 0 ? 0 : nameDot / Math.sqrt(termsA.nameNorm * termsB.nameNorm);
  if (!a.norm || !b.norm) return { ...NO_TERM_OVERLAP, action, names };
  let unmatchedCountB = 0;
  unmatchedB = withRoom(unmatchedB, termsB.terms.length);
  for (let j = 0; j < termsB.terms.length; j++) {
    if (a.vector.has(termsB.terms[j]!)) coveredB += termsB.weight(j);
    else if (termsB.matchable(j)) unmatchedB[unmatchedCountB++] = j;
  }
  let softDot = dot;
  for (let x = 0; x < unmatchedCountA; x++) {
    const i = unmatchedA[x]!;
    const termA = termsA.terms[i]!;
    const prefixA = termsA.prefix(i);
    const synonymBitsA = termsA.synonymBits(i);
    let best = 0;
    let bestWeight = 0;
    for (let y = 0; y < unmatchedCountB; y++) {
      const j = unmatchedB[y]!;
      const termB = termsB.terms[j]!;
      // Spelling variants only between words long enough to be told apart (a prefix of 0: too short).
      let close = prefixA !== 0 && prefixA === termsB.prefix(j) ? jaroWinkler(termA, termB) : negativeVariant(termA, termsA.negativePrefix(i), termB, termsB.negativePrefix(j));
      if (close < SOFT_MATCH && (synonymBitsA & termsB.hashBit(j)) !== 0 && termsA.hasSynonym(i, termB)) close = SOFT_MATCH;
      if (close > best) {
        best = close;
        bestWeight = termsB.weight(j);
      }
    }
    if (best >= SOFT_MATCH) {
      const wA = termsA.weight(i);
      softDot += wA * bestWeight * best;
      coveredA += wA * best;
      coveredB += bestWeight * best;
    }
  }
  const norms = a.norm * b.norm;
  const totalA = termsA.totalWeight;
  const totalB = termsB.totalWeight;
  return {
    exact: dot / norms,
    soft: Math.min(1, softDot / norms),
    coverageA: totalA === 0 ? 0 : Math.min(1, coveredA / totalA),
    coverageB: totalB === 0 ? 0 : Math.min(1, coveredB / totalB),
    unsharedA: Math.max(0, totalA - coveredA),
    unsharedB: Math.max(0, totalB - coveredB),
    action,
    names,
  };
}

/** Whether a term (not a number) names something in a profile, or says what happens. */
function roleIn(profile: StatementProfile, term: string): number {
  return term[0] === '@' || profile.names.has(term) ? NAME : ACTION;
}

/**
 * "unacceptable" and "accept", "disagree" and "agree": the same word with a negative prefix talks
 * about the same thing (whether it is affirmed is for the polarity and modality detectors). Each
 * term comes with the length of its negative prefix.
 */
function negativeVariant(a: string, prefixA: number, b: string, prefixB: number): number {
  const aLonger = a.length > b.length;
  const long = aLonger ? a : b;
  const short = aLonger ? b : a;
  const prefix = aLonger ? prefixA : prefixB;
  return prefix > 0 && short.length >= 4 && long.startsWith(short, prefix) ? 0.95 : 0;
}

/** Whether `terms` holds any of `keys`. */
function holdsAny(terms: ReadonlyMap<string, number>, keys: readonly string[]): boolean {
  for (const key of keys) if (terms.has(key)) return true;
  return false;
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
  for (const key of a) {
    const w = rarityA?.get(key) ?? rarityB?.get(key) ?? 1;
    union += w;
    if (b.has(key)) shared += w;
  }
  for (const key of b) if (!a.has(key)) union += rarityA?.get(key) ?? rarityB?.get(key) ?? 1;
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

/** Dice overlap of two wordings' distinct word trigrams, `shared` of them in common. */
function trigramDice(a: Wording, b: Wording, shared: number): number {
  const sizeA = distinctTrigrams(a);
  const sizeB = distinctTrigrams(b);
  if (sizeA === 0 || sizeB === 0) return 0;
  return (2 * shared) / (sizeA + sizeB);
}

