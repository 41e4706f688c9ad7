/**
 * Modal force of words that state a position, on a 0-1 scale: necessity (must, require, demand) 1, advice
 * and calls (should, urge, call for) 0.75, desire and preference (want, prefer, hope, preferable)
 * 0.5, possibility (may, could) 0.25. Refusals carry the same scale in the other direction:
 * cannot accept / unacceptable 1, oppose / reject 0.75, reluctant / wary / hesitant 0.4.
 * Sources: Palmer (2001) on deontic and bouletic modality; Saurí's FactBank scale for the
 * possibility end. Matched as regular-expression sources on lower-case text.
 */
export const MODAL_CUES: ReadonlyArray<readonly [pattern: string, strength: number, direction: 'for' | 'against']> = [
  // refusals first: "cannot accept" must not be read as "can"
  ["(?:can ?not|can't|could not|couldn't|will not|won't|would not|wouldn't) (?:accept|agree to|tolerate|allow|support)", 1, 'against'],
  ['(?:un|in)(?:acceptable|admissible|tolerable)', 1, 'against'],
  ['(?:oppose[sd]?|opposing|reject(?:s|ed|ing)?|refuse[sd]? to accept)', 0.75, 'against'],
  ['(?:wary|reluctant|hesitant|cautious|skeptical|sceptical) (?:of|about|to)', 0.4, 'against'],
  // necessity
  ["(?:must|has to|have to|had to|need(?:s|ed)? to|require[sd]?|requiring|obliged to|is essential|imperative)", 1, 'for'],
  ['(?:demand(?:s|ed|ing)?|insist(?:s|ed|ing)? (?:on|that))', 1, 'for'],
  // advice and calls
  ["(?:should|ought to|urge[sd]?|urging|call(?:s|ed|ing)? for|call(?:s|ed|ing)? on)", 0.75, 'for'],
  // desire and preference
  ['(?:want(?:s|ed)?|wish(?:es|ed)?|prefer(?:s|red)?|preferable|preferably|would like|hope(?:s|d)? (?:for|to|that))', 0.5, 'for'],
  // possibility
  ['(?:may|might|could|can)', 0.25, 'for'],
];
