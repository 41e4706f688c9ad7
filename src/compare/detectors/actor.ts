import { contentTerm } from '../../cluster/profile.js';
import type { Entity } from '../../extract/entity.js';
import type { Statement } from '../../extract/statement.js';
import { jaroWinkler } from '../../text/natural.js';
import { RecentCache } from '../../text/recentCache.js';
import { tokenize } from '../../text/tokenize.js';
import { changedSlot, entityInSlot, spanIn } from '../changedSlot.js';
import { quoteText, type Detector, type DetectorContext, type DivergenceFinding } from '../detector.js';
import { perStatement } from '../perStatement.js';

/** Share of each claim's other words the other claim must hold for the two to say the same thing. */
const SAME_WORDS = 0.6;

/**
 * A different party in the same role: two claims that say the same thing in nearly the same words
 * but name different actors ("waiting for a **US** response" vs "waiting for a response from
 * **Europe**"). Each claim must name an actor the other does not, and share at least 60% of
 * its remaining content words with it. A party named two ways is one party: by its initials
 * ("S&P" / "Standard & Poor's", "UN" / "United Nations"), by part of its name ("Oracle" /
 * "Oracle Corp.", "Bush" / "George W. Bush"), or when the other claim has its name in words the
 * entity reader did not take as an actor. The two parties must be of one kind (two countries,
 * two organizations, two people).
 */
export const actorDetector: Detector = {
  kind: 'actor',
  name: 'actor-swap',
  compare(a, b, context) {
    const actorsA = actorsOf(a);
    const actorsB = actorsOf(b);
    const onlyA = actorsA.filter((e) => !namedIn(e, actorsB, b));
    const onlyB = actorsB.filter((e) => !namedIn(e, actorsA, a));
    if (onlyA.length === 0 || onlyB.length === 0) return swappedName(a, b, context);
    // The two parties are of one kind (two countries, two companies, two people): a person named
    // in one report and a committee in the other are more likely one party described two ways.
    if (!onlyA.some((ea) => onlyB.some((eb) => ea.kind === eb.kind))) return swappedName(a, b, context);
    const wordsA = otherWordsOf(a);
    const wordsB = otherWordsOf(b);
    if (wordsA.size < 3 || wordsB.size < 3) return undefined;
    const shared = [...wordsA].filter((w) => wordsB.has(w)).length;
    if (shared / wordsA.size < SAME_WORDS || shared / wordsB.size < SAME_WORDS) return undefined;
    return {
      spans: [onlyA, onlyB],
      values: [onlyA.map((e) => e.id), onlyB.map((e) => e.id)],
      score: 0.5,
      explanation: `Same statement, different party: ${a.outlet} names ${onlyA.map((e) => quoteText(e.text, 30)).join(', ')}, ${b.outlet} ${onlyB.map((e) => quoteText(e.text, 30)).join(', ')}.`,
    };
  },
};

/**
 * One name put in place of another in otherwise the same words, reporting frame included ("SCO
 * is suing **Cisco**" / "suing **IBM**", "according to an **Oracle** spokeswoman" / "a **Ford**
 * spokeswoman", "**Egypt's** foreign ministry" / "**Turkey's**"): the rest of the sentence gives
 * both names one role, so their kinds as read from their words (person, company) need not agree.
 * Cities and regions are places (the place detector reads them); a country outside a phrase of
 * place is a party.
 */
function swappedName(a: Statement, b: Statement, context: DetectorContext): DivergenceFinding | undefined {
  // Every change must be a name put for a name: a paraphrase that also rewords ("Pentagon officials
  // said" / "Defense Department officials say") or describes ("De Niro" / "the New York-based
  // actor") may name one party two ways.
  const slots = changedSlot(a, b, { onlyReplacements: true }) ?? [];
  let swap: [Entity, Entity] | undefined;
  for (const slot of slots) {
    const ea = nameInSlot(a, slot.a, context);
    const eb = nameInSlot(b, slot.b, context);
    if (!ea || !eb) return undefined;
    if (ea.id === eb.id || namedIn(ea, [eb], b) || namedIn(eb, [ea], a)) continue;
    if (!isParty(ea) || !isParty(eb)) return undefined;
    swap ??= [ea, eb];
  }
  if (swap) {
    const [ea, eb] = swap;
    return {
      spans: [[ea], [eb]],
      values: [[ea.id], [eb.id]],
      score: 0.5,
      explanation: `${a.outlet} names ${quoteText(ea.text, 30)} where ${b.outlet}, in otherwise the same words, names ${quoteText(eb.text, 30)}.`,
    };
  }
  return undefined;
}

/**
 * The name a changed slot holds, when the slot is that name and nothing else ("the", a possessive
 * aside). In a title-case headline every word is capitalized: only names the statement read count.
 */
function nameInSlot(statement: Statement, slot: { start: number; end: number }, context: DetectorContext): Entity | undefined {
  const entity =
    statement.role === 'headline'
      ? spanIn(statement.text, statement.entities, slot.start, slot.end)
      : entityInSlot(statement, slot, context.aliases);
  if (!entity) return undefined;
  const bare = (text: string) => text.replace(/^the\s+/i, '').replace(/['\u2019]s$/, '');
  return bare(statement.text.slice(slot.start, slot.end)) === bare(entity.text) ? entity : undefined;
}

/** A named party: a country outside a phrase of place, an organization, a group, a person or another name read as an actor. */
function isParty(entity: Entity): boolean {
  return entity.role === 'actor' && entity.kind !== 'city' && entity.kind !== 'region' && entity.kind !== 'event';
}

/** Whether the party `entity` names is named in the other statement too, under any of these names. */
function namedIn(entity: Entity, others: readonly Entity[], other: Statement): boolean {
  const name = nameOf(entity.text);
  for (const o of others) {
    if (o.id === entity.id) return true;
    const otherName = nameOf(o.text);
    if (sameSpelling(name, otherName)) return true;
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
 * ("Microsoft's" / "Microsofts"), or, for names of six letters or more, a spelling this close
 * (Jaro-Winkler, same first letter: "Laczynski" / "Lacsynski", "Jemaah" / "Jemah").
 */
function sameSpelling(x: NameReading, y: NameReading): boolean {
  const [p, q] = [x.spelling, y.spelling];
  if (p === q || p === `${q}s` || q === `${p}s`) return p.length > 0;
  return Math.min(p.length, q.length) >= CLOSE_SPELLING_LENGTH && p[0] === q[0] && jaroWinkler(p, q) >= CLOSE_SPELLING;
}

/** Names at least this long may differ by a letter or two and still be one ("Qurei" / "Qureia" is too short to tell). */
const CLOSE_SPELLING_LENGTH = 6;
/** Jaro-Winkler similarity from which two names are one spelled two ways. */
const CLOSE_SPELLING = 0.93;

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

/** The actors named in a statement's claim: read once per statement, asked for by every pair it is in. */
const actorsOf = perStatement((statement): readonly Entity[] =>
  statement.entities.filter((e) => e.role === 'actor' && e.start >= statement.claim.start && e.end <= statement.claim.end),
);

/** Content words of the claim that are not part of a named entity: read once per statement, asked for by every pair it is in. */
const otherWordsOf = perStatement(otherWords);

function otherWords(statement: Statement): ReadonlySet<string> {
  const names = new Set(statement.entities.flatMap((e) => tokenize(e.text).map((t) => t.lower)));
  const words = new Set<string>();
  for (const token of tokenize(statement.claim.text)) {
    if (names.has(token.lower)) continue;
    const term = contentTerm(token.lower);
    if (term && !term.startsWith('#')) words.add(term);
  }
  return words;
}
