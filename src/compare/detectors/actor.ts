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
 * its remaining content words with it.
 */
export const actorDetector: Detector = {
  kind: 'actor',
  name: 'actor-swap',
  compare(a, b) {
    const actorsA = actors(a);
    const actorsB = actors(b);
    const idsA = new Set(actorsA.map((e) => e.id));
    const idsB = new Set(actorsB.map((e) => e.id));
    const onlyA = actorsA.filter((e) => !idsB.has(e.id));
    const onlyB = actorsB.filter((e) => !idsA.has(e.id));
    if (onlyA.length === 0 || onlyB.length === 0) return undefined;
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
