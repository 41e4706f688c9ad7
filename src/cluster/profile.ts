import { HEDGE_MODALS, HEDGE_WORDS } from '../lexicon/hedges.js';
import { isNegationToken } from '../lexicon/negation.js';
import { REPORTING_VERBS } from '../lexicon/reportingVerbs.js';
import { LIGHT_VERBS, STOPWORDS } from '../lexicon/stopwords.js';
import type { Statement } from '../extract/statement.js';
import { stem } from '../text/stem.js';
import { tokenize } from '../text/tokenize.js';
import type { IdfTable } from './idf.js';

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
  bigrams: Set<string>;
  /** Canonical ids of the places and actors named in the claim. */
  entities: Set<string>;
  /** Normalized words of each quotation that is a sentence rather than a fragment. */
  quotes: string[][];
  /** TF-IDF vector and its norm, set by {@link weighProfile}. */
  vector?: Map<string, number>;
  norm?: number;
}

/** Words that say how a claim is held, not what it is about: they are compared by the detectors instead. */
const STANCE_WORDS = new Set([...HEDGE_WORDS, ...HEDGE_MODALS, 'must', 'should', 'would', 'will', 'shall', 'can', 'cannot', 'reportedly']);
const REPORTING_FORMS = new Set(Object.keys(REPORTING_VERBS).flatMap((v) => [v, `${v}s`, `${v}ed`, `${v}d`, `${v}ing`]).concat(['said', 'told', 'according']));

/**
 * The content terms of a claim, in order: stems of content words, canonical entity ids
 * (`@russia` for "Moscow", "the Kremlin", "Russian"), numbers (`#51000`).
 *
 * @example
 * claimTerms(statement); // ['@russia', 'propos', '#1', 'march', 'ceasefir', '@syria']
 */
export function claimTerms(statement: Statement): string[] {
  const text = statement.claim.text;
  // Entities carry article offsets; find their words again in the claim's normalized text.
  const entitySpans: Array<{ start: number; end: number; id: string }> = [];
  let cursor = 0;
  for (const e of statement.entities) {
    if (e.start < statement.claim.start || e.end > statement.claim.end) continue;
    const at = text.indexOf(e.text, cursor);
    if (at < 0) continue;
    entitySpans.push({ start: at, end: at + e.text.length, id: e.id });
    cursor = at + e.text.length;
  }
  const terms: string[] = [];
  let entityIndex = 0;
  for (const token of tokenize(text)) {
    while (entityIndex < entitySpans.length && entitySpans[entityIndex]!.end <= token.start) entityIndex++;
    const entity = entitySpans[entityIndex];
    if (entity && token.start >= entity.start && token.end <= entity.end) {
      const id = `@${entity.id.toLowerCase()}`;
      if (terms[terms.length - 1] !== id) terms.push(id);
      continue;
    }
    const term = contentTerm(token.lower);
    if (term) terms.push(term);
  }
  return terms;
}

/** The term for one lower-case word, or undefined for function words and stance words. */
export function contentTerm(lower: string): string | undefined {
  if (/^\d[\d.,]*$/.test(lower)) return `#${lower.replace(/,/g, '')}`;
  const word = lower.replace(/'s$/, '');
  if (word.length < 2 || STOPWORDS.has(word) || LIGHT_VERBS.has(word) || STANCE_WORDS.has(word)) return undefined;
  if (isNegationToken(word) || REPORTING_FORMS.has(word)) return undefined;
  return stem(word);
}

/** Builds the profile of a statement (without weights). */
export function buildProfile(statement: Statement): StatementProfile {
  const sequence = claimTerms(statement);
  const terms = new Map<string, number>();
  for (const t of sequence) terms.set(t, (terms.get(t) ?? 0) + 1);
  const bigrams = new Set<string>();
  for (let i = 0; i + 1 < sequence.length; i++) bigrams.add(`${sequence[i]} ${sequence[i + 1]}`);
  return {
    statement,
    terms,
    bigrams,
    entities: new Set(statement.entities.map((e) => e.id)),
    quotes: statement.quotes.filter((q) => !q.fragment && q.normalized.split(' ').length >= 4).map((q) => q.normalized.split(' ')),
  };
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
  return profile;
}
