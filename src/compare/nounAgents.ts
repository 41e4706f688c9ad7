import type { Entity } from '../extract/entity.js';
import type { Statement } from '../extract/statement.js';
import { COLLECTIVE_PARTIES } from '../lexicon/collectiveParties.js';
import { IRREGULAR_VERB_BASES } from '../lexicon/irregularVerbs.js';
import { LIGHT_VERBS, STOPWORDS } from '../lexicon/stopwords.js';
import type { TextSpan } from '../text/span.js';
import { stem } from '../text/stem.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { perStatement } from './perStatement.js';

/**
 * A party named as the one behind a noun of a claim, the noun's agent: "a **US** response",
 * "**Moscow's** offer", "a reaction from **world powers**", "the proposal by **France**".
 */
export interface NounAgent {
  /** The noun (offsets into the article). */
  noun: TextSpan;
  /** Its stem, to compare nouns by. */
  stem: string;
  /** The party's words. */
  party: TextSpan;
  /** The named party; absent for a collective party ("world powers", "the international community"). */
  entity?: Entity;
}

/** Determiners that open a noun phrase: the word after "a US" or before "response from" is its noun. */
const DETERMINERS = new Set(['a', 'an', 'the', 'any', 'no', 'its', 'their']);
/** Prepositions that name a noun's agent after it ("a response from X", "an offer by X"). */
const AGENT_PREPOSITIONS = new Set(['from', 'by']);

/** A collective party, with its possessive when it has one ("the international community's"). */
const COLLECTIVE = new RegExp(`(?<![\\p{L}])(?:${COLLECTIVE_PARTIES.join('|')})(?:['\u2019]s)?(?![\\p{L}])`, 'gu');
/**
 * The phrases of {@link COLLECTIVE} without its word bounds: in every text it matches. Most claims
 * name no collective party, and this says so five times faster than the bounds read in Unicode.
 */
const COLLECTIVE_WORDS = new RegExp(COLLECTIVE_PARTIES.join('|'));

/**
 * The noun agents of a statement's claim, read once per statement: a party (a named entity or a
 * collective party) either before a noun inside one noun phrase ("a **US** response",
 * "**Russia's** offer") or after it in a phrase of agency ("a reaction **from world powers**").
 * The word after a party is taken for its noun only where it cannot be a verb: not a function
 * word, and no "-s", "-ed" or irregular past form ("the US **says**", "the UN **warned**").
 *
 * @example
 * nounAgentsOf(read('Russia is waiting for a US response.')).map((x) => [x.noun.text, x.party.text]);
 * // [['response', 'US']]
 */
export const nounAgentsOf = perStatement(nounAgents);

function nounAgents(statement: Statement): NounAgent[] {
  const { text, start: base, end } = statement.claim;
  const tokens = tokenize(text);
  const parties: Array<{ start: number; end: number; entity?: Entity }> = [];
  for (const e of statement.entities) {
    if (e.start >= base && e.end <= end && e.kind !== 'event' && e.kind !== 'other') parties.push({ start: e.start - base, end: e.end - base, entity: e });
  }
  for (const collective of collectivePartiesOf(statement)) {
    const [at, to] = [collective.start - base, collective.end - base];
    if (!parties.some((p) => p.start < to && at < p.end)) parties.push({ start: at, end: to });
  }
  const agents: NounAgent[] = [];
  for (const party of parties) {
    const first = tokens.findIndex((t) => t.start === party.start);
    const last = tokens.findIndex((t) => t.end === party.end);
    if (first < 0 || last < 0) continue;
    const found = (noun: Token) =>
      agents.push({
        noun: { text: noun.text, start: noun.start + base, end: noun.end + base },
        stem: stem(noun.lower),
        party: { text: text.slice(party.start, party.end), start: party.start + base, end: party.end + base },
        ...(party.entity && { entity: party.entity }),
      });
    // Before its noun: "a US response", "Moscow's offer".
    const after = tokens[last + 1];
    const possessive = /['\u2019]s$/.test(tokens[last]!.text);
    const opened = possessive || DETERMINERS.has(tokens[first - 1]?.lower ?? '');
    if (after && opened && isNoun(after)) found(after);
    // After its noun: "a reaction from world powers", "an offer by the US".
    let at = first - 1;
    if (tokens[at]?.lower === 'the') at--;
    if (!AGENT_PREPOSITIONS.has(tokens[at]?.lower ?? '')) continue;
    // The noun opens with a determiner, an adjective between them at most ("a swift reaction from").
    const noun = tokens[at - 1];
    const opens = (k: number) => DETERMINERS.has(tokens[k]?.lower ?? '');
    if (noun && isNoun(noun) && (opens(at - 2) || (opens(at - 3) && isNoun(tokens[at - 2]!)))) found(noun);
  }
  return agents;
}

/**
 * The collective parties a statement's claim names ("world powers", "Western governments", "the
 * international community": see `COLLECTIVE_PARTIES`), read once per statement.
 *
 * @example
 * collectivePartiesOf(read('Arab states condemned the raid.')).map((p) => p.text); // ['Arab states']
 */
export const collectivePartiesOf = perStatement((statement): readonly TextSpan[] => {
  const { text, start } = statement.claim;
  const lower = text.toLowerCase();
  if (!COLLECTIVE_WORDS.test(lower)) return [];
  return [...lower.matchAll(COLLECTIVE)].map((m) => ({ text: text.slice(m.index, m.index + m[0].length), start: start + m.index, end: start + m.index + m[0].length }));
});

/** A word that can only be read as a noun here: lower case letters, no function word, no verb ending. */
function isNoun(token: Token): boolean {
  const word = token.text;
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(word) || word.length < 3) return false;
  if (STOPWORDS.has(word) || LIGHT_VERBS.has(word) || IRREGULAR_VERB_BASES.has(word)) return false;
  return !/(?:[^s]s|ed|ly)$/.test(word);
}
