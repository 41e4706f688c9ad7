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
