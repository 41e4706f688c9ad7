import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { ORGANIZATION_HEADS, ROLE_WORDS } from '../lexicon/sourceWords.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { startsWithCapital } from '../text/letterCase.js';
import { wordLookup } from '../text/wordLookup.js';
import type { TextSpan } from '../text/span.js';
import { tokenize, tokenTexts, type Token } from '../text/tokenize.js';
import type { AliasEntry, AliasTable } from './aliases.js';

/** An alias found at a token: its entry and how many tokens it spans. */
type AliasMatch = { entry: AliasEntry; length: number };

/** What a named thing is. Countries are both places and actors: the clause decides (see `role`). */
export type EntityKind = 'country' | 'city' | 'region' | 'organization' | 'group' | 'person' | 'event' | 'other';

/** A place or actor named in a statement, with its canonical id and the surface form kept. */
export interface Entity extends TextSpan {
  /** Canonical id: `Russia` for "Moscow", "the Kremlin", "Russian Federation"; `US` for "Washington", "U.S.". */
  id: string;
  kind: EntityKind;
  /** `place` when the statement locates something there ("in Geneva"), `actor` otherwise. */
  role: 'place' | 'actor';
  /** The country a place or institution belongs to, when known (`Switzerland` for Geneva). */
  country?: string;
}

/** How entity finding reads a sentence. */
export interface EntityOptions {
  table: AliasTable;
  /** Capitalized words the article uses inside sentences: names, even when one opens a sentence. */
  knownNames?: ReadonlySet<string>;
  /** The text is in title case (a headline): only known names count, not every capitalized word. */
  titleCase?: boolean;
}

const month = wordLookup(MONTHS);
const weekday = wordLookup(WEEKDAYS);

/** Prepositions after which a name is where something happens. */
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'within', 'around', 'into', 'toward', 'towards', 'from']);

/** Words of time before a month: the month is a time then, not a first name ("in May", "since June"). */
const TIME_LEADS = new Set(['in', 'since', 'until', 'till', 'by', 'before', 'after', 'from', 'through', 'during', 'last', 'next', 'this', 'early', 'mid', 'late', 'of', 'to', 'between', 'and']);

/** Lower-case words allowed inside a name ("University of Oxford", "Staffan de Mistura"). */
const CONNECTORS = new Set(['of', 'for', 'de', 'da', 'del', 'van', 'von', 'der', 'al', 'bin', 'ibn', 'la', 'le', 'du', 'on']);

/**
 * Finds places and actors: names from the alias table (longest match; "Moscow" -> `Russia` as an
 * actor, `Moscow` as a place) and other capitalized names, typed as person, organization or
 * other. Offsets are relative to `text`.
 *
 * @example
 * findEntities('Talks in Geneva collapsed, the Kremlin said.', { table }).map((e) => [e.id, e.role]);
 * // [['Geneva', 'place'], ['Russia', 'actor']]
 */
export function findEntities(text: string, options: EntityOptions): Entity[] {
  const tokens = tokenize(text);
  const words = tokenTexts(tokens);
  // Whether each token may start a name, asked once per token (the runs below ask again and again).
  const nameStart: boolean[] = [];
  for (const token of tokens) nameStart.push(startsName(token));
  // Each token's alias, looked up once: the runs below ask about the same tokens again and again.
  const aliases: Array<AliasMatch | null | undefined> = [];
  const aliasAt = (k: number): AliasMatch | undefined => {
    let match = aliases[k];
    if (match === undefined) aliases[k] = match = options.table.lookup(words, k) ?? null;
    return match ?? undefined;
  };
  // The country of the first of `count` tokens from `from` whose alias names one.
  const countryIn = (from: number, count: number): string | undefined => {
    for (let k = 0; k < count; k++) {
      const country = aliasAt(from + k)?.entry.country;
      if (country) return country;
    }
    return undefined;
  };
  // "Sofia Lindqvist", "Florence Pugh": a one-word city before a capitalized word that is no alias,
  // role or organization word is a first name (not "Moscow Mayor", "Paris Agreement" is no person
  // either, but neither is it the city).
  const isFirstName = (match: AliasMatch, k: number): boolean =>
    match.entry.kind === 'city' &&
    match.length === 1 &&
    k + 1 < tokens.length &&
    nameStart[k + 1] === true &&
    !aliasAt(k + 1) &&
    !ROLE_WORDS.has(tokens[k + 1]!.lower) &&
    !ORGANIZATION_HEADS.has(tokens[k + 1]!.lower) &&
    !/[.,;:]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start));
  // "Jan Berg", "April Ross": a month word before a name is a first name, unless a word of time
  // leads it ("in May Parliament ...").
  for (let k = tokens.length - 2; k >= 0; k--) {
    const word = tokens[k]!;
    if (nameStart[k] || !startsWithCapital(word.text) || month(word.lower) === undefined || !nameStart[k + 1]) continue;
    if (k > 0 && TIME_LEADS.has(tokens[k - 1]!.lower)) continue;
    if (aliasAt(k + 1)) continue;
    nameStart[k] = true;
  }
  // "Theresa May": a month word after a name, with no number after it, is a surname.
  for (let k = 1; k < tokens.length; k++) {
    const word = tokens[k]!;
    if (nameStart[k] || !nameStart[k - 1] || !startsWithCapital(word.text) || month(word.lower) === undefined) continue;
    if (/^\d/.test(tokens[k + 1]?.text ?? '') || STOPWORDS.has(tokens[k - 1]!.lower)) continue;
    nameStart[k] = true;
  }
  const entities: Entity[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    // In a title-case headline every word is capitalized: runs of capitals say nothing there.
    const organization = options.titleCase ? undefined : organizationRun(text, tokens, nameStart, i);
    // An alias covering the whole run wins ("Russian Federation" is Russia, not a new organization).
    if (organization && aliasAt(i)?.length !== organization.length) {
      const last = organization[organization.length - 1]!;
      const country = countryIn(i, organization.length);
      entities.push({
        id: tokenTexts(organization).join(' '),
        kind: 'organization',
        role: 'actor',
        ...(country !== undefined && { country }),
        text: text.slice(token.start, last.end),
        start: token.start,
        end: last.end,
      });
      i += organization.length;
      continue;
    }
    const match = aliasAt(i) ?? hyphenPrefix(token, options.table);
    if (match && !isFirstName(match, i)) {
      const last = tokens[i + match.length - 1]!;
      const role = isLocative(tokens, i) ? 'place' : 'actor';
      const { entry } = match;
      entities.push({
        id: role === 'place' ? entry.placeId : entry.actorId,
        kind: entry.kind,
        role,
        ...(entry.country !== undefined && { country: entry.country }),
        text: text.slice(token.start, last.end),
        start: token.start,
        end: last.end,
      });
      i += match.length;
      continue;
    }
    if (!nameStart[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && joinedInName(text, tokens, j)) {
      if (nameStart[j] && !aliasAt(j)) j++;
      else if (CONNECTORS.has(tokens[j]!.lower) && j + 1 < tokens.length && nameStart[j + 1] && joinedInName(text, tokens, j + 1)) j += 2;
      else break;
    }
    const run = trimRun(tokens.slice(i, j), text);
    i = j;
    if (run.length === 0) continue;
    const name = runName(run, text);
    const sentenceStart = run[0] === tokens[0];
    const known = run.some((t) => options.knownNames?.has(t.text));
    if ((options.titleCase || sentenceStart) && !known && run.length === 1) continue;
    if (options.titleCase && !known) continue;
    const first = run[0]!;
    const lastToken = run[run.length - 1]!;
    const index = tokens.indexOf(first);
    const kind = nameKind(run);
    // An organization named after a place belongs to its country ("Bank of England": UK).
    const country = kind === 'organization' ? countryIn(index, run.length) : undefined;
    entities.push({
      id: name.replace(/'s$/, ''),
      kind,
      ...(country !== undefined && { country }),
      role: isLocative(tokens, index) ? 'place' : 'actor',
      text: text.slice(first.start, lastToken.end),
      start: first.start,
      end: lastToken.end,
    });
  }
  return entities;
}

/**
 * Capitalized words used inside sentences (not at their start): the names an article uses,
 * so that one opening a sentence ("Kerry said ...") is still read as a name.
 */
export function collectKnownNames(sentences: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const sentence of sentences) {
    const tokens = tokenize(sentence);
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (startsWithCapital(t.text) && !STOPWORDS.has(t.lower)) names.add(t.text);
    }
  }
  return names;
}

function startsName(token: Token): boolean {
  return (
    startsWithCapital(token.text) &&
    token.text !== 'I' &&
    !(token.text.includes('-') && /-\p{Ll}+$/u.test(token.text)) &&
    month(token.lower) === undefined &&
    // "Tuesdays", "Tuesdays debate" (a possessive without its apostrophe) are the day.
    weekday(token.lower.endsWith('s') ? token.lower.slice(0, -1) : token.lower) === undefined &&
    weekday(token.lower) === undefined
  );
}

/**
 * A run of capitalized words ending in an organization's head noun ("International Syria
 * Support Group", "Munich Security Conference"): one name, even when a country sits inside it.
 */
function organizationRun(text: string, tokens: readonly Token[], nameStart: readonly boolean[], at: number): Token[] | undefined {
  if (!nameStart[at] || STOPWORDS.has(tokens[at]!.lower)) return undefined;
  let j = at + 1;
  while (
    j < tokens.length &&
    joinedInName(text, tokens, j) &&
    (nameStart[j] || (CONNECTORS.has(tokens[j]!.lower) && j + 1 < tokens.length && nameStart[j + 1] && joinedInName(text, tokens, j + 1)))
  ) j++;
  const run = tokens.slice(at, j);
  if (run.length < 2) return undefined;
  if (ORGANIZATION_HEADS.has(run[run.length - 1]!.lower)) return run;
  // "Bank of England", "International Court of Justice": a head noun before "of" or "for".
  for (let k = 0; k + 2 < run.length; k++) {
    const next = run[k + 1]!.lower;
    if ((next === 'of' || next === 'for') && ORGANIZATION_HEADS.has(run[k]!.lower)) return run;
  }
  return undefined;
}

/**
 * Whether token `k` goes on the name of the token before it: only spaces, periods ("George W.
 * Bush"), commas, "&", hyphens and apostrophes between them. A colon, semicolon, bracket or
 * quotation mark ends a name ("Notes: Varga", "Ana Duarte (D-Ore.)"). (Commas are kept: a run of
 * names listed with commas is read as one, which the stance of a claim naming one of them
 * depends on.)
 */
function joinedInName(text: string, tokens: readonly Token[], k: number): boolean {
  return NAME_GAP.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
}

const NAME_GAP = /^[\s.,&'\u2019-]*$/u;

/** "Russian-backed", "US-led", "UN-hosted": the named part of a hyphenated modifier is an actor. */
function hyphenPrefix(token: Token, table: AliasTable): AliasMatch | undefined {
  const dash = token.text.indexOf('-');
  if (dash <= 0) return undefined;
  const match = table.lookup([token.text.slice(0, dash)], 0);
  return match ? { entry: match.entry, length: 1 } : undefined;
}

/** Drops leading function words and titles ("The", "Foreign Minister") from a run of capitalized words. */
function trimRun(run: readonly Token[], text: string): Token[] {
  // Letters joined by "&" are one name, whatever they spell ("S&P", "AT&T", "P&O").
  const joined = (k: number) => k >= 0 && k + 1 < run.length && text.slice(run[k]!.end, run[k + 1]!.start) === '&';
  let s = 0;
  while (s < run.length && !joined(s) && (STOPWORDS.has(run[s]!.lower) || ROLE_WORDS.has(run[s]!.lower))) s++;
  let e = run.length;
  // (A month word in a run is a name: "Theresa May".)
  while (e > s && !joined(e - 2) && (CONNECTORS.has(run[e - 1]!.lower) || (STOPWORDS.has(run[e - 1]!.lower) && month(run[e - 1]!.lower) === undefined))) e--;
  return run.slice(s, e);
}

/** A run's words as a name: joined by spaces, or by "&" where the text joins them so ("S&P 500" -> "S&P"). */
function runName(run: readonly Token[], text: string): string {
  let name = run[0]!.text;
  for (let k = 1; k < run.length; k++) name += (text.slice(run[k - 1]!.end, run[k]!.start) === '&' ? '&' : ' ') + run[k]!.text;
  return name;
}

function nameKind(run: readonly Token[]): EntityKind {
  // A run holding an organization's head noun is an organization ("Bank of England", "Ajax Football Club").
  if (run.some((t) => ORGANIZATION_HEADS.has(t.lower))) return 'organization';
  if (run.length === 1 && /^\p{Lu}{2,}$/u.test(run[0]!.text)) return 'organization';
  if (run.length >= 2 && run.length <= 4 && run.every((t) => /^\p{Lu}\p{Ll}/u.test(t.text) || CONNECTORS.has(t.lower))) return 'person';
  return 'other';
}

function isLocative(tokens: readonly Token[], index: number): boolean {
  let k = index - 1;
  if (k >= 0 && /^(?:the|northern|southern|eastern|western|central|city|town|province|region|capital)$/.test(tokens[k]!.lower)) k--;
  if (k >= 0 && tokens[k]!.lower === 'of' && k > 0 && /^(?:city|town|province|region|capital|village|outskirts|north|south|east|west|centre|center)$/.test(tokens[k - 1]!.lower)) return true;
  return k >= 0 && LOCATIVE.has(tokens[k]!.lower);
}
