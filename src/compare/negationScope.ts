import { contentTerm } from '../cluster/profile.js';
import { IRREALIS_MODALS } from '../lexicon/irrealis.js';
import { NEGATIVE_IMPLICATIVES, SCOPE_BREAKERS } from '../lexicon/negation.js';
import { negatesHere } from '../extract/polarity.js';
import type { Statement } from '../extract/statement.js';
import { jaroWinkler } from '../text/natural.js';
import { synonymousStems } from '../text/synonyms.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { perStatement } from './perStatement.js';
import { irrealisAt, type IrrealisMarker } from './irrealis.js';
import { isPastForm, negatesFuture, speaksOfFuture, tenseAt, type Tense } from './predicateTense.js';

/** A content word of a statement: the token as written and the terms it matches by. */
export interface ScopeWord {
  token: Token;
  /** Stem (or `#value` for a number), then the stems of its parts when it is hyphenated ("South-African"). */
  terms: string[];
  /** Canonical id of the place or actor the word belongs to ("Moscow" -> `Russia`), when it names one. */
  entity?: string;
}

/**
 * What a negation denies: the negated predicate, the first content word after the cue ("will not
 * **return** to talks", "no one was **hurt**"), and its arguments, the other content words of the
 * negated clause (who returns, to what). Token offsets are relative to the claim's text.
 */
export interface NegationScope {
  cue: Token;
  /** Absent when no content word follows the cue in its clause ("it will not", "not a number"). */
  predicate?: ScopeWord;
  arguments: ScopeWord[];
  /**
   * The negation is of a future: of a state ("will never **be** the largest", "won't be a member")
   * or of an event ("will not return", "is not going to sign").
   */
  future?: 'state' | 'event';
  /** The negation is of a possibility or an obligation ("could not", "cannot", "should not"). */
  modal: boolean;
}

/**
 * How the other statement bears on a negation:
 * - `asserted`: its claim states the negated predicate, not negated, with most of its arguments
 *   (a contradiction); `predicate` is the word in that claim (offsets relative to the claim's text);
 * - `negated`: its claim negates that predicate too ("has not released" / "never released": agreement);
 * - `unasserted`: its claim has the predicate, not negated, but only as wanted, tried, possible or
 *   conditional ("attempted to kidnap him", "if the troops extend", "the alleged mistreatment"; see
 *   `irrealisAt`): it does not say it is so, so the negation does not deny it;
 * - `unsaid`: most of what is negated is not in it at all: the negation is about something it does not say;
 * - `otherTense`: the negation is of a future state ("will never be the largest"), and the other
 *   states the predicate in the present ("is the largest in the league") or, in other words, says
 *   nothing of the future: what will not be is not denied by what is (states change); `tense` is
 *   that of the other's predicate, absent when it does not state it;
 * - `unclear`: neither (a paraphrase, or other wording).
 */
export type ScopeSupport =
  | { kind: 'asserted'; predicate: Token }
  | { kind: 'negated'; predicate: Token }
  | { kind: 'unasserted'; predicate: Token; marker: IrrealisMarker }
  | { kind: 'unsaid'; missing: string[] }
  | { kind: 'otherTense'; tense?: Tense }
  | { kind: 'unclear' };

/**
 * Thresholds of the scope alignment. Calibrated on the RTE2 negated pairs (development part:
 * contradiction F1 0.676 -> 0.694) and checked on the Emergent headlines (stance accuracy kept),
 * both read from `../shared/data`.
 */
export const SCOPE_ALIGNMENT = {
  /** Share of the arguments the other statement must name, besides the predicate, to assert the same thing. */
  assertedArguments: 0.5,
  /** Words of the negated clause (predicate and arguments) absent from the other statement from which the negation is about something it does not say... */
  unsaidWords: 4,
  /** ...provided they make at least this share of the negated clause's content words. */
  unsaidShare: 0.4,
  /** Tokens before the predicate in which a negation cue negates it ("has **not** yet released"). */
  negationReach: 3,
} as const;

/** Words between a negation cue and its predicate: auxiliaries, articles, degree adverbs ("not even say"). */
const SCOPE_SKIP = new Set(['be', 'been', 'being', 'is', 'are', 'was', 'were', 'am', 'have', 'has', 'had', 'do', 'does', 'did', 'even', 'yet', 'ever', 'always', 'again', 'also', 'just', 'really', 'necessarily', 'immediately', 'currently', 'to', 'a', 'an', 'the']);

/** Cues that negate a noun phrase, the subject when they open the clause ("**no** one was hurt"): the predicate follows its verb. */
const DETERMINER_CUES = new Set(['no', 'none', 'nobody', 'nothing', 'neither']);

/** Auxiliaries that end the noun phrase a determiner cue negates ("no one **was** hurt"). */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must']);

/** Negation cues that hold a modal. */
const MODAL_NEGATIONS = new Set(['cannot', "can't", "couldn't", "shouldn't", "mustn't", "mightn't"]);

/** Spellings at least this close (Jaro-Winkler, same first three letters) are one word ("authorised"/"authorized"). */
const CLOSE_SPELLING = 0.92;

/** One character more than the longest non-negating phrase ("not only") is enough to recognise it. */

/**
 * The scope of a statement's negation: the negated predicate and its arguments, or undefined when
 * the statement is not negated (or its cue cannot be found in its claim).
 *
 * @example
 * negationScope(readWholeStatement('The rebels will not return to the talks.', 'a', settings));
 * // { cue: 'not', predicate: 'return', arguments: ['rebels', 'talks'] } (tokens)
 */
export function negationScope(statement: Statement): NegationScope | undefined {
  return scopeOf(statement);
}

/**
 * The scope of each statement's negation, read once: a negated statement's scope is set against
 * every other statement of its cluster in turn.
 */
const scopeOf = perStatement(readScope);

function readScope(statement: Statement): NegationScope | undefined {
  const cueText = statement.polarity.cue?.text;
  if (!statement.polarity.negated || !cueText) return undefined;
  const claim = statement.claim.text;
  const at = claim.indexOf(cueText);
  if (at < 0) return undefined;
  const tokens = tokenize(claim);
  const cueIndex = tokens.findIndex((t) => t.start >= at);
  if (cueIndex < 0) return undefined;
  const cue = tokens[cueIndex]!;
  const words = contentWords(statement, claim, tokens);
  let from = cueIndex + 1;
  let verb: number | undefined;
  // "no one was hurt": the noun phrase the cue opens is the subject; the predicate follows the verb.
  if (DETERMINER_CUES.has(cue.lower)) {
    const found = tokens.findIndex((t, k) => k > cueIndex && AUXILIARIES.has(t.lower));
    if (found > 0) from = verb = found;
  }
  // A negative implicative ("refused to sign") is read as its cue, "to" included.
  while (from < tokens.length && tokens[from]!.end <= at + cueText.length) from++;
  let end = from;
  while (end < tokens.length && (SCOPE_SKIP.has(tokens[end]!.lower) || AUXILIARIES.has(tokens[end]!.lower))) end++;
  // The predicate must be a content word: "will not say that X" negates the saying, not X.
  const predicate = words.find((w) => w.token === tokens[end] && !w.terms[0]!.startsWith('#'));
  // "will not be the largest", "won't be a member": a state; "will not be sold" is an event.
  const copular = tokens.slice(from, end).some((t) => t.lower === 'be') && end < tokens.length && !isPastForm(tokens[end]!.lower);
  // The arguments are the other content words of the negated clause: punctuation or a word opening a new clause ends it.
  let start = cueIndex;
  while (start > 0 && !clauseStarts(claim, tokens, start)) start--;
  end = Math.min(end, tokens.length - 1);
  while (end + 1 < tokens.length && !clauseStarts(claim, tokens, end + 1)) end++;
  const first = tokens[start]!.start;
  const last = tokens[end]!.end;
  return {
    cue,
    predicate,
    arguments: words.filter((w) => w !== predicate && w.token !== cue && w.token.start >= first && w.token.end <= last),
    ...(negatesFuture(tokens, cueIndex, verb) ? { future: copular ? ('state' as const) : ('event' as const) } : {}),
    modal: IRREALIS_MODALS.has(tokens[cueIndex - 1]?.lower ?? '') || MODAL_NEGATIONS.has(cue.lower),
  };
}

/**
 * How `plain` bears on the negation of `negated` (see {@link ScopeSupport}): whether its claim
 * states the negated predicate with the same arguments, negates it as well, or whether it does
 * not talk about the negated clause at all. Arguments may be found in the reporting frame too
 * ("Egypt's ambassador Derek Plumbly said ..." names who is negated elsewhere).
 *
 * @example
 * scopeSupport(read('The rebels will not return to the talks.'), read('The rebels returned to the talks on Monday.'));
 * // { kind: 'asserted', predicate: 'returned' }
 * scopeSupport(read('The ministry has not published the audit of the port contracts.'), read('The mayor opened a new school.'));
 * // { kind: 'unsaid', missing: ['ministry', 'published', 'audit', 'port', 'contracts'] }
 */
export function scopeSupport(negated: Statement, plain: Statement): ScopeSupport {
  const scope = negationScope(negated);
  if (!scope) return { kind: 'unclear' };
  const { claimTokens, claimWords, allWords } = wordsOf(plain);
  const said = (w: ScopeWord) => allWords.some((v) => sameWord(w, v));
  if (scope.predicate) {
    const clause = (k: number) => clauseStarts(plain.claim.text, claimTokens, k);
    const matches = claimWords.filter((v) => sameWord(scope.predicate!, v));
    const affirmed = matches.filter((v) => !negatedAt(plain.claim.text, claimTokens, claimTokens.indexOf(v.token)));
    if (affirmed.length > 0 && scope.arguments.filter(said).length >= scope.arguments.length * SCOPE_ALIGNMENT.assertedArguments) {
      // A modal against a modal ("could not compromise" / "could compromise") is the same modality, denied.
      const markerOf = (v: ScopeWord) => {
        const marker = irrealisAt(claimTokens, claimTokens.indexOf(v.token), clause);
        return marker === 'modal' && scope.modal ? undefined : marker;
      };
      const asserted = affirmed.find((v) => markerOf(v) === undefined);
      if (!asserted) return { kind: 'unasserted', predicate: affirmed[0]!.token, marker: markerOf(affirmed[0]!)! };
      if (scope.future === 'state') {
        const tense = tenseAt(claimTokens, claimTokens.indexOf(asserted.token), clause);
        if (tense === 'present') return { kind: 'otherTense', tense };
      }
      return { kind: 'asserted', predicate: asserted.token };
    }
    if (matches.length > 0 && affirmed.length === 0) return { kind: 'negated', predicate: matches[0]!.token };
  }
  const scopeWords = scope.predicate ? [scope.predicate, ...scope.arguments] : scope.arguments;
  const missing = scopeWords.filter((w) => !said(w));
  if (missing.length >= SCOPE_ALIGNMENT.unsaidWords && missing.length >= scopeWords.length * SCOPE_ALIGNMENT.unsaidShare) {
    return { kind: 'unsaid', missing: missing.map((w) => w.token.text) };
  }
  if (scope.future === 'state' && !speaksOfFuture(claimTokens)) return { kind: 'otherTense' };
  return { kind: 'unclear' };
}

/**
 * A statement's claim tokens, and the content words of its claim and of its whole text, read once:
 * a statement is set against the negations of every other statement of its cluster in turn.
 */
const wordsOf = perStatement((statement) => {
  const claimTokens = tokenize(statement.claim.text);
  const claimWords = contentWords(statement, statement.claim.text, claimTokens);
  const allWords = statement.text === statement.claim.text ? claimWords : contentWords(statement, statement.text, tokenize(statement.text));
  return { claimTokens, claimWords, allWords };
});

/** The content words of `text` (a statement's claim or whole text), each with the entity it belongs to. */
function contentWords(statement: Statement, text: string, tokens: readonly Token[]): ScopeWord[] {
  const names: Array<{ start: number; end: number; id: string }> = [];
  for (const e of statement.entities) {
    const at = text.indexOf(e.text);
    if (at >= 0) names.push({ start: at, end: at + e.text.length, id: e.id });
  }
  const words: ScopeWord[] = [];
  for (const token of tokens) {
    const term = contentTerm(token.lower);
    if (!term) continue;
    const terms = [term];
    // "South-African" matches "South Africa", "US-led" matches "US".
    if (token.lower.includes('-')) {
      for (const part of token.lower.split('-')) {
        const partTerm = contentTerm(part);
        if (partTerm && !terms.includes(partTerm)) terms.push(partTerm);
      }
    }
    const entity = names.find((n) => token.start >= n.start && token.end <= n.end)?.id;
    words.push(entity === undefined ? { token, terms } : { token, terms, entity });
  }
  return words;
}

/** A word of each statement stands for the same thing: one stem, synonyms, one spelling, or one named entity. */
function sameWord(a: ScopeWord, b: ScopeWord): boolean {
  if (a.entity !== undefined && a.entity === b.entity) return true;
  return a.terms.some((x) => b.terms.some((y) => sameTerm(x, y)));
}

function sameTerm(a: string, b: string): boolean {
  if (a === b) return true;
  // Numbers match by value only.
  if (a.startsWith('#') || b.startsWith('#')) return false;
  if (synonymousStems(a, b)) return true;
  return a.slice(0, 3) === b.slice(0, 3) && jaroWinkler(a, b) >= CLOSE_SPELLING;
}

/** A negation cue in the few tokens before `index` negates the word there ("had **not** yet signed", "**refused to** sign"); "not only" does not. */
function negatedAt(text: string, tokens: readonly Token[], index: number): boolean {
  for (let k = Math.max(0, index - SCOPE_ALIGNMENT.negationReach); k < index; k++) {
    const token = tokens[k]!;
    if (NEGATIVE_IMPLICATIVES.has(token.lower) && tokens[k + 1]?.lower === 'to') return true;
    if (negatesHere(text, token)) return true;
  }
  return false;
}

/** A clause starts at token `k`: punctuation before it, or a word that opens a clause ("because", "which", "that"). */
function clauseStarts(text: string, tokens: readonly Token[], k: number): boolean {
  if (SCOPE_BREAKERS.has(tokens[k]!.lower)) return true;
  return k > 0 && /[,;:()\u2013\u2014]|\s-\s/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
}
