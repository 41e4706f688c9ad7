/**
 * Words that describe who is speaking. Sources: AP Stylebook titles, and the source types of
 * news attribution studies (named, official-unnamed, anonymous, media) as in Sundar (1998).
 */

/** Titles and roles that precede or follow a person's name ("Foreign Minister", "spokesman"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'ministers', 'secretary', 'deputy', 'foreign', 'defence', 'defense',
  'interior', 'finance', 'spokesman', 'spokeswoman', 'spokesperson', 'ambassador', 'envoy', 'chief', 'head',
  'leader', 'chancellor', 'king', 'queen', 'prince', 'emir', 'sheikh', 'general', 'gen', 'commander', 'colonel',
  'admiral', 'senator', 'sen', 'representative', 'rep', 'governor', 'gov', 'mayor', 'director', 'chairman',
  'chairwoman', 'chair', 'ceo', 'official', 'diplomat', 'negotiator', 'mediator', 'adviser', 'advisor',
  'counterpart', 'coordinator', 'commissioner', 'state', 'affairs', 'general', 'mr', 'mrs', 'ms', 'dr', 'prof',
  'top', 'senior', 'former', 'outgoing', 'incoming', 'acting', 'fellow', 'analyst', 'researcher', 'professor',
  'editor', 'correspondent', 'lawmaker', 'mp', 'judge', 'prosecutor', 'lawyer', 'attorney', 'pope', 'cardinal',
  'bishop', 'imam', 'rabbi', 'secretary-general', 'undersecretary', 'under-secretary', 'assistant', 'press',
]);

/** Nouns for unnamed officials: the source is a side's officialdom, not a named person. */
export const OFFICIAL_NOUNS: ReadonlySet<string> = new Set([
  'official', 'officials', 'diplomat', 'diplomats', 'authorities', 'government', 'administration', 'ministry',
  'ministries', 'department', 'military', 'army', 'police', 'spokesman', 'spokeswoman', 'spokesperson',
  'leaders', 'leadership', 'negotiators', 'delegation', 'embassy', 'cabinet', 'presidency', 'side', 'forces',
]);

/** Nouns for unnamed sources and third parties. */
export const ANONYMOUS_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'insider', 'insiders', 'observers', 'observer', 'analysts', 'analyst', 'experts', 'expert',
  'witnesses', 'witness', 'residents', 'activists', 'critics', 'people', 'person', 'someone', 'aide', 'aides',
  'monitor', 'monitors',
]);

/** Nouns for media reports. */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'reports', 'report', 'media', 'press', 'newspaper', 'newspapers', 'outlets', 'agencies', 'tv', 'television',
  'radio', 'broadcaster', 'website', 'daily', 'tabloid', 'rumors', 'rumours',
]);

/** Words that make an unnamed source anonymous ("an anonymous official", "a source", "one official"). */
export const ANONYMITY_MARKERS: ReadonlySet<string> = new Set(['anonymous', 'unnamed', 'unidentified', 'a', 'an', 'one', 'some']);

/** Personal pronouns that may stand for a source named earlier. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'group'>> = {
  he: 'person', she: 'person', they: 'group', we: 'group', i: 'person', it: 'group',
};

/** Head nouns that make a capitalized name an organization ("Support Group", "Security Conference"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'group', 'council', 'conference', 'committee', 'ministry', 'department', 'agency', 'organization',
  'organisation', 'union', 'party', 'army', 'forces', 'front', 'court', 'bank', 'university', 'institute',
  'foundation', 'commission', 'assembly', 'parliament', 'congress', 'senate', 'house', 'office', 'service',
  'corporation', 'company', 'inc', 'corp', 'ltd', 'association', 'federation', 'coalition', 'alliance',
  'observatory', 'tank', 'network', 'times', 'post', 'news', 'tv', 'press', 'herald', 'journal', 'tribune',
]);
