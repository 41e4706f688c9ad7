import type { Statement } from '../extract/statement.js';
import { BLAME_VERBS } from '../lexicon/blameVerbs.js';
import { DETAIL_NOUNS, DETAIL_QUESTIONS, type DetailKind } from '../lexicon/detailNouns.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { stem, stemsOf } from '../text/stem.js';
import { tokenize, type Token } from '../text/tokenize.js';

/**
 * Whether what `weak`'s certainty cue leaves in doubt is something `firm` states, so that the two
 * certainties bear on the same thing. Two cues reach only part of a claim:
 * - not knowing a detail ("not aware of a specific **date** for the talks", "could not confirm
 *   the death **toll**", "unclear **when** the talks resume") leaves the event as it was: it
 *   reaches a report that gives such a detail (a time, an amount, a place), not one that only
 *   reports the event;
 * - blaming ("the outage has been **blamed** on the storm") takes the event as given and reserves
 *   only who or what caused it: it reaches a report that names the same cause, not one that only
 *   reports the event.
 * Any other cue reaches the whole claim.
 *
 * @example
 * doubtReaches(read('The spokesman was not aware of a date for the talks.'), read('Talks will be held.')); // false
 * doubtReaches(read('The spokesman was not aware of a date for the talks.'), read('Talks will be held on May 2.')); // true
 */
export function doubtReaches(weak: Statement, firm: Statement): boolean {
  const detail = doubtedDetail(weak);
  if (detail && !givesDetail(firm, detail)) return false;
  const cause = blamedCause(weak);
  if (cause && !stemsOf(firm.text).includes(stem(cause))) return false;
  return true;
}

/**
 * The detail an unconfirmed claim leaves open: a question word before the claim ("unclear
 * **when** ..."), "how many" or "how much" opening it, or a detail noun in its first noun phrase
 * ("**the death toll**", "Valmora's suggestion of **a specific date**").
 */
function doubtedDetail(statement: Statement): DetailKind | undefined {
  if (statement.certainty !== 'unconfirmed') return undefined;
  const claim = statement.claim.text;
  const tokens = tokenize(claim);
  // "how" stays in the claim ("how many were hurt"), "when" and "where" go into the cue.
  const asked = DETAIL_QUESTIONS.get(wordBeforeClaim(statement) ?? '') ?? DETAIL_QUESTIONS.get(`${tokens[0]?.lower} ${tokens[1]?.lower}`);
  if (asked) return asked;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (endsPhrase(claim, tokens, 0, i, NOUN_PHRASE_WORDS)) return undefined;
    // "a number of soldiers" counts soldiers, it asks for no figure.
    if (token.lower === 'number' && tokens[i + 1]?.lower === 'of' && /^(?:a|any)$/.test(tokens[i - 1]?.lower ?? '')) continue;
    for (const kind of DETAIL_KINDS) if (DETAIL_NOUNS[kind].has(token.lower)) return kind;
  }
  return undefined;
}

const DETAIL_KINDS: readonly DetailKind[] = ['time', 'quantity', 'place'];

/** Function words a noun phrase holds: determiners, possessives, and "of"/"for" before a complement. */
const NOUN_PHRASE_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'any', 'some', 'no', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'these', 'those',
  'such', 'every', 'each', 'another', 'of', 'for',
]);

/**
 * Whether token `k` ends the phrase opened at `from`: a comma before it, or a function word
 * ("to", "that", "has", "would") other than those the phrase may hold.
 */
function endsPhrase(text: string, tokens: readonly Token[], from: number, k: number, holds: ReadonlySet<string>): boolean {
  const token = tokens[k]!;
  if (k > from && text.slice(tokens[k - 1]!.end, token.start).includes(',')) return true;
  return (STOPWORDS.has(token.lower) || AUXILIARIES.has(token.lower)) && !holds.has(token.lower);
}

/** Auxiliaries and modals (some are not stop words: the modals carry news meaning elsewhere). */
const AUXILIARIES: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would', 'remains', 'remained', 'remain']);

/** The word just before the claim in the statement's text ("when" in "It is unclear when the talks resume"). */
function wordBeforeClaim(statement: Statement): string | undefined {
  const at = claimOffset(statement);
  if (at <= 0) return undefined;
  const before = tokenize(statement.text).filter((t) => t.end <= at);
  return before.at(-1)?.lower;
}

/** Where the claim starts in the statement's text (0 when it cannot be found there). */
function claimOffset(statement: Statement): number {
  const { text, claim } = statement;
  const offset = claim.start - statement.start;
  if (text.slice(offset, offset + claim.text.length) === claim.text) return offset;
  return Math.max(0, text.indexOf(claim.text));
}

/** Whether a statement gives a detail of that kind in its claim. */
function givesDetail(statement: Statement, kind: DetailKind): boolean {
  if (kind === 'time') return statement.times.length > 0;
  if (kind === 'quantity') return statement.quantities.length > 0;
  return statement.entities.some((e) => e.kind === 'city' || e.kind === 'country' || e.kind === 'region');
}

/**
 * The head word of the cause a blaming claim names, when its cue is a verb of blaming: the object
 * of "on" ("blamed on **the storm**"), the subject of a passive "blamed for" ("**the contractor**
 * was blamed for the delays"), or the object of an active one ("blamed **the contractor** for").
 */
function blamedCause(statement: Statement): string | undefined {
  const cue = statement.certaintyCue?.text.toLowerCase();
  if (!cue || !BLAME_VERBS.has(cue)) return undefined;
  const { text } = statement;
  const tokens = tokenize(text);
  const verb = tokens.findIndex((t) => t.lower === cue);
  if (verb < 0) return undefined;
  if (tokens[verb + 1]?.lower === 'on') return headOf(text, tokens, verb + 2);
  let aux = verb - 1;
  while (aux >= 0 && /ly$/.test(tokens[aux]!.lower)) aux--;
  if (aux >= 0 && PASSIVE_AUXILIARIES.has(tokens[aux]!.lower)) {
    let subjectEnd = aux;
    while (subjectEnd > 0 && (PASSIVE_AUXILIARIES.has(tokens[subjectEnd - 1]!.lower) || AUXILIARIES.has(tokens[subjectEnd - 1]!.lower))) subjectEnd--;
    const claimAt = claimOffset(statement);
    const subjectStart = Math.max(0, tokens.findIndex((t) => t.start >= claimAt));
    return headOf(text, tokens, subjectStart, subjectEnd);
  }
  // "blamed the collapse of the talks on the shelling": the cause follows "on"; "blamed the contractor (for ...)": it is the object.
  const on = onInClause(text, tokens, verb + 1);
  return on >= 0 ? headOf(text, tokens, on + 1) : headOf(text, tokens, verb + 1);
}

/** Index of the first "on" from `from` in the same clause (before a comma or a clause word), or -1. */
function onInClause(text: string, tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k++) {
    if (k > from && text.slice(tokens[k - 1]!.end, tokens[k]!.start).includes(',')) return -1;
    const word = tokens[k]!.lower;
    if (word === 'on') return k;
    if (CLAUSE_WORDS.has(word)) return -1;
  }
  return -1;
}

/** Words that open another clause, where the blaming clause's "on" can no longer be. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['for', 'that', 'which', 'who', 'because', 'while', 'after', 'before', 'as', 'and', 'but', 'when', 'since']);

/** Forms of "be" and "have" that make "blamed" passive ("was blamed", "has been blamed"). */
const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had']);

/** Index of the first token from `from` that ends the noun phrase opening there, before its first preposition. */
function nounPhraseEnd(text: string, tokens: readonly Token[], from: number, to = tokens.length): number {
  let k = from;
  while (k < to && !endsPhrase(text, tokens, from, k, DETERMINERS)) k++;
  return k;
}

/** Determiners and possessives, which open a noun phrase without ending one. */
const DETERMINERS: ReadonlySet<string> = new Set([...NOUN_PHRASE_WORDS].filter((w) => w !== 'of' && w !== 'for'));

/** The last word of the noun phrase at `from`, up to its first preposition ("the escalation" of "the escalation of shelling"). */
function headOf(text: string, tokens: readonly Token[], from: number, to = tokens.length): string | undefined {
  const end = nounPhraseEnd(text, tokens, from, to);
  const head = tokens[end - 1];
  return end > from && head && !DETERMINERS.has(head.lower) ? head.lower : undefined;
}
