/**
 * Collective parties: phrases by which news copy names a set of states or governments without
 * naming its members ("world powers", "the international community", "Western governments").
 * Such a phrase fills the same role a named country does ("a response from world powers" / "a
 * US response"), and says a different party filled it. Source: compiled by us from the ways
 * English news copy designates groups of states (an adjective of scope, rank, region or relation
 * before a plural noun of states: "major powers", "Arab states", "Western governments", "other
 * countries"), plus the fixed phrases "the international community" and "the allies". Matched as
 * regular-expression sources on lower-case text.
 */

/**
 * Adjectives that, before a plural noun of states, make the phrase a collective party: of scope
 * (world, global, international), of rank (major, great, leading), of region or bloc (western,
 * arab, european), or of relation (foreign, outside, other, neighbouring).
 */
const COLLECTIVE_MODIFIERS = [
  'world', 'worldwide', 'global', 'international', 'major', 'great', 'big', 'leading', 'key', 'nuclear',
  'western', 'eastern', 'european', 'arab', 'gulf', 'muslim', 'african', 'asian', 'latin american', 'nato',
  'foreign', 'outside', 'other', 'regional', 'neighbouring', 'neighboring', 'allied', 'donor',
];

/** Plural nouns that, after a {@link COLLECTIVE_MODIFIERS} word, stand for a set of states. */
const COLLECTIVE_HEADS = ['powers', 'nations', 'countries', 'states', 'governments', 'leaders', 'capitals', 'allies', 'partners'];

/** Collective parties as regular-expression sources (lower case, matched as whole words). */
export const COLLECTIVE_PARTIES: readonly string[] = [
  `(?:${COLLECTIVE_MODIFIERS.join('|')}) (?:${COLLECTIVE_HEADS.join('|')})`,
  'the international community',
  'the allies',
];
