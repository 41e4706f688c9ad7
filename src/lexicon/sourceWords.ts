import { wordRecord } from '../text/wordLookup.js';
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
  // occupations written as titles before a name in news copy ("Coach Anna Smit", "farmer Ilse Maas")
  'coach', 'manager', 'captain', 'shareholder', 'farmer', 'economist', 'scientist', 'engineer', 'doctor', 'nurse',
  'teacher', 'pilot', 'trader', 'investor', 'executive', 'striker', 'goalkeeper', 'midfielder', 'defender',
  'referee', 'activist', 'campaigner', 'organiser', 'organizer', 'student', 'journalist', 'reporter', 'author',
  'novelist', 'historian', 'banker', 'chef', 'architect', 'pastor', 'priest', 'reverend', 'rev', 'detective',
  'inspector', 'sergeant', 'sgt', 'lieutenant', 'officer', 'agent', 'founder', 'co-founder', 'owner',
  'entrepreneur', 'veteran', 'singer', 'actor', 'actress', 'artist', 'player', 'aid', 'worker', 'chairperson',
  'president-elect', 'premier', 'lord', 'lady', 'sir', 'dame', 'councillor', 'councilor',
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

/**
 * Nouns for people named by what they are or do, the unnamed sources of everyday news ("her agent",
 * "the farmer", "doctors at the clinic"): singular and plural. Source: the occupational and
 * bystander nouns of news attribution (Sundar 1998's non-official sources), general English.
 */
export const PERSON_NOUNS: ReadonlySet<string> = new Set(
  `agent agents farmer farmers lawyer lawyers attorney attorneys teacher teachers doctor doctors nurse nurses
  scientist scientists researcher researchers economist economists engineer engineers worker workers employee
  employees staff driver drivers passenger passengers pilot pilots survivor survivors victim victims relative
  relatives neighbour neighbours neighbor neighbors parent parents mother father son daughter wife husband
  widow friend friends student students fan fans supporter supporters voter voters owner owners shopkeeper
  shopkeepers officer officers soldier soldiers firefighter firefighters rescuer rescuers paramedic paramedics
  medic medics volunteer volunteers protester protesters protestor protestors demonstrator demonstrators
  organiser organisers organizer organizers campaigner campaigners investor investors trader traders banker
  bankers executive executives manager managers coach coaches player players captain captains teammate
  teammates referee referees prosecutor prosecutors investigator investigators detective detectives inspector
  inspectors journalist journalists historian historians academic academics eyewitness eyewitnesses bystander
  bystanders villager villagers locals refugee refugees migrant migrants patient patients customer customers
  tenant tenants landlord landlords citizen citizens shareholder shareholders consultant consultants colleague
  colleagues partner partners member members lawmaker lawmakers clerk clerks miner
  miners fisherman fishermen man men woman women`.split(/\s+/),
);

/**
 * Common nouns naming an institution that speaks for itself ("the company said", "according to the
 * club", "the central bank"): the source is an organization without its name. Source: the
 * institutional sources of news attribution studies (Sundar 1998), general English.
 */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set(
  `company companies firm firms club clubs bank banks court courts tribunal union unions hospital hospitals guard
  coastguard school schools university universities college council board agency agencies airline airlines
  carrier operator regulator regulators watchdog commission committee federation league association party
  charity charities foundation institute museum church team group organisation organization body panel
  inquiry parliament senate congress assembly consulate navy service utility retailer carmaker automaker
  manufacturer maker insurer lender exchange startup conglomerate giant coalition alliance movement airport
  port zoo library prison network publisher studio brewer producer supplier developer bureau secretariat
  authority`.split(/\s+/),
);

/**
 * Past participles used as adjectives before a source noun ("unnamed officials", "armed men",
 * "a retired general"): an "-ed" word that is not one of these, in a source phrase, is a verb,
 * which makes the phrase a clause. Source: general English, the participial adjectives of news copy.
 */
export const PARTICIPLE_ADJECTIVES: ReadonlySet<string> = new Set(
  `unnamed named unidentified identified retired elected appointed detained jailed imprisoned exiled armed
  unarmed wounded injured displaced concerned affected embattled disgraced respected trusted beleaguered
  alleged accused suspected trained skilled qualified licensed registered certified experienced renowned noted
  celebrated talented married widowed frustrated worried stranded trapped evacuated bereaved defeated ousted
  deposed sacked fired based informed unauthorized unauthorised authorized authorised designated unnamed
  hundred sacred naked wicked rugged beloved learned aged kindred dedicated devoted united related
  interested involved educated organized organised`.split(/\s+/),
);

/** Nouns for media reports. */
export const MEDIA_NOUNS: ReadonlySet<string> = new Set([
  'reports', 'report', 'media', 'press', 'newspaper', 'newspapers', 'outlets', 'agencies', 'tv', 'television',
  'radio', 'broadcaster', 'website', 'daily', 'tabloid', 'rumors', 'rumours',
]);

/** Words that make an unnamed source anonymous ("an anonymous official", "a source", "one official"). */
export const ANONYMITY_MARKERS: ReadonlySet<string> = new Set(['anonymous', 'unnamed', 'unidentified', 'a', 'an', 'one', 'some']);

/** Personal pronouns that may stand for a source named earlier. */
export const PRONOUNS: Readonly<Record<string, 'person' | 'group'>> = wordRecord({
  he: 'person', she: 'person', they: 'group', we: 'group', i: 'person', it: 'group',
});

/** Head nouns that make a capitalized name an organization ("Support Group", "Security Conference"). */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  'group', 'council', 'conference', 'committee', 'ministry', 'department', 'agency', 'organization',
  'organisation', 'union', 'party', 'army', 'forces', 'front', 'court', 'bank', 'university', 'institute',
  'foundation', 'commission', 'assembly', 'parliament', 'congress', 'senate', 'house', 'office', 'service',
  'corporation', 'company', 'inc', 'corp', 'ltd', 'association', 'federation', 'coalition', 'alliance',
  'observatory', 'tank', 'network', 'times', 'post', 'news', 'tv', 'press', 'herald', 'journal', 'tribune',
  'guard', 'authority', 'board', 'bureau', 'fund', 'programme', 'program', 'club', 'league', 'tribunal',
  'hospital', 'school', 'college', 'airlines', 'airways', 'bank',
]);
