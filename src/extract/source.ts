import {
  ANONYMITY_MARKERS,
  ANONYMOUS_NOUNS,
  MEDIA_NOUNS,
  OFFICIAL_NOUNS,
  ORGANIZATION_HEADS,
  PRONOUNS,
  ROLE_WORDS,
} from '../lexicon/sourceWords.js';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { startsWithCapital } from '../text/letterCase.js';
import { wordLookup } from '../text/wordLookup.js';
import { tokenize, type Token } from '../text/tokenize.js';
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
  const tokens = tokenize(bare);
  if (tokens.length === 0 || tokens.length > 14) return undefined;
  const source = bare
    .replace(/^(?:the|a|an)\s+/i, '')
    .replace(/[\s,:;'"]+$/, '')
    .replace(/(\p{Ll}{2})\.$/u, '$1')
    .trim();
  const words = tokens.map((t) => t.text);
  const lowers = tokens.map((t) => t.lower);
  const last = lowers[lowers.length - 1]!;

  // A pronoun or an auxiliary inside a longer phrase means a clause, not a source
  // ("he announced his resignation", "Russia's offensive was having ...").
  if (tokens.length > 1 && lowers.some((w) => (pronoun(w) && w !== 'it') || CLAUSE_WORDS.has(w))) return undefined;
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
    for (let j = i; j < i + match.length; j++) covered[j] = true;
    i += match.length - 1;
  }

  const name = personName(tokens, covered);
  const roleWords = tokens.filter((t, i) => !covered[i] && !inName(i, name) && ROLE_WORDS.has(t.lower)).map((t) => t.text);
  const definite = /^the\b/i.test(phrase.trim());

  if (name) {
    const nameText = name.tokens.map((t) => t.text).join(' ');
    const roleText = roleWords.length > 0 ? roleWords.join(' ').replace(/\b(?:[Tt]he|[Aa]n?)\b\s*/g, '') : undefined;
    // "the Pentagon", "the West": a definite article before a bare name marks an institution, not a person.
    const bareDefinite = definite && roleWords.length === 0 && name.start <= 1;
    const acronym = name.tokens.length === 1 && /^\p{Lu}{2,}$/u.test(nameText);
    if ((ORGANIZATION_HEADS.has(lowers[name.end - 1]!) || bareDefinite || acronym) && name.end === tokens.length) {
      return { kind: 'organization', source, id: nameText, ...(side !== undefined && { side }) };
    }
    return {
      kind: 'person',
      source,
      id: nameText,
      ...(roleText && { role: roleText }),
      ...(side !== undefined && { side }),
    };
  }
  if (lowers.some((w) => MEDIA_NOUNS.has(w))) return { kind: 'reports', source, ...(side !== undefined && { side }) };
  const unnamedOfficial = lowers.some((w) => OFFICIAL_NOUNS.has(w));
  const anonymous =
    lowers.some((w) => w === 'anonymous' || w === 'unnamed' || w === 'unidentified') ||
    (ANONYMITY_MARKERS.has(lowers[0]!) && lowers[0] !== 'the' && (unnamedOfficial || lowers.some((w) => ANONYMOUS_NOUNS.has(w))));
  if (anonymous) return { kind: 'anonymous', source, ...(side !== undefined && { side, id: side }) };
  if (unnamedOfficial) {
    const anaphor = definite && side === undefined && !organization ? { anaphor: 'group' as const } : {};
    return { kind: 'officials', source, ...(side !== undefined && { side, id: side }), ...anaphor };
  }
  if (lowers.some((w) => ANONYMOUS_NOUNS.has(w))) return { kind: 'anonymous', source, ...(side !== undefined && { side }) };
  if (organization) return { kind: 'organization', source, id: organization, ...(side !== undefined && { side }) };
  if (side !== undefined && covered.every(Boolean)) return { kind: 'government', source, id: side, side };
  if (side !== undefined) return { kind: 'government', source, id: side, side };
  if (roleWords.length > 0) return { kind: 'anonymous', source };
  // A plain group noun phrase ("the rebels", "opposition groups"): a party without a name.
  if (tokens.length <= 5 && words.slice(1).every((w) => /^\p{Ll}/u.test(w)) && /s$/.test(last) && !STOPWORDS.has(last)) {
    return { kind: 'organization', source, id: source.toLowerCase() };
  }
  return undefined;
}

/** The last run of capitalized words not covered by an alias or a role word: the person's name. */
function personName(tokens: readonly Token[], covered: boolean[]): { start: number; end: number; tokens: Token[] } | undefined {
  let best: { start: number; end: number } | undefined;
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i]!, covered[i]!)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      if (isNameWord(tokens[j]!, covered[j]!)) j++;
      else if (NAME_CONNECTORS.has(tokens[j]!.lower) && j + 1 < tokens.length && isNameWord(tokens[j + 1]!, covered[j + 1]!)) j += 2;
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
  return phrase.replace(/,[^,]*(?:,|$)/g, ' ').replace(/\([^)]*\)/g, ' ').replace(/\s+/g, ' ').trim();
}
