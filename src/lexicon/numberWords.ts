/**
 * Words that write amounts in English news copy, read by `findQuantities`. Sources: the English
 * cardinal, multiplier and fraction words (Quirk et al., A Comprehensive Grammar of the English
 * Language, 1985, on numerals); the scale abbreviations and currency symbols of wire copy and the
 * AP Stylebook ("$2.5bn", "1.5m", "US$"); approximators and bounding expressions after Ferson et al.
 * (2015), "Natural language of uncertainty: numeric hedge words", completed from common news
 * usage; time units and clock words from the calendar and clock. Keys are lower case and are
 * matched on whole words.
 */

/** A table of lower-case words: a Map, so that words like "constructor" never hit a prototype key. */
function table<T>(entries: Record<string, T>): ReadonlyMap<string, T> {
  return new Map(Object.entries(entries));
}

/** Cardinal number words below twenty. */
export const SMALL_NUMBERS: ReadonlyMap<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

/** Cardinal words for the tens, which take a following unit word ("twenty-five", "forty two"). */
export const TENS: ReadonlyMap<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Scale words that multiply what comes before them ("two hundred", "2.5 million"). */
export const SCALES: ReadonlyMap<string, number> = table({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
});

/** Scale abbreviations written against the digits in wire copy: "1.5m", "$2.5bn", "300k". */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = table({
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, tn: 1e12, trn: 1e12,
});

/** "a dozen", "two dozen": a group word that counts twelve. */
export const DOZEN = 12;

/**
 * Fraction words to their denominator. Singular forms take "a"/"one" ("a third of"), plural forms a
 * larger numerator ("two-thirds of"). "half" and "quarter" also multiply a scale on their own
 * ("half a million", "quarter-million").
 */
export const FRACTIONS: ReadonlyMap<string, number> = table({
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5,
  fifths: 5, sixth: 6, sixths: 6, seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9,
  tenth: 10, tenths: 10,
});

/**
 * Plural magnitudes that name an amount only by its order ("hundreds", "tens of thousands").
 * `unit` is the magnitude named, `ceiling` the next amount a writer would name instead; the words
 * allow [2 x unit, ceiling - 1] ("hundreds" is 200-999, "dozens" 24-99, the convention of the
 * duration counts in `timeWords.ts`). `needsOf`: the word counts only before "of" ("tens of").
 */
export const VAGUE_MAGNITUDES: ReadonlyMap<string, { unit: number; ceiling: number; needsOf: boolean }> = table({
  dozens: { unit: 12, ceiling: 100, needsOf: false },
  scores: { unit: 20, ceiling: 100, needsOf: true },
  tens: { unit: 10, ceiling: 100, needsOf: true },
  hundreds: { unit: 100, ceiling: 1e3, needsOf: false },
  thousands: { unit: 1e3, ceiling: 1e4, needsOf: false },
  millions: { unit: 1e6, ceiling: 1e7, needsOf: false },
  billions: { unit: 1e9, ceiling: 1e10, needsOf: false },
  trillions: { unit: 1e12, ceiling: 1e13, needsOf: false },
});

/**
 * Vague counts of a scale word ("a few hundred", "several thousand", "a couple of million"), as the
 * range of counts they allow: the same ranges as the duration counts in `timeWords.ts`.
 */
export const VAGUE_COUNTS: ReadonlyMap<string, readonly [number, number]> = table({
  few: [2, 5], several: [3, 7], couple: [2, 3],
});

/**
 * How a bounding word places the amount: `atLeast` [n, unbounded), `atMost` [0, n], `nearly`
 * a little short of n, `justOver` a little above n, `around` a little either side of n.
 */
export type Bound = 'atLeast' | 'atMost' | 'nearly' | 'justOver' | 'around';

/**
 * Words before an amount that bound or blur it (Ferson et al. 2015, news usage). Strict and
 * inclusive bounds are not told apart: "more than 300" and "at least 300" are both [300, null).
 */
export const BOUND_PHRASES: ReadonlyMap<string, Bound> = table<Bound>({
  'more than': 'atLeast', over: 'atLeast', 'well over': 'atLeast', 'upwards of': 'atLeast', above: 'atLeast',
  'well above': 'atLeast', 'in excess of': 'atLeast', 'greater than': 'atLeast', exceeding: 'atLeast',
  'at least': 'atLeast', 'no fewer than': 'atLeast', 'no less than': 'atLeast', 'not less than': 'atLeast',
  'a minimum of': 'atLeast', 'as few as': 'atLeast',
  'up to': 'atMost', 'as many as': 'atMost', 'as much as': 'atMost', 'as high as': 'atMost', 'at most': 'atMost',
  'no more than': 'atMost', 'not more than': 'atMost', 'a maximum of': 'atMost', 'fewer than': 'atMost',
  'less than': 'atMost', under: 'atMost', 'well under': 'atMost', below: 'atMost', 'well below': 'atMost',
  nearly: 'nearly', almost: 'nearly', 'close to': 'nearly', 'just under': 'nearly', 'just below': 'nearly',
  'just shy of': 'nearly', 'shy of': 'nearly', approaching: 'nearly', nearing: 'nearly',
  'just over': 'justOver', 'just above': 'justOver', 'slightly more than': 'justOver',
  'slightly over': 'justOver', 'a little more than': 'justOver', 'a little over': 'justOver',
  'just more than': 'justOver',
  around: 'around', about: 'around', some: 'around', roughly: 'around', approximately: 'around',
  approx: 'around', 'an estimated': 'around', estimated: 'around', circa: 'around', 'in the region of': 'around',
});

/** Words after an amount that bound or blur it: "300 or so", "300 or more", "300-plus", "300-odd", "300+". */
export const POSTFIX_BOUNDS: ReadonlyMap<string, Bound> = table<Bound>({
  'or so': 'around', 'or more': 'atLeast', 'or fewer': 'atMost', 'or less': 'atMost', plus: 'atLeast',
  odd: 'justOver', '+': 'atLeast',
});

/** Currency symbols before the digits, to ISO 4217 codes in lower case. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = table({
  $: 'usd', '\u20ac': 'eur', '\u00a3': 'gbp', '\u00a5': 'jpy', '\u20b9': 'inr', '\u20bd': 'rub', '\u20ba': 'try',
});

/** Country letters written against a dollar sign: "US$2.5 billion", "A$300". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = table({
  us: 'usd', a: 'aud', au: 'aud', c: 'cad', ca: 'cad', hk: 'hkd', nz: 'nzd', s: 'sgd',
});

/**
 * Currency nouns after the amount (singular), to ISO codes: "2.5 million dollars". "pound" is left
 * as it is: it also weighs.
 */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = table({
  dollar: 'usd', euro: 'eur', yen: 'jpy', sterling: 'gbp', rouble: 'rub', ruble: 'rub', rupee: 'inr',
  yuan: 'cny', renminbi: 'cny',
});

/** Units of time (singular): an amount of them is a duration, which the time extractor reads. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'sec', 'minute', 'min', 'hour', 'hr', 'hrs', 'day', 'night', 'week', 'weekend', 'fortnight',
  'month', 'year', 'yr', 'decade', 'century', 'millennium',
]);

/** Words after a number that make it a time of day: "10 p.m.", "10pm", "six o'clock", "0800 GMT". */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m', 'p.m', "o'clock", 'gmt', 'utc', 'bst', 'cet', 'cest', 'est', 'edt', 'pst', 'pdt', 'h',
]);

/** Letters written against digits that make them an ordinal: "2nd", "5th". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/** Measurement abbreviations written against the digits ("300km", "9mm"), to the unit reported. */
export const MEASURE_SUFFIXES: ReadonlyMap<string, string> = table({
  km: 'km', kms: 'km', kg: 'kg', kgs: 'kg', mm: 'mm', cm: 'cm', mi: 'mile', ft: 'ft', lb: 'lb', lbs: 'lb',
  mph: 'mph', kph: 'kph', kmh: 'kph', kw: 'kw', mw: 'mw', gw: 'gw', kwh: 'kwh', mwh: 'mwh', ha: 'hectare',
  ml: 'ml', sqkm: 'km2',
});

/**
 * Words before a number that make it a name or a reference rather than an amount: "No. 10",
 * "page 4", "Resolution 2254", "aged 40", "flight 17".
 */
export const REFERENCE_WORDS: ReadonlySet<string> = new Set([
  'number', 'page', 'pages', 'section', 'sections', 'article', 'articles', 'chapter', 'paragraph', 'clause',
  'resolution', 'resolutions', 'amendment', 'room', 'gate', 'platform', 'route', 'highway', 'interstate',
  'flight', 'line', 'level', 'phase', 'stage', 'grade', 'category', 'code', 'channel', 'item', 'rule', 'volume',
  'issue', 'exhibit', 'figure', 'table', 'version', 'bill', 'district', 'ward', 'precinct', 'apartment',
  'suite', 'floor', 'seat', 'lane', 'terminal', 'track', 'episode', 'season', 'game', 'round', 'age', 'aged',
  'ages', 'ranked', 'box', 'zone', 'block', 'tier', 'step', 'id', 'pin', 'ext', 'model', 'rank',
]);

/** Words that announce a telephone number: "hotline 555-0199". */
export const PHONE_WORDS: ReadonlySet<string> = new Set([
  'phone', 'telephone', 'tel', 'hotline', 'helpline', 'fax', 'mobile', 'cell', 'whatsapp', 'dial', 'sms',
]);

/**
 * Words that report a figure moving, in their common forms: after them "X to Y" is the change and
 * the level reached ("fell 2.52 to 205.12", "was up 11.13 to 9,228.48"), not a range. From the
 * verbs of movement in English market and statistics reports (AP business style: rose, fell,
 * gained, slipped, edged up...).
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling',
  'gain', 'gains', 'gained', 'gaining', 'lose', 'loses', 'lost', 'losing', 'drop', 'drops', 'dropped', 'dropping',
  'climb', 'climbs', 'climbed', 'climbing', 'slip', 'slips', 'slipped', 'slipping',
  'decline', 'declines', 'declined', 'declining', 'jump', 'jumps', 'jumped', 'jumping',
  'slide', 'slides', 'slid', 'sliding', 'tumble', 'tumbles', 'tumbled', 'tumbling',
  'plunge', 'plunges', 'plunged', 'plunging', 'soar', 'soars', 'soared', 'soaring',
  'sink', 'sinks', 'sank', 'sunk', 'sinking', 'advance', 'advances', 'advanced', 'advancing',
  'dip', 'dips', 'dipped', 'dipping', 'ease', 'eases', 'eased', 'easing', 'surge', 'surges', 'surged', 'surging',
  'rally', 'rallies', 'rallied', 'rallying', 'slump', 'slumps', 'slumped', 'slumping',
  'shed', 'sheds', 'shedding', 'up', 'down', 'off', 'higher', 'lower',
]);

/**
 * Words before a bare four-digit number that make it a year, even when a plural noun follows
 * ("in 2016 refugees fled", "the 2016 elections").
 */
export const YEAR_LEADS: ReadonlySet<string> = new Set([
  'in', 'since', 'by', 'until', 'till', 'from', 'of', 'into', 'during', 'before', 'after', 'through',
  'throughout', 'early', 'late', 'mid', 'the', 'circa', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'end', 'start', 'beginning', 'year', 'its', 'their', 'his', 'her', 'this', 'that', 'for',
]);

/** Words before "one" that make it a pronoun: "no one", "the one", "this one", "any one". */
export const ONE_PRONOUN_LEADS: ReadonlySet<string> = new Set([
  'no', 'the', 'this', 'that', 'any', 'every', 'each', 'which', 'little', 'last', 'another', 'such',
]);

/** Words after "one" that make it a pronoun: "one of the", "one another", "one by one". */
export const ONE_PRONOUN_FOLLOWERS: ReadonlySet<string> = new Set([
  'of', 'another', 'by', 'after', 'who', 'that', 'which', 'thing', 'way',
]);

/** Words before a bare "half" that make it a part of something, not an amount: "the first half of 2016". */
export const HALF_PART_LEADS: ReadonlySet<string> = new Set([
  'the', 'first', 'second', 'last', 'other', 'latter', 'former', 'back', 'top', 'bottom', 'upper', 'lower',
  'eastern', 'western', 'northern', 'southern', 'better', 'in',
]);

/** Determiners that may follow "of" before the counted noun: "thousands of the refugees". */
export const OF_DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'these', 'those', 'their', 'its', 'his', 'her', 'our', 'my', 'your', 'all',
]);

/**
 * Words that end the noun phrase after an amount, so the counted thing is looked for before them:
 * English closed-class words (determiners, pronouns, prepositions, conjunctions, auxiliaries),
 * time adverbs and the commonest irregular reporting and motion verbs of news copy.
 */
export const UNIT_STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the this that these those my your his her its our their i you he she it we they me him us them who
  whom whose which what where when why how whether in on at to from by with without for of into onto over
  under above below across after before during since until till through throughout toward towards upon via
  about around near among amid amongst between against within beyond per than like unlike including despite
  according along behind beside besides inside outside off out up down and or but nor so yet if because
  although though while whereas unless as is are was were be been being am has have had having do does did
  will would shall should can could may might must not no only just also even still already now then there
  here ago yesterday today tonight tomorrow earlier later last next each every all both either neither some
  any many much most few several such own same very too again ever never always perhaps sometimes thus
  overall altogether apiece respectively alone less fewer said say says told tell tells fell rose left went
  came took made held met ran won lost fought saw sent got gave began kept found stood became spent paid`.split(
    /\s+/,
  ),
);

/** Adjectives skipped between an amount and what it counts: "300 more people", "two other hospitals". */
export const UNIT_SKIP_WORDS: ReadonlySet<string> = new Set([
  'more', 'other', 'additional', 'further', 'extra', 'new', 'fresh', 'consecutive', 'straight', 'long', 'full',
  'whole', 'separate', 'different', 'individual', 'total', 'estimated', 'reported', 'confirmed', 'known',
]);

/**
 * Plurals that do not end in a plain "s" (or whose singular does not drop it), to their singular.
 * "people" stays "people": news counts people, not persons.
 */
export const IRREGULAR_PLURALS: ReadonlyMap<string, string> = table({
  people: 'people', persons: 'person', children: 'child', women: 'woman', men: 'man', police: 'police',
  personnel: 'personnel', staff: 'staff', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
  cattle: 'cattle', livestock: 'livestock', lives: 'life', wives: 'wife', knives: 'knife', thieves: 'thief',
  halves: 'half', wolves: 'wolf', shelves: 'shelf', crises: 'crisis', analyses: 'analysis', theses: 'thesis',
  criteria: 'criterion', phenomena: 'phenomenon', millennia: 'millennium', heroes: 'hero', vetoes: 'veto',
  echoes: 'echo', torpedoes: 'torpedo', tomatoes: 'tomato', potatoes: 'potato', volcanoes: 'volcano',
  buses: 'bus', viruses: 'virus', gases: 'gas', campuses: 'campus', bonuses: 'bonus', statuses: 'status',
  censuses: 'census', movies: 'movie', cookies: 'cookie', calories: 'calorie', zombies: 'zombie',
  headaches: 'headache', niches: 'niche', sorties: 'sortie', rookies: 'rookie', goalies: 'goalie',
  selfies: 'selfie', prairies: 'prairie', hippies: 'hippie', brownies: 'brownie',
});

/** Nouns that end in "s" in the singular (or have no singular), left as they are. */
export const S_ENDING_SINGULARS: ReadonlySet<string> = new Set([
  'news', 'series', 'species', 'means', 'gas', 'bias', 'lens', 'canvas', 'atlas', 'chaos', 'corps', 'politics',
  'economics', 'physics', 'headquarters', 'arms', 'thanks', 'ethos', 'pathos', 'kudos', 'mumps', 'measles', 'axis',
  'tennis', 'iris', 'chassis', 'paris',
]);

/** Words ending in "-ed" that are not past participles, so they can be what an amount counts. */
export const NON_VERB_ED: ReadonlySet<string> = new Set([
  'bed', 'red', 'shed', 'sled', 'speed', 'seed', 'breed', 'need', 'creed', 'greed', 'steed', 'hundred', 'kindred',
  'reed', 'weed', 'feed', 'deed',
]);
