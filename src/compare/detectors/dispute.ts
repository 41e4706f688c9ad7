import { contentTerm } from '../../cluster/profile.js';
import type { Statement } from '../../extract/statement.js';
import { tokenize } from '../../text/tokenize.js';
import { quoteText, sourceLabel, type Detector } from '../detector.js';

/** Unshared content words each side needs for two claims to say different things. */
const MIN_OWN_TERMS = 2;
/** Above this share of words in common (synonyms and spelling variants included) two claims say the same thing. */
const SAME_CLAIM = 0.5;

/**
 * The parties contradict each other: two statements attributed to sources of different sides
 * ("Russia says the strikes target terrorists, but the US says they prop up Assad") that speak
 * about one thing (they share content words) and say different things about it (each adds words
 * of its own). Only statements both sources assert are compared: a source that denies or cannot
 * confirm is a certainty divergence.
 */
export const disputeDetector: Detector = {
  kind: 'dispute',
  name: 'opposing-sources',
  compare(a, b, context) {
    const sideA = sideOf(a);
    const sideB = sideOf(b);
    if (!sideA || !sideB || sideA === sideB) return undefined;
    if (!['asserted', 'reported'].includes(a.certainty) || !['asserted', 'reported'].includes(b.certainty)) return undefined;
    const termsA = termsOf(a);
    const termsB = termsOf(b);
    const shared = [...termsA].filter((t) => termsB.has(t));
    const ownA = [...termsA].filter((t) => !termsB.has(t));
    const ownB = [...termsB].filter((t) => !termsA.has(t));
    if (shared.length === 0 || ownA.length < MIN_OWN_TERMS || ownB.length < MIN_OWN_TERMS) return undefined;
    // Different words for the same thing ("destroyed by a drone near the border" / "a drone
    // struck it close to the frontier") are agreement, not dispute.
    if (context.overlap >= SAME_CLAIM) return undefined;
    const contrast = a.articleId === b.articleId && a.segment === b.segment ? 0.2 : 0;
    return {
      spans: [[a.claim], [b.claim]],
      values: [sideA, sideB],
      score: 0.5 + contrast,
      explanation: `${sourceLabel(a)} says ${quoteText(a.claim.text, 70)}; ${sourceLabel(b)} says ${quoteText(b.claim.text, 70)}.`,
    };
  },
};

/**
 * The side a source speaks for: the country of a government, its officials or a named official
 * ("Russia", "US"). Sources without a known side (a person named alone, an analyst) take no
 * side: two of them are not a dispute between parties.
 */
function sideOf(statement: Statement): string | undefined {
  const a = statement.attribution;
  if (a.kind === 'outlet' || a.kind === 'reports' || a.kind === 'anonymous') return undefined;
  return a.side;
}

function termsOf(statement: Statement): Set<string> {
  const terms = new Set<string>();
  for (const token of tokenize(statement.claim.text)) {
    const term = contentTerm(token.lower);
    if (term && !term.startsWith('#')) terms.add(term);
  }
  return terms;
}
