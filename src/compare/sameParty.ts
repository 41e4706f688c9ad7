import type { Entity } from '../extract/entity.js';
import type { Statement } from '../extract/statement.js';
import levenshtein from 'fast-levenshtein';
import { jaroWinkler } from '../text/natural.js';
import { RecentCache } from '../text/recentCache.js';
import { tokenize } from '../text/tokenize.js';
import { perStatement } from './perStatement.js';

/**
 * Whether the party `entity` names is named in the other statement too, under any of these names:
 * by its initials ("S&P" / "Standard & Poor's"), by part of its name ("Oracle" / "Oracle Corp."),
 * spelled another way ("Laczynski" / "Lacsynski"), or in words of the other claim that the entity
 * reader did not take as an actor.
 *
 * @example
 * namedIn(oracleInA, actorsOf(b), b); // true when b names "Oracle Corp."
 */
export function namedIn(entity: Entity, others: readonly Entity[], other: Statement): boolean {
  const name = nameOf(entity.text);
  for (const o of others) {
    if (o.id === entity.id) return true;
    const otherName = nameOf(o.text);
    if (sameSpelling(name, otherName, !(GAZETTEER_KINDS.has(entity.kind) && GAZETTEER_KINDS.has(o.kind)))) return true;
    if (isInitialsOf(name, otherName.words) || isInitialsOf(otherName, name.words)) return true;
    if (contains(name.words, otherName.words) || contains(otherName.words, name.words)) return true;
  }
  // The name is in the other claim's words, though not read there as an actor.
  const claimWords = claimWordsOf(other);
  return name.words.length > 0 && name.words.every((w) => claimWords.has(w));
}

/** The words of a statement's claim as written: read once per statement, asked for by every pair it is in. */
const claimWordsOf = perStatement((statement): ReadonlySet<string> => new Set(tokenize(statement.claim.text).map((t) => t.text)));

/** A name as {@link namedIn} compares it: its words (see {@link nameWords}), its spelling, and its initials if it is made of them. */
interface NameReading {
  words: readonly string[];
  /** Lower case, a possessive and all but letters and digits dropped (see {@link sameSpelling}). */
  spelling: string;
  /** Its letters, when there are two or more and all are capitals ("S&P" -> SP, "U.N." -> UN): see {@link isInitialsOf}. */
  initials?: string;
}

/**
 * The readings of the names compared last, by name: each actor of a statement is compared with
 * the actors of every other statement of its cluster, and a name is read once.
 */
const recentNames = new RecentCache<string, NameReading>(4096);

function nameOf(text: string): NameReading {
  let name = recentNames.get(text);
  if (!name) {
    const letters = text.replace(/[^\p{L}]/gu, '');
    name = {
      words: nameWords(text),
      spelling: text.toLowerCase().replace(/['\u2019]s$/, '').replace(/[^\p{L}\p{N}]/gu, ''),
      initials: letters.length >= 2 && letters === letters.toUpperCase() ? letters : undefined,
    };
    recentNames.set(text, name);
  }
  return name;
}

/**
 * One name spelled two ways: the same letters once apostrophes and a possessive are dropped
 * ("Microsoft's" / "Microsofts"), or, when `close` spellings count, the same first letter and a
 * spelling this close: Jaro-Winkler for names of six letters or more ("Jemaah" / "Jemah"), one
 * letter added, dropped or changed for five or more ("Laczynski" / "Lacsynski", "Qurei" / "Qureia").
 */
function sameSpelling(x: NameReading, y: NameReading, close: boolean): boolean {
  const [p, q] = [x.spelling, y.spelling];
  if (p === q || p === `${q}s` || q === `${p}s`) return p.length > 0;
  if (!close || p[0] !== q[0]) return false;
  const shorter = Math.min(p.length, q.length);
  // Jaro-Winkler misses a letter changed mid-word ("laczynski" / "lacsynski": 0.90); the edit distance does not.
  return (shorter >= CLOSE_SPELLING_LENGTH && jaroWinkler(p, q) >= CLOSE_SPELLING) || (shorter >= ONE_EDIT_LENGTH && levenshtein.get(p, q) <= 1);
}

/** Names at least this long may differ by a letter or two and still be one (Jaro-Winkler, {@link CLOSE_SPELLING}). */
const CLOSE_SPELLING_LENGTH = 6;
/** Jaro-Winkler similarity from which two names are one spelled two ways. */
const CLOSE_SPELLING = 0.93;
/** Names at least this long are one when a single letter is added, dropped or changed ("Qurei" / "Qureia"). */
const ONE_EDIT_LENGTH = 5;
/** Names read from the gazetteer: two of them that differ are two places, however alike they are spelled ("Iran" / "Iraq"). */
const GAZETTEER_KINDS: ReadonlySet<Entity['kind']> = new Set(['country', 'city', 'region']);

/** The capitalized words of a name, corporate suffixes and possessives left out ("Standard & Poor's Corp." -> Standard, Poor). */
function nameWords(name: string): string[] {
  return tokenize(name)
    .map((t) => t.text.replace(/['’]s$/, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !CORPORATE_SUFFIXES.has(w.replace(/\.$/, '')));
}

/** "S&P" of Standard & Poor, "UN" of United Nations, "EDS" of Electronic Data Systems: two or more capitals, the initials of the words. */
function isInitialsOf(short: NameReading, words: readonly string[]): boolean {
  const letters = short.initials;
  if (letters === undefined || words.length !== letters.length) return false;
  return words.every((w, k) => w[0] === letters[k]);
}

/** Every word of `part` (at least one, three letters or more) is a word of `whole`. */
function contains(whole: readonly string[], part: readonly string[]): boolean {
  return part.length > 0 && part.every((w) => w.length >= 3 && whole.includes(w));
}

const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(['Corp', 'Inc', 'Co', 'Ltd', 'Plc', 'PLC', 'LLC', 'Group', 'Holdings']);

/**
 * The actors named in a statement's claim: read once per statement, asked for by every pair it is in.
 *
 * @example
 * actorsOf(statement).map((e) => e.id); // ['Oracle', 'PeopleSoft']
 */
export const actorsOf = perStatement((statement): readonly Entity[] =>
  statement.entities.filter((e) => e.role === 'actor' && e.start >= statement.claim.start && e.end <= statement.claim.end),
);

/**
 * The parties each claim names and the other does not, when each has one and two of them are of
 * one kind (two companies, two people): "**Xerox** shares closed at $11.45" / "**Coke** shares
 * were down at $43.99" are about two parties, whatever else they share.
 *
 * @example
 * partiesApart(xeroxClaim, cokeClaim); // [[Xerox], [Coke]]
 */
export function partiesApart(a: Statement, b: Statement): [Entity[], Entity[]] | undefined {
  const actorsA = actorsOf(a);
  const actorsB = actorsOf(b);
  const onlyA = actorsA.filter((e) => !namedIn(e, actorsB, b));
  if (onlyA.length === 0) return undefined;
  const onlyB = actorsB.filter((e) => !namedIn(e, actorsA, a));
  if (onlyB.length === 0 || !onlyA.some((ea) => onlyB.some((eb) => ea.kind === eb.kind))) return undefined;
  return [onlyA, onlyB];
}
