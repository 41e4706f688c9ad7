import {
  ANONYMITY_MARKERS,
  ANONYMOUS_NOUNS,
  INSTITUTION_NOUNS,
  MEDIA_NOUNS,
  OFFICIAL_NOUNS,
  ORGANIZATION_HEADS,
  PARTICIPLE_ADJECTIVES,
  PERSON_NOUNS,
  PRONOUNS,
  ROLE_WORDS,
} from '../lexicon/sourceWords.js';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { startsWithCapital } from '../text/letterCase.js';
import { wordLookup } from '../text/wordLookup.js';
import { tokenize, tokenLowers, tokenTexts, type Token } from '../text/tokenize.js';
import type { AliasTable } from './aliases.js';
import type { SourceKind } from './attribution.js';

/** Who a noun phrase in a reporting frame names. */
export interface SourceReading {
  kind: SourceKind;
  /** The phrase as written, without leading determiners and appositions. */
  source: string;
  /** Canonical id: a person's name, an organization, or the country the source speaks for. */
  id?: string;
  /** The person's title or role ("Foreign Minister", "State Department spokesman"). */
  role?: string;
  /** The country the source speaks for, when the phrase tells ("U.S. officials" -> `US`). */
  side?: string;
  /** Set when the phrase is a pronoun or a bare definite ("he", "the officials"), to resolve from context. */
  anaphor?: 'person' | 'group';
}

const pronoun = wordLookup(PRONOUNS);
const month = wordLookup(MONTHS);
const weekday = wordLookup(WEEKDAYS);

/** Auxiliaries: a phrase holding one is a clause, not a source. */
const CLAUSE_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'did', 'does']);

/** Connectors allowed inside a personal name ("Staffan de Mistura", "Bashar al-Assad"). */
const NAME_CONNECTORS = new Set(['de', 'da', 'del', 'van', 'von', 'der', 'al', 'bin', 'ibn', 'la', 'le', 'di', 'du']);

/** Connectors after an organization's head noun: "Bank of England", "Ministry for Foreign Affairs". */
const HEAD_CONNECTORS = new Set(['of', 'for']);

/**
 * Words after which an "-ed" word qualifies a noun rather than acting as its verb: a determiner
 * ("a retired general", "the injured"), or a preposition after it ("officials involved in").
 */
const BEFORE_ADJECTIVE = new Set(['a', 'an', 'the', 'one', 'some', 'two', 'three', 'several', 'many', 'his', 'her', 'their', 'its', 'our', 'other']);
const AFTER_PARTICIPLE = new Set(['in', 'on', 'by', 'with', 'about', 'to', 'at', 'from', 'for', 'into', 'over', 'under', 'near', 'close', 'as']);

/**
 * Words that may follow the head noun of a source phrase ("a spokesman for the airline", "doctors
 * at the clinic", "people familiar with ..."). A person or institution noun followed by anything
 * else is not the head: "400 men cut their ..." is a clause.
 */
const AFTER_HEAD = new Set(['for', 'of', 'in', 'at', 'from', 'with', 'on', 'close', 'familiar', 'near', 'who', 'involved', 'based', 'inside', 'outside', 'across', 'within', 'to', 'and']);

/** Determiners a bare source noun phrase may open with ("the farmer", "her agent"). */
const SOURCE_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one', 'another']);

/** Nouns that head an unnamed source: whatever capitalized words stand before them qualify them. */
function isSourceNoun(lower: string): boolean {
  return OFFICIAL_NOUNS.has(lower) || ANONYMOUS_NOUNS.has(lower) || MEDIA_NOUNS.has(lower) || PERSON_NOUNS.has(lower) || INSTITUTION_NOUNS.has(lower);
}

/**
 * Reads a source phrase: a person (with role), an organization, a government, unnamed officials,
 * media reports, an anonymous source, or a pronoun to resolve later.
 *
 * @example
 * readSource('Russian Foreign Minister Sergei Lavrov', table);
 * // { kind: 'person', source: 'Russian Foreign Minister Sergei Lavrov', id: 'Sergei Lavrov', role: 'Foreign Minister', side: 'Russia' }
 * readSource('U.S. officials', table); // { kind: 'officials', source: 'U.S. officials', id: 'US', side: 'US' }
 */
export function readSource(phrase: string, table: AliasTable): SourceReading | undefined {
  phrase = phrase.replace(/^\s*with\s+/i, '');
  const bare = stripAppositions(phrase);
  const reading = readBareSource(bare, phrase, table);
  // "the rail operator's spokesman, Luis Ortega": a name in apposition names the person.
  if (reading?.kind !== 'person' && bare !== phrase.trim()) {
    const name = appositiveName(phrase, table);
    if (name) {
      // (The name first: the words before it are then its titles, never an institution's name.)
      const named = readBareSource(`${name} ${bare}`, phrase, table);
      if (named?.kind === 'person') return { ...named, source: phrase.trim().replace(/^(?:the|a|an)\s+/i, '').replace(/(?<![\s,])[\s,]+$/, '') };
    }
  }
  return reading;
}

/** A source phrase without appositions; `phrase` is the phrase as written (its article tells a bare definite). */
function readBareSource(bare: string, phrase: string, table: AliasTable): SourceReading | undefined {
  const tokens = tokenize(bare);
  if (tokens.length === 0 || tokens.length > 14) return undefined;
  const words = tokenTexts(tokens);
  const lowers = tokenLowers(tokens);
  const last = lowers[lowers.length - 1]!;

  // A pronoun or an auxiliary inside a longer phrase means a clause, not a source
  // ("he announced his resignation", "Russia's offensive was having ...").
  // (A capitalized "May" after the first word is a name or the month: "Theresa May".)
  if (tokens.length > 1 && lowers.some((w, i) => (pronoun(w) && w !== 'it') || (CLAUSE_WORDS.has(w) && !(i > 0 && words[i] === 'May')))) return undefined;
  // So does a verb in the past tense ("the health ministry issued a warning on Friday").
  if (tokens.length > 1 && tokens.some((t, i) => i > 0 && isFiniteVerb(tokens, i))) return undefined;
  // (Written out once the phrase is known to be no clause: most phrases asked about are.)
  const source = bare
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/(?<![\s,:;'"])[\s,:;'"]+$/, '')
    .replace(/(\p{Ll}{2})\.$/u, '$1')
    .trim();
  if (tokens.length === 1 && pronoun(last)) return { kind: pronoun(last) === 'person' ? 'person' : 'officials', source, anaphor: pronoun(last)! };
  // "One said ...": one of the group named before.
  if (tokens.length === 1 && last === 'one') return { kind: 'anonymous', source, anaphor: 'group' };

  let side: string | undefined;
  let organization: string | undefined;
  const covered = new Array<boolean>(tokens.length).fill(false);
  for (let i = 0; i < words.length; i++) {
    const match = table.lookup(words, i);
    if (!match) continue;
    const { entry } = match;
    if (entry.kind === 'country' || entry.kind === 'city') side ??= entry.actorId;
    else if (entry.kind === 'organization' && entry.country) side ??= entry.country;
    else if (entry.kind === 'organization' || entry.kind === 'group') organization ??= entry.actorId;
    else if (entry.kind === 'region' && entry.country) side ??= entry.country;
    for (let j = i; j < i + match.length; j++) covered[j] = true;
    i += match.length - 1;
  }

  const named = personName(tokens, covered);
  // Capitalized words before a source noun qualify it ("Health officials", "NASA scientists",
  // "European Space Agency officials"): they name who the source speaks for, not a person.
  const qualifier = named && named.end < tokens.length && isSourceNoun(lowers[named.end]!) && !hasNameAfter(tokens, covered, named.end) ? named : undefined;
  const name = qualifier ? undefined : named;
  const roleWords = tokens.filter((t, i) => !covered[i] && !inName(i, name) && !inName(i, qualifier) && ROLE_WORDS.has(t.lower)).map((t) => t.text);
  const definite = /^the\b/i.test(phrase.trim());

  if (name) {
    const nameText = name.tokens.map((t) => t.text).join(' ');
    const roleText = roleWords.length > 0 ? roleWords.join(' ').replace(/\b(?:[Tt]he|[Aa]n?)\b\s*/g, '') : undefined;
    // "the Pentagon", "the West": a definite article before a bare name marks an institution, not a person.
    const bareDefinite = definite && roleWords.length === 0 && name.start <= 1;
    const acronym = name.tokens.length === 1 && /^\p{Lu}{2,}$/u.test(nameText);
    // "the energy company Norvex": a name right after an institution noun is the institution's.
    const institution = name.start > 0 && INSTITUTION_NOUNS.has(lowers[name.start - 1]!);
    if ((ORGANIZATION_HEADS.has(lowers[name.end - 1]!) || bareDefinite || acronym || institution) && name.end === tokens.length) {
      return { kind: 'organization', source, id: nameText, ...(side !== undefined && { side }) };
    }
    // "Bank of England", "Ministry of Defence": a head noun, then "of" and the rest of the name.
    const headed = headedName(tokens, covered, name);
    if (headed) return { kind: 'organization', source, id: headed, ...(side !== undefined && { side }) };
    return {
      kind: 'person',
      source,
      id: nameText,
      ...(roleText && { role: roleText }),
      ...(side !== undefined && { side }),
    };
  }
  // A qualifying name that is an organization's ("European Space Agency officials", "NASA
  // scientists") is whom the source speaks for: its id.
  const qualifierId = qualifier && isOrganizationName(qualifier.tokens) ? qualifier.tokens.map((t) => t.text).join(' ') : undefined;
  organization ??= qualifierId;
  if (lowers.some((w) => MEDIA_NOUNS.has(w))) return { kind: 'reports', source, ...(side !== undefined && { side }) };
  const unnamedOfficial = lowers.some((w) => OFFICIAL_NOUNS.has(w));
  const anonymous =
    lowers.some((w) => w === 'anonymous' || w === 'unnamed' || w === 'unidentified') ||
    (ANONYMITY_MARKERS.has(lowers[0]!) && lowers[0] !== 'the' && (unnamedOfficial || lowers.some((w, i) => ANONYMOUS_NOUNS.has(w) || (PERSON_NOUNS.has(w) && isHead(lowers, i)))));
  const sideId = side ?? qualifierId;
  if (anonymous) return { kind: 'anonymous', source, ...(side !== undefined && { side }), ...(sideId !== undefined && { id: sideId }) };
  if (unnamedOfficial) {
    const anaphor = definite && side === undefined && !organization ? { anaphor: 'group' as const } : {};
    return { kind: 'officials', source, ...(side !== undefined && { side }), ...(sideId !== undefined && { id: sideId }), ...anaphor };
  }
  if (lowers.some((w, i) => ANONYMOUS_NOUNS.has(w) || (PERSON_NOUNS.has(w) && isHead(lowers, i)))) {
    return { kind: 'anonymous', source, ...(side !== undefined && { side }), ...(qualifierId !== undefined && { id: qualifierId }) };
  }
  if (organization) return { kind: 'organization', source, id: organization, ...(side !== undefined && { side }) };
  // "the company", "the central bank", "Brazil's central bank": an institution without its name.
  if (INSTITUTION_NOUNS.has(last) && !covered[tokens.length - 1] && tokens.length <= 5) {
    const head = tokens.filter((t, i) => !covered[i] && !SOURCE_DETERMINERS.has(t.lower)).map((t) => t.lower).join(' ');
    return { kind: 'organization', source, id: head, ...(side !== undefined && { side }) };
  }
  if (side !== undefined && covered.every(Boolean)) return { kind: 'government', source, id: side, side };
  if (side !== undefined) return { kind: 'government', source, id: side, side };
  if (roleWords.length > 0) return { kind: 'anonymous', source };
  // A plain group noun phrase ("the rebels", "opposition groups"): a party without a name.
  if (tokens.length <= 5 && words.slice(1).every((w) => /^\p{Ll}/u.test(w)) && /s$/.test(last) && !STOPWORDS.has(last)) {
    return { kind: 'organization', source, id: source.toLowerCase() };
  }
  return undefined;
}

/**
 * A source noun phrase not otherwise known, as the subject of a speech tag: a determiner and a few
 * lower-case words ("the old man", "a neighbour", "her agent"). Someone unnamed.
 *
 * @example
 * readUnnamedSource('the old fisherman'); // { kind: 'anonymous', source: 'old fisherman' }
 * readUnnamedSource('the talks'); // undefined: a plural is a thing as often as a group
 */
export function readUnnamedSource(phrase: string): SourceReading | undefined {
  const tokens = tokenize(phrase.trim());
  if (tokens.length < 2 || tokens.length > 4 || !SOURCE_DETERMINERS.has(tokens[0]!.lower)) return undefined;
  const rest = tokens.slice(1);
  const head = rest[rest.length - 1]!.lower;
  if (!rest.every((t) => /^\p{Ll}[\p{Ll}'-]*$/u.test(t.text) && !STOPWORDS.has(t.lower) && !CLAUSE_WORDS.has(t.lower))) return undefined;
  if (head.endsWith('s') || /(?:ed|ing|ly)$/.test(head)) return undefined;
  return { kind: 'anonymous', source: phrase.trim().replace(/^(?:the|a|an)\s+/i, '') };
}

/** Whether the noun at `i` heads the phrase: it ends it, or a post-modifier follows ("for the airline"). */
function isHead(lowers: readonly string[], i: number): boolean {
  return i === lowers.length - 1 || AFTER_HEAD.has(lowers[i + 1]!);
}

/** A lower-case "-ed" word acting as a verb: not a listed adjective, nor a participle qualifying a noun. */
function isFiniteVerb(tokens: readonly Token[], i: number): boolean {
  const token = tokens[i]!;
  const lower = token.text;
  if (lower.length < 5 || !lower.endsWith('ed') || lower.endsWith('eed') || lower.includes('-') || !/^\p{Ll}+$/u.test(lower)) return false;
  if (PARTICIPLE_ADJECTIVES.has(lower)) return false;
  const previous = tokens[i - 1]!.lower;
  if (BEFORE_ADJECTIVE.has(previous) || previous.endsWith('ly')) return false;
  const next = tokens[i + 1]?.lower;
  return next === undefined ? false : !AFTER_PARTICIPLE.has(next);
}

/** A capitalized name after `at` (the source noun before it is a title: "spokesman Dmitry Peskov"). */
function hasNameAfter(tokens: readonly Token[], covered: boolean[], at: number): boolean {
  for (let i = at + 1; i < tokens.length; i++) if (isNameWord(tokens[i]!, covered[i]!)) return true;
  return false;
}

/** Whether capitalized words name an organization: an acronym, or a run ending in a head noun. */
function isOrganizationName(tokens: readonly Token[]): boolean {
  const lastWord = tokens[tokens.length - 1]!;
  return (tokens.length === 1 && /^\p{Lu}{2,}$/u.test(lastWord.text)) || ORGANIZATION_HEADS.has(lastWord.lower);
}

/** "Bank of England": the name's head noun, then "of"/"for" and capitalized words to the end. */
function headedName(tokens: readonly Token[], covered: boolean[], name: { start: number; end: number }): string | undefined {
  if (!ORGANIZATION_HEADS.has(tokens[name.end - 1]!.lower) || name.end >= tokens.length - 1) return undefined;
  if (!HEAD_CONNECTORS.has(tokens[name.end]!.lower)) return undefined;
  const rest = tokens.slice(name.end + 1);
  if (!rest.every((t, k) => startsWithCapital(t.text) || (HEAD_CONNECTORS.has(t.lower) && k > 0) || covered[name.end + 1 + k])) return undefined;
  return tokens.slice(name.start).map((t) => t.text).join(' ');
}

/** The person's name in an apposition ("the operator's spokesman, Luis Ortega,"): capitalized words only. */
function appositiveName(phrase: string, table: AliasTable): string | undefined {
  for (const m of phrase.matchAll(/,\s*([^,]+?)\s*(?=,|$)/g)) {
    const tokens = tokenize(m[1]!);
    if (tokens.length < 2 || tokens.length > 4) continue;
    const words = tokenTexts(tokens);
    if (!tokens.every((t) => isNameWord(t, false) || NAME_CONNECTORS.has(t.lower))) continue;
    if (words.some((_, i) => table.lookup(words, i))) continue;
    return words.join(' ');
  }
  return undefined;
}

/** The last run of capitalized words not covered by an alias or a role word: the person's name. */
function personName(tokens: readonly Token[], covered: boolean[]): { start: number; end: number; tokens: Token[] } | undefined {
  const nameWord: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) nameWord.push(isNameWord(tokens[i]!, covered[i]!));
  // "Jan Berg", "April Ross": a month word before a name is a first name.
  for (let i = tokens.length - 2; i >= 0; i--) {
    if (!nameWord[i] && !covered[i] && nameWord[i + 1] && startsWithCapital(tokens[i]!.text) && month(tokens[i]!.lower) !== undefined) nameWord[i] = true;
  }
  // "Theresa May": a month word after a name is a surname.
  for (let i = 1; i < tokens.length; i++) {
    if (!nameWord[i] && !covered[i] && nameWord[i - 1] && startsWithCapital(tokens[i]!.text) && month(tokens[i]!.lower) !== undefined && !/^\d/.test(tokens[i + 1]?.text ?? '')) nameWord[i] = true;
  }
  let best: { start: number; end: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (!nameWord[i]) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      if (nameWord[j]) j++;
      else if (NAME_CONNECTORS.has(tokens[j]!.lower) && j + 1 < tokens.length && nameWord[j + 1]) j += 2;
      else break;
    }
    best = { start: i, end: j };
    i = j;
  }
  return best && { ...best, tokens: tokens.slice(best.start, best.end) };
}

/** A capitalized word that can be part of a name: not a title, a function word or a source noun. */
function isNameWord(token: Token, covered: boolean): boolean {
  if (covered) return false;
  if (/^(?:al|el)-\p{Lu}/u.test(token.text)) return true;
  const lower = token.lower;
  return (
    startsWithCapital(token.text) &&
    !ROLE_WORDS.has(lower) &&
    !STOPWORDS.has(lower) &&
    !OFFICIAL_NOUNS.has(lower) &&
    !ANONYMOUS_NOUNS.has(lower) &&
    !PERSON_NOUNS.has(lower) &&
    !MEDIA_NOUNS.has(lower) &&
    month(lower) === undefined &&
    weekday(lower) === undefined
  );
}

function inName(i: number, name: { start: number; end: number } | undefined): boolean {
  return name !== undefined && i >= name.start && i < name.end;
}

/** Drops parenthetical appositions: "A US official, who spoke on condition of anonymity," -> "A US official". */
export function stripAppositions(phrase: string): string {
  return dropParentheses(phrase.replace(/,[^,]*(?:,|$)/g, ' ')).replace(/\s+/g, ' ').trim();
}

/**
 * `text` with each `(` up to the first `)` after it replaced by a space; a `(` never closed stays.
 * (What `replace(/\([^)]*\)/g, ' ')` does, without reading the rest of the text again from each
 * unclosed `(`.)
 */
function dropParentheses(text: string): string {
  const kept: string[] = [];
  let at = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', at)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    kept.push(text.slice(at, open), ' ');
    at = close + 1;
  }
  kept.push(text.slice(at));
  return kept.join('');
}
