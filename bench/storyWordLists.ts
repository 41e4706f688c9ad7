/**
 * The word lists the story generator edits sentences with. General English and general world
 * knowledge written for this benchmark (capitals and large cities, countries, intergovernmental
 * bodies and large companies of the 2000s, auxiliaries and modals from any English grammar),
 * not read from crosscheck's own lexicon, so that the benchmark does not test the library
 * against its own word lists.
 */

/** Cities a place swap chooses from (capitals and large cities of every continent). */
export const CITIES: readonly string[] = [
  'Amsterdam', 'Athens', 'Atlanta', 'Baghdad', 'Bangkok', 'Barcelona', 'Basra', 'Beijing', 'Beirut', 'Berlin',
  'Boston', 'Brussels', 'Buenos Aires', 'Cairo', 'Chicago', 'Dallas', 'Damascus', 'Denver', 'Detroit', 'Dubai',
  'Dublin', 'Frankfurt', 'Geneva', 'Hong Kong', 'Houston', 'Islamabad', 'Istanbul', 'Jakarta', 'Jerusalem',
  'Johannesburg', 'Kabul', 'Karachi', 'Lagos', 'Lisbon', 'London', 'Los Angeles', 'Madrid', 'Manila',
  'Melbourne', 'Mexico City', 'Miami', 'Milan', 'Montreal', 'Moscow', 'Mumbai', 'Nairobi', 'New Delhi',
  'New Orleans', 'New York', 'Oslo', 'Paris', 'Philadelphia', 'Phoenix', 'Prague', 'Riyadh', 'Rome',
  'San Francisco', 'Sao Paulo', 'Seattle', 'Seoul', 'Shanghai', 'Singapore', 'Stockholm', 'Sydney', 'Tehran',
  'Tokyo', 'Toronto', 'Vancouver', 'Vienna', 'Warsaw', 'Washington', 'Zurich',
  'Abu Dhabi', 'Addis Ababa', 'Algiers', 'Amman', 'Anchorage', 'Ankara', 'Auckland', 'Austin', 'Baltimore', 'Belgrade',
  'Bogota', 'Brasilia', 'Bucharest', 'Budapest', 'Canberra', 'Cape Town', 'Caracas', 'Casablanca', 'Charlotte',
  'Cincinnati', 'Cleveland', 'Colombo', 'Copenhagen', 'Dakar', 'Dhaka', 'Doha', 'Edinburgh', 'Hamburg', 'Hanoi',
  'Havana', 'Helsinki', 'Honolulu', 'Indianapolis', 'Kansas City', 'Kathmandu', 'Khartoum', 'Kiev', 'Kinshasa',
  'Kuala Lumpur', 'Kuwait City', 'Las Vegas', 'Lima', 'Manchester', 'Memphis', 'Milwaukee', 'Minneapolis', 'Munich',
  'Nashville', 'Newark', 'Oakland', 'Orlando', 'Osaka', 'Ottawa', 'Pittsburgh', 'Portland', 'Raleigh',
  'Rio de Janeiro', 'Sacramento', 'Salt Lake City', 'San Diego', 'San Jose', 'Santiago', 'St. Louis', 'Taipei',
  'Tampa', 'Tbilisi', 'Tel Aviv', 'Tripoli', 'Tunis', 'Wellington',
];

/** Parties an actor swap chooses from, by category: a name is only swapped for one of its own category. */
export const PARTIES: Readonly<Record<string, readonly string[]>> = {
  country: [
    'Afghanistan', 'Australia', 'Brazil', 'Britain', 'Canada', 'China', 'Cuba', 'Egypt', 'France', 'Germany',
    'India', 'Indonesia', 'Iran', 'Iraq', 'Israel', 'Italy', 'Japan', 'Jordan', 'Lebanon', 'Libya', 'Mexico',
    'Nigeria', 'North Korea', 'Pakistan', 'Poland', 'Russia', 'Saudi Arabia', 'South Africa', 'South Korea',
    'Spain', 'Sweden', 'Syria', 'Turkey', 'Ukraine', 'Venezuela',
  ],
  body: ['the United Nations', 'NATO', 'the European Union', 'the World Bank', 'the International Monetary Fund', 'OPEC', 'the World Health Organization'],
  company: [
    'Microsoft', 'IBM', 'Intel', 'Apple', 'Oracle', 'Google', 'Yahoo', 'AOL', 'Sony', 'Dell', 'Hewlett-Packard',
    'Cisco', 'Motorola', 'Nokia', 'General Motors', 'Ford', 'Boeing', 'Airbus', 'Wal-Mart', 'Merrill Lynch',
    'Citigroup', 'Verizon', 'Pfizer', 'Merck', 'Disney', 'Exxon Mobil', 'PeopleSoft', 'Sun Microsystems',
  ],
};

/** Demonyms of the parties a planted dispute attributes its two accounts to. */
export const SIDES: readonly string[] = [
  'U.S.', 'Russian', 'Chinese', 'British', 'French', 'German', 'Iranian', 'Israeli', 'Palestinian', 'Iraqi',
  'Syrian', 'Turkish', 'Indian', 'Pakistani', 'Japanese', 'Egyptian',
];

/** Prepositions that make the following name a place ("in Geneva"), not a party ("Geneva said"). */
export const PLACE_PREPOSITIONS: readonly string[] = ['in', 'at', 'from', 'to', 'near', 'outside', 'into', 'inside', 'across', 'throughout', 'around'];

export const WEEKDAYS: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** Auxiliaries a negation can follow directly ("was" -> "was not"); do-support is left out (it needs a verb after it). */
export const NEGATABLE_AUXILIARIES: readonly string[] = ['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'should', 'has', 'have', 'had'];
/** Perfect auxiliaries take a negation only before a participle ("has agreed", not "has a"). */
export const PERFECT_AUXILIARIES: readonly string[] = ['has', 'have', 'had'];
/** Common irregular past participles (regular ones end in -ed). */
export const IRREGULAR_PARTICIPLES: readonly string[] = [
  'been', 'become', 'begun', 'bought', 'brought', 'built', 'come', 'cut', 'done', 'found', 'given', 'gone', 'got',
  'held', 'hit', 'kept', 'known', 'led', 'left', 'lost', 'made', 'met', 'paid', 'put', 'run', 'said', 'seen', 'sent',
  'set', 'shown', 'sold', 'spent', 'taken', 'told', 'thought', 'won', 'written',
];
/** Words that already negate a sentence: a sentence holding one gets no planted negation. */
export const NEGATIONS: readonly string[] = ['not', "n't", 'no', 'never', 'nor', 'neither', 'none', 'nobody', 'nothing', 'without', 'cannot'];

/** Modals and verbs of obligation or commitment, and a counterpart of different force (obligation vs advice, vow vs hope). */
export const MODAL_SWAPS: readonly (readonly [string, string])[] = [
  ['must', 'should'],
  ['should', 'must'],
  ['has to', 'should'],
  ['have to', 'should'],
  ['needs to', 'should'],
  ['need to', 'should'],
  ['cannot', 'should not'],
  ['ought to', 'must'],
  ['required to', 'encouraged to'],
  ['vowed to', 'hoped to'],
  ['demanded', 'requested'],
];

/** Words that report speech: a sentence holding one is already attributed. */
export const REPORTING_WORDS: readonly string[] = ['said', 'says', 'say', 'told', 'according', 'reported', 'announced', 'stated', 'added'];

/** Who denies a claim in a planted denial (generic, fit for any story). */
export const DENIERS: readonly string[] = ['Officials', 'A spokesman', 'A spokeswoman', 'Authorities'];

/** Approximators a planted agreement puts before a figure ("about 51,000" agrees with "51,000"). */
export const APPROXIMATORS: readonly string[] = ['about', 'some', 'around', 'roughly'];

/** Number words a planted agreement writes as digits ("three" -> "3"); "one" is left out (also a pronoun). */
export const NUMBER_WORDS: readonly string[] = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Words that already hedge a claim: a sentence holding one gets no planted hedge or denial. */
export const HEDGES: readonly string[] = ['reportedly', 'allegedly', 'apparently', 'may', 'might', 'could', 'possibly', 'perhaps', 'unclear', 'denied'];

/** Words that bound or approximate the figure after them ("nearly 500"): no approximator is added before one. */
export const BOUNDS: readonly string[] = ['about', 'some', 'around', 'roughly', 'nearly', 'almost', 'over', 'under', 'than', 'approximately', 'up', 'least', 'most', 'only', 'just'];

/** Words after which an approximator does not fit ("the next 20 years", not "the next about 20 years"). */
export const DETERMINERS: readonly string[] = ['the', 'a', 'an', 'next', 'last', 'past', 'first', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those'];
