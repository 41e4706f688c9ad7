import { contentTerm } from '../../cluster/profile.js';
import type { Entity } from '../../extract/entity.js';
import type { Statement } from '../../extract/statement.js';
import { tokenize } from '../../text/tokenize.js';
import { quoteText, type Detector } from '../detector.js';

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
  compare(a, b) {
    const actorsA = actors(a);
    const actorsB = actors(b);
    const onlyA = actorsA.filter((e) => !namedIn(e, actorsB, b));
    const onlyB = actorsB.filter((e) => !namedIn(e, actorsA, a));
    if (onlyA.length === 0 || onlyB.length === 0) return undefined;
    // The two parties are of one kind (two countries, two companies, two people): a person named
    // in one report and a committee in the other are more likely one party described two ways.
    if (!onlyA.some((ea) => onlyB.some((eb) => ea.kind === eb.kind))) return undefined;
    const wordsA = otherWords(a);
    const wordsB = otherWords(b);
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

/** Whether the party `entity` names is named in the other statement too, under any of these names. */
function namedIn(entity: Entity, others: readonly Entity[], other: Statement): boolean {
  const words = nameWords(entity.text);
  for (const o of others) {
    if (o.id === entity.id) return true;
    const otherWords = nameWords(o.text);
    if (isInitialsOf(entity.text, otherWords) || isInitialsOf(o.text, words)) return true;
    if (contains(words, otherWords) || contains(otherWords, words)) return true;
  }
  // The name is in the other claim's words, though not read there as an actor.
  const claimWords = new Set(tokenize(other.claim.text).map((t) => t.text));
  return words.length > 0 && words.every((w) => claimWords.has(w));
}

/** The capitalized words of a name, corporate suffixes and possessives left out ("Standard & Poor's Corp." -> Standard, Poor). */
function nameWords(name: string): string[] {
  return tokenize(name)
    .map((t) => t.text.replace(/['’]s$/, ''))
    .filter((w) => /^\p{Lu}/u.test(w) && !CORPORATE_SUFFIXES.has(w.replace(/\.$/, '')));
}

/** "S&P" of Standard & Poor, "UN" of United Nations, "EDS" of Electronic Data Systems: two or more capitals, the initials of the words. */
function isInitialsOf(short: string, words: readonly string[]): boolean {
  const letters = short.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || words.length !== letters.length) return false;
  return words.every((w, k) => w[0] === letters[k]);
}

/** Every word of `part` (at least one, three letters or more) is a word of `whole`. */
function contains(whole: readonly string[], part: readonly string[]): boolean {
  return part.length > 0 && part.every((w) => w.length >= 3 && whole.includes(w));
}

const CORPORATE_SUFFIXES: ReadonlySet<string> = new Set(['Corp', 'Inc', 'Co', 'Ltd', 'Plc', 'PLC', 'LLC', 'Group', 'Holdings']);

function actors(statement: Statement): Entity[] {
  return statement.entities.filter((e) => e.role === 'actor' && e.start >= statement.claim.start && e.end <= statement.claim.end);
}

/** Content words of the claim that are not part of a named entity. */
function otherWords(statement: Statement): Set<string> {
  const names = new Set(statement.entities.flatMap((e) => tokenize(e.text).map((t) => t.lower)));
  const words = new Set<string>();
  for (const token of tokenize(statement.claim.text)) {
    if (names.has(token.lower)) continue;
    const term = contentTerm(token.lower);
    if (term && !term.startsWith('#')) words.add(term);
  }
  return words;
}
