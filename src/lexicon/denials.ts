/**
 * Words by which a report calls a claim false. Sources: the refuting vocabulary of fact-checking
 * copy (the "against" cues listed by Ferreira & Vlachos 2016 for headline stance) and common news
 * usage. Matched as whole words, lower case.
 */
export const DENIAL_WORDS: ReadonlySet<string> = new Set([
  'hoax', 'hoaxes', 'fake', 'faked', 'fakes', 'false', 'falsely', 'bogus', 'debunk', 'debunks', 'debunked',
  'debunking', 'myth', 'untrue', 'retract', 'retracts', 'retracted', 'retraction', 'prank', 'satire', 'satirical',
  'fabricated', 'fabrication', 'doctored', 'photoshopped', 'erroneous', 'erroneously', 'wrongly', 'misleading',
  'baseless', 'unfounded', 'groundless', 'spoof', 'scam',
]);

/** Phrases that call a claim false: "not true", "no evidence", "of course not", "proven false". */
export const DENIAL_PHRASES: readonly string[] = [
  "(?:is|was|are|were|isn't|wasn't|aren't|weren't)? ?(?:not|n't) (?:true|real|genuine|accurate|what it seems)",
  'no (?:evidence|truth|basis)',
  'of course not',
  '(?:proven|proved|shown) (?:false|wrong|untrue)',
  '(?:is|are) alive',
];

/**
 * Verbs that call something false when a word of {@link DENIAL_WORDS} follows their object:
 * "X called it a hoax", "X dismissed the reports as baseless", "X branded the story fake".
 * Base forms. Source: the verbs of characterisation in news copy (general English).
 */
export const CALLING_VERBS: readonly string[] = ['call', 'describe', 'dismiss', 'brand', 'label', 'term'];

/**
 * Nouns ending in "-ing" that are not gerunds: after a denial verb ("denied the meeting") they are
 * an object, not a clause. Source: general English, the commonest such nouns of news copy.
 */
export const ING_NOUNS: ReadonlySet<string> = new Set([
  'nothing', 'something', 'anything', 'everything', 'thing', 'morning', 'evening', 'ceiling', 'spring', 'string',
  'king', 'ring', 'wedding', 'clothing', 'housing', 'building', 'beijing', 'darling', 'sibling', 'duckling',
]);
