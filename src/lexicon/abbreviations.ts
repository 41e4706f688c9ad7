/**
 * Abbreviations that decide whether a period ends a sentence. Sources: the abbreviation lists of
 * the Punkt sentence tokenizer (Kiss & Strunk 2006) and the AP Stylebook's titles and months,
 * trimmed to what occurs in English news copy. Matched on whole words, case-insensitively.
 */

/** Titles and name parts written before a name: a period after them never ends a sentence. */
export const TITLE_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'fr', 'hon', 'sen', 'sens', 'rep', 'reps',
  'gov', 'govs', 'pres', 'amb', 'sec', 'atty', 'supt', 'insp', 'det', 'gen', 'gens', 'lt', 'col', 'maj',
  'capt', 'cpt', 'cmdr', 'cdr', 'adm', 'brig', 'sgt', 'cpl', 'pvt', 'spc', 'ens', 'st', 'mt', 'ft', 'ste',
  'vs', 'v', 'cf', 'viz', 'ca', 'approx', 'esp', 'incl', 'e.g', 'i.e',
]);

/** Abbreviations that must be followed by a number: `No. 5`, `Vol. 2`, `pp. 10-12`. */
export const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'vol', 'vols', 'art', 'arts', 'fig', 'figs', 'p', 'pp', 'ch', 'chap', 'para', 'ed', 'eds',
]);

/** Month (and weekday) abbreviations: `Feb. 25` continues the sentence. */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/**
 * Abbreviations that usually continue a sentence but can end one (`... in the U.S. The talks`):
 * a boundary is placed after them only when the next word typically starts a sentence.
 */
export const AMBIGUOUS_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'inc', 'corp', 'ltd', 'co', 'cos', 'bros', 'llc', 'plc', 'jr', 'sr', 'etc', 'al', 'dept', 'univ', 'assn',
  'est', 'govt', 'ave', 'blvd', 'rd', 'hwy', 'mph', 'km', 'kg', 'lbs', 'oz', 'min', 'hrs',
]);

/**
 * Closed-class words that commonly open a sentence. After an ambiguous abbreviation (`U.S.`,
 * `Inc.`, an initial) a capitalized word from this list signals a new sentence, while a name
 * (`U.S. Secretary`, `John F. Kennedy`) does not.
 */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She', 'We', 'They',
  'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'But', 'And', 'Or', 'So', 'Yet', 'Still', 'Also',
  'However', 'Meanwhile', 'Moreover', 'Nevertheless', 'Instead', 'Then', 'Now', 'Later', 'Earlier', 'Since',
  'After', 'Before', 'When', 'While', 'If', 'As', 'Although', 'Though', 'Because', 'In', 'On', 'At', 'For',
  'From', 'With', 'Without', 'By', 'Under', 'Over', 'Some', 'Many', 'Most', 'Several', 'Both', 'All', 'Each',
  'Few', 'No', 'Not', 'One', 'Two', 'Such', 'Other', 'Others', 'What', 'Who', 'Why', 'How', 'Where', 'Asked',
  'According', 'Officials', 'Analysts', 'Experts',
  // A title opens a name, and a name after an abbreviation's period starts the next sentence
  // ("... Acme Inc. Mr. Poe said"): a name inside a sentence follows no abbreviation but a title.
  'Mr', 'Mrs', 'Ms', 'Dr',
]);
