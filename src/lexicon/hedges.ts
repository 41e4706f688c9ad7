/**
 * Words that put a claim at a distance without attributing it. Sources: Hyland's (1998) hedging
 * devices and the FactBank (Saurí & Pustejovsky 2009) markers of "possible" and "probable"
 * events, limited to those news copy uses for unverified claims.
 */

/** Adverbs and adjectives that hedge the clause they sit in. */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  'reportedly', 'allegedly', 'purportedly', 'supposedly', 'apparently', 'seemingly', 'ostensibly', 'possibly',
  'probably', 'perhaps', 'maybe', 'likely', 'unlikely', 'presumably',
]);

/** Epistemic modals: the claim may be so. Deontic uses ("must", "should") are modality, not hedges. */
export const HEDGE_MODALS: ReadonlySet<string> = new Set(['may', 'might', 'could']);

/**
 * Hedging frames around the predicate, as regular-expression sources on lower-case text:
 * "is said to", "were reported to", "is believed to", "appears to", "is thought to".
 */
export const HEDGE_PHRASES: readonly string[] = [
  "(?:is|are|was|were|has been|have been|had been) (?:said|reported|believed|thought|understood|rumou?red|alleged|claimed|feared|suspected) to",
  '(?:appears?|appeared|seems?|seemed) to',
  '(?:claims?|claimed|alleges?|alleged|purports?|purported) to',
  "(?:it is|it's|it was) (?:possible|likely|thought|believed|understood|rumou?red|alleged) that",
  'there (?:are|were) (?:reports|claims|rumou?rs|suggestions) that',
  // An accusation reports a charge, not a fact: "X accused Y of bombing Z".
  '(?:accuses|accused|accusing|blames|blamed|blaming)',
];

/**
 * Phrases that leave the claim unconfirmed by the outlet itself: "it is unclear whether ...",
 * "there was no confirmation ...", "could not be independently verified".
 */
export const UNCONFIRMED_PHRASES: readonly string[] = [
  '(?:remains?|remained|still|is|are|was|were|now|largely) (?:unknown|unclear|uncertain|unconfirmed|unverified|in doubt|a mystery)',
  '(?:mystery|confusion|questions|doubts?|uncertainty) (?:surrounds?|surrounded|over|about|as|remains?)',
  "(?:it is|it's|it was|it remains|it remained|it was not|it is not|it isn't|it wasn't) (?:still |also |not )?(?:unclear|uncertain|not clear|not known|unknown|not immediately clear|not yet clear)",
  '(?:there (?:is|was|has been) )?no (?:independent |official |immediate )?confirmation',
  '(?:could|can|has|have)(?: not|n\'t) (?:yet )?(?:be |been )?(?:independently )?(?:verified|confirmed)',
  '(?:remains?|remained) (?:unclear|unconfirmed|unverified)',
  "(?:(?:is|are|was|were) not|isn't|aren't|wasn't|weren't) (?:yet |immediately )?(?:known|clear)",
];

/** Words that ask rather than tell: "asking if ...", "asked whether ...", "a question whether ...". */
export const QUESTION_PHRASES: readonly string[] = [
  '(?:ask|asks|asked|asking|wonder|wonders|wondered|question|questions|questioned|questioning) (?:if|whether)',
];
