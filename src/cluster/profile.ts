import { HEDGE_MODALS, HEDGE_WORDS } from '../lexicon/hedges.js';
import { IRREGULAR_VERB_BASES } from '../lexicon/irregularVerbs.js';
import { isNegationToken } from '../lexicon/negation.js';
import { SCALES, SMALL_NUMBERS, TENS } from '../lexicon/numberWords.js';
import { REPORTING_VERBS } from '../lexicon/reportingVerbs.js';
import { LIGHT_VERBS, STOPWORDS } from '../lexicon/stopwords.js';
import type { Statement } from '../extract/statement.js';
import { isDisplayCase } from '../text/letterCase.js';
import { stem } from '../text/stem.js';
import { tokenize } from '../text/tokenize.js';
import { termBigrams, type Bigrams } from './bigrams.js';
import type { IdfTable } from './idf.js';
import { reasonClauseStart } from './reasonClause.js';
import type { WeighedTerms } from './weighedTerms.js';
import type { WordingIndex } from './wordingIndex.js';

/**
 * What a statement is compared on: its content terms (stems of content words, with named places
 * and actors replaced by their canonical ids and numbers by their value), its stem bigrams, the
 * ids of what it names, and its quotes as word lists. Built once per statement.
 */
export interface StatementProfile {
  statement: Statement;
  /** Term -> count. */
  terms: Map<string, number>;
  /** Adjacent content-term pairs, for word-order evidence. */
  bigrams: Bigrams;
  /** Canonical ids of the places and actors named in the claim. */
  entities: Set<string>;
  /** Terms that come from names (capitalized words, named entities): the rest says what happens. */
  names: Set<string>;
  /** Normalized words of each quotation that is a sentence rather than a fragment. */
  quotes: string[][];
  /**
   * The wording, function words included, of the whole statement (reporting frame too) and of
   * the claim alone: surface signals take the closer of the two, so two outlets framing one
   * claim differently lose nothing, and two wordings of one sentence gain from the frame.
   */
  wording: { full: Wording; claim: Wording };
  /** Keys of the specific days the statement places something on (`day:2016-02-25`). */
  days: Set<string>;
  /** TF-IDF vector and its norm, set by {@link weighProfile}. */
  vector?: Map<string, number>;
  norm?: number;
  /** IDF of entity keys (`@russia`) and day keys, relative to the collection's largest IDF, set by {@link weighProfile}. */
  rarity?: Map<string, number>;
  /** The weighed terms laid out for comparing, filled on first use by the similarity. */
  weighedTerms?: WeighedTerms;
}

/** Lower-case words and lower-case text of one wording. */
export interface Wording {
  words: string[];
  text: string;
  /** Sorted words and n-grams, filled on first use by the similarity. */
  index?: WordingIndex;
}

/** Words that say how a claim is held, not what it is about: they are compared by the detectors instead. */
const STANCE_WORDS = new Set([...HEDGE_WORDS, ...HEDGE_MODALS, 'must', 'should', 'would', 'will', 'shall', 'can', 'cannot', 'reportedly']);
const REPORTING_FORMS = new Set(Object.keys(REPORTING_VERBS).flatMap((v) => [v, `${v}s`, `${v}ed`, `${v}d`, `${v}ing`]).concat(['said', 'told', 'according']));

/**
 * Content words a claim's main clause must hold for its reason clause to be left out of its terms:
 * fewer, and the "main clause" is a fragment ("And" of "And because it rained, ...").
 */
const MIN_MAIN_CLAUSE_WORDS = 3;

/**
 * The content terms of a claim, in order: stems of content words, canonical entity ids
 * (`@russia` for "Moscow", "the Kremlin", "Russian"), numbers (`#51000`). A reason clause
 * ("... **because** the deadline is short") is left out: it says why, not what, and outlets
 * reporting one claim give different reasons or none (see `reasonClauseStart`). Divergence
 * detectors still read the whole claim.
 *
 * @example
 * claimTerms(statement); // ['@russia', 'propos', '#1', 'march', 'ceasefir', '@syria']
 */
export function claimTerms(statement: Statement, names?: Set<string>): string[] {
  const text = mainClause(statement.claim.text);
  const displayCase = isDisplayCase(text);
  // Entities carry article offsets; find their words again in the claim's normalized text.
  const entitySpans: Array<{ start: number; end: number; id: string }> = [];
  let cursor = 0;
  for (const e of statement.entities) {
    if (e.start < statement.claim.start || e.end > statement.claim.end) continue;
    // Only names the alias table rewrites (Moscow -> Russia) are replaced; an unknown name keeps
    // its words, so "Abu Bakr al-Baghdadi" and "Baghdadi" still share one.
    const at = text.indexOf(e.text, cursor);
    if (at < 0) continue;
    if (e.id.toLowerCase() === e.text.toLowerCase().replace(/'s?$/, '')) {
      for (const token of tokenize(e.text)) {
        const term = contentTerm(token.lower);
        if (term) names?.add(term);
      }
      continue;
    }
    entitySpans.push({ start: at, end: at + e.text.length, id: e.id });
    cursor = at + e.text.length;
  }
  // Amounts count by value, however written: "10K", "$10,000" and "10,000 dollars" are one term.
  const amountSpans: Array<{ start: number; end: number; terms: string[] }> = [];
  cursor = 0;
  for (const q of statement.quantities) {
    const at = text.indexOf(q.text, cursor);
    if (at < 0) continue;
    const values = q.high !== null && q.high !== q.low && !q.approx ? [q.low, q.high] : [q.value];
    amountSpans.push({ start: at, end: at + q.text.length, terms: values.map((v) => `#${round(v)}`) });
    cursor = at + q.text.length;
  }
  const terms: string[] = [];
  let entityIndex = 0;
  let amountIndex = 0;
  for (const token of tokenize(text)) {
    while (amountIndex < amountSpans.length && amountSpans[amountIndex]!.end <= token.start) amountIndex++;
    const amount = amountSpans[amountIndex];
    if (amount && token.start >= amount.start && token.end <= amount.end) {
      if (/\d/.test(token.text) || token.start === amount.start) {
        for (const term of amount.terms) {
          if (terms.includes(term)) continue;
          terms.push(term);
        }
      }
      // "a three-boobed woman", "a 3-boobed woman": words hyphenated to the number still say what
      // it is, as they do where no amount is read ("a 40-foot crater").
      if (token.lower.includes('-') || text[token.start - 1] === '-') {
        for (const part of token.lower.split('-')) {
          const term = isNumberWord(part) ? undefined : contentTerm(part);
          if (term && term[0] !== '#') terms.push(term);
        }
      }
      continue;
    }
    while (entityIndex < entitySpans.length && entitySpans[entityIndex]!.end <= token.start) entityIndex++;
    const entity = entitySpans[entityIndex];
    if (entity && token.start >= entity.start && token.end <= entity.end) {
      const id = `@${entity.id.toLowerCase()}`;
      if (terms[terms.length - 1] !== id) {
        terms.push(id);
      }
      continue;
    }
    // Hyphenated words count by their parts too: "al-Baghdadi" matches "Baghdadi", "Ebola-like" matches "Ebola".
    const parts = token.lower.includes('-') ? [token.lower, ...token.lower.split('-')] : [token.lower];
    // A capitalized word inside running text is part of a name (in a title-case headline, only
    // the names found above are known).
    const name = !displayCase && token.start > 0 && /^\p{Lu}/u.test(token.text);
    for (const part of parts) {
      const term = contentTerm(part);
      if (!term) continue;
      terms.push(term);
      if (name) names?.add(term);
    }
  }
  return terms;
}

/** A claim without its reason clause, when the rest holds {@link MIN_MAIN_CLAUSE_WORDS} content words. */
function mainClause(claim: string): string {
  const reason = reasonClauseStart(claim);
  if (reason === undefined) return claim;
  let words = 0;
  for (const token of tokenize(claim.slice(0, reason))) if (contentTerm(token.lower)) words++;
  return words >= MIN_MAIN_CLAUSE_WORDS ? claim.slice(0, reason) : claim;
}

/** A number written out, or one of its scale words ("three", "twenty", "hundred"). */
function isNumberWord(word: string): boolean {
  return SMALL_NUMBERS.has(word) || TENS.has(word) || SCALES.has(word);
}

/** The term for one lower-case word, or undefined for function words and stance words. */
export function contentTerm(lower: string): string | undefined {
  if (/^\d[\d.,]*$/.test(lower)) return `#${lower.replace(/,/g, '')}`;
  const word = lower.replace(/'s$/, '');
  if (word.length < 2 || STOPWORDS.has(word) || LIGHT_VERBS.has(word) || STANCE_WORDS.has(word)) return undefined;
  if (isNegationToken(word) || REPORTING_FORMS.has(word)) return undefined;
  return stem(IRREGULAR_VERB_BASES.get(word) ?? word);
}

/** The key of an entity or a day in the IDF table: how many statements name it is what makes it telling. */
export function entityKey(id: string): string {
  return `@${id.toLowerCase()}`;
}

function dayKeys(statement: Statement): Set<string> {
  const keys = new Set<string>();
  for (const t of statement.times) if (t.granularity === 'day' && t.interval) keys.add(`day:${t.interval.start}`);
  return keys;
}

/**
 * The terms a statement contributes to the IDF table: its content terms, plus every named entity
 * and every specific day as keys, so that a name or a date every statement of a story shares
 * weighs little.
 */
export function indexTerms(statement: Statement): string[] {
  return [...claimTerms(statement), ...statement.entities.map((e) => entityKey(e.id)), ...dayKeys(statement)];
}

/**
 * The terms {@link indexTerms} gives a profile's statement, read off its profile (each once):
 * its claim terms (the frame's words, which count a fraction, are not among them), the keys of
 * the entities it names and of the days it gives.
 */
export function profileIndexTerms(profile: StatementProfile): string[] {
  const terms = new Set<string>();
  for (const [term, count] of profile.terms) if (count >= 1) terms.add(term);
  for (const key of profile.entities) terms.add(key);
  for (const key of profile.days) terms.add(key);
  return [...terms];
}

/** Builds the profile of a statement (without weights). */
export function buildProfile(statement: Statement): StatementProfile {
  const names = new Set<string>();
  const sequence = claimTerms(statement, names);
  const terms = new Map<string, number>();
  for (const t of sequence) terms.set(t, (terms.get(t) ?? 0) + 1);
  // The frame's words ("Lebanon confirms", "U.S. officials say") tell what the story is about, but
  // outlets frame one claim differently: they count, at a fraction of a claim word's weight.
  for (const t of frameTerms(statement)) if (!terms.has(t)) terms.set(t, FRAME_WEIGHT);
  const claim = wordingOf(statement.claim.text);
  return {
    statement,
    terms,
    bigrams: termBigrams(sequence),
    wording: { full: statement.text === statement.claim.text ? claim : wordingOf(statement.text), claim },
    entities: new Set(statement.entities.map((e) => entityKey(e.id))),
    days: dayKeys(statement),
    names,
    quotes: statement.quotes.filter((q) => !q.fragment && q.normalized.split(' ').length >= 4).map((q) => q.normalized.split(' ')),
  };
}

/** A number as a term: whole numbers as they are, others to three significant digits. */
function round(value: number): string {
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(3)));
}

/** Term count given to a word of the reporting frame: `1 + ln(0.5)`, about a third of a claim word. */
const FRAME_WEIGHT = 0.5;

/** Content terms of the reporting frame, with the source's canonical side as an entity term. */
function frameTerms(statement: Statement): string[] {
  const { attribution } = statement;
  const terms: string[] = [];
  if (attribution.span) for (const token of tokenize(attribution.span.text)) {
    const term = contentTerm(token.lower);
    if (term) terms.push(term);
  }
  if (attribution.side) terms.push(`@${attribution.side.toLowerCase()}`);
  return terms;
}

function wordingOf(text: string): Wording {
  return { words: tokenize(text).map((t) => t.lower), text: text.toLowerCase() };
}

/** Sets the TF-IDF vector of a profile (sublinear TF: 1 + ln tf). */
export function weighProfile(profile: StatementProfile, idf: IdfTable): StatementProfile {
  const vector = new Map<string, number>();
  let sum = 0;
  for (const [term, count] of profile.terms) {
    const w = (1 + Math.log(count)) * idf.weight(term);
    vector.set(term, w);
    sum += w * w;
  }
  profile.vector = vector;
  profile.norm = Math.sqrt(sum);
  const scale = 1 + Math.log(Math.max(idf.size, 2));
  profile.rarity = new Map([...profile.entities, ...profile.days].map((key) => [key, Math.min(1, idf.weight(key) / scale)]));
  return profile;
}
