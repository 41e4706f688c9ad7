import { createRequire } from 'node:module';
import type { SeededRandom } from './seededRandom.js';
import {
  APPROXIMATORS,
  BOUNDS,
  CITIES,
  DENIERS,
  DETERMINERS,
  HEDGES,
  IRREGULAR_PARTICIPLES,
  MODAL_SWAPS,
  MONTHS,
  NEGATABLE_AUXILIARIES,
  NEGATIONS,
  NUMBER_WORDS,
  PARTIES,
  PERFECT_AUXILIARIES,
  PLACE_PREPOSITIONS,
  REPORTING_WORDS,
  SIDES,
  WEEKDAYS,
} from './storyWordLists.js';

/** What an edit may draw on besides the sentence. */
export interface EditContext {
  random: SeededRandom;
  /** The sentence with its first word lower-cased when that word is a common word, kept when it is a name. */
  lowerStart(text: string): string;
}

/**
 * One general text edit: given a real sentence, the edited sentence, or `undefined` when the
 * sentence holds nothing the edit applies to (no number, no date, no auxiliary...).
 */
export interface StoryEdit {
  /** The divergence kind the edit plants, or `agreement` for a rewording that keeps the meaning. */
  kind: string;
  name: string;
  apply(text: string, context: EditContext): string | undefined;
}

/**
 * The planted divergences, one general edit or more per kind. Each changes one thing a reader
 * can check, in a sentence that holds it: a figure, a date, an auxiliary negated, a city after a
 * preposition of place, a party, one word of a quotation, a modal of obligation, a hedge or a
 * denial put around the claim. A planted dispute is built from two sentences, see {@link attributeTo}.
 */
export const PLANTED_DIVERGENCES: readonly StoryEdit[] = [
  { kind: 'number', name: 'figure-changed', apply: changeFigure },
  { kind: 'time', name: 'date-shifted', apply: shiftDate },
  { kind: 'polarity', name: 'negation-added', apply: negate },
  { kind: 'place', name: 'city-swapped', apply: swapCity },
  { kind: 'actor', name: 'party-swapped', apply: swapParty },
  { kind: 'quote', name: 'quote-reworded', apply: rewordQuote },
  { kind: 'modality', name: 'modal-swapped', apply: swapModal },
  { kind: 'certainty', name: 'hedge-added', apply: hedge },
  { kind: 'certainty', name: 'denial-added', apply: deny },
];

/** The planted agreements: the same facts written another way ("51,000" / "51 thousand" / "about 51,000"). */
export const PLANTED_AGREEMENTS: readonly StoryEdit[] = [
  { kind: 'agreement', name: 'figure-rewritten', apply: rewriteFigure },
  { kind: 'agreement', name: 'date-rewritten', apply: rewriteDate },
];

/**
 * A sentence attributed to a side ("..., Russian officials said."): the two accounts of a planted
 * dispute are two non-equivalent sentences about one event, each attributed to another side.
 *
 * @example
 * attributeTo('Talks stalled.', 'Russian'); // 'Talks stalled, Russian officials said.'
 */
export function attributeTo(text: string, side: string): string {
  if (/[.!?]"$/.test(text)) return `${text.slice(0, -2)}," ${side} officials said.`;
  return `${text.replace(/[.!?;:,]+$/, '')}, ${side} officials said.`;
}

/** The sides a dispute can be attributed to. */
export const DISPUTE_SIDES = SIDES;

/** Whether a sentence reports speech or hedges already (no hedge, denial or attribution is added to it). */
export function isAttributedOrHedged(text: string): boolean {
  const words = new Set(wordsOf(text));
  return REPORTING_WORDS.some((w) => words.has(w)) || HEDGES.some((w) => words.has(w));
}

// --- figures ---------------------------------------------------------------------------------

interface Figure {
  start: number;
  end: number;
  /** The digits as written (commas, decimals), without the currency sign. */
  digits: string;
  value: number;
}

const MONTH_WORDS = new Set([...MONTHS, ...MONTHS.map((m) => `${m.slice(0, 3)}.`), 'Sept.']);

/**
 * Amounts written in digits: not years, days of a month, clock times, ordinals, model or route
 * numbers ("Boeing 747", "Route 66") or parts of codes ("F-16", "9/11", "3G").
 */
function figuresOf(text: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of outsideQuotes(text, text.matchAll(/\d[\d,]*(?:\.\d+)?/g))) {
    const digits = m[0].replace(/,+$/, '');
    const start = m.index;
    const end = start + digits.length;
    const before = text.slice(0, start);
    const after = text.slice(end);
    if (/[\p{L}\d\-/.:#]$/u.test(before) || /^([\p{L}\d\-/:]|\.\d)/u.test(after)) continue;
    if (digits.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits)) continue;
    if (/^(19|20)\d\d$/.test(digits) && !/\$\s*$/.test(before)) continue;
    const previous = /(\S+)\s+\$?$/.exec(before)?.[1] ?? '';
    if (MONTH_WORDS.has(previous) || previous === 'No.' || previous === 'Nos.' || MONTHS.includes(/^\s+([A-Z][a-z]+)/.exec(after)?.[1] ?? '')) continue;
    if (/^[A-Z]/.test(previous) && before.trim().length > previous.length && !/[.!?:]$/.test(before.slice(0, before.length - previous.length).trim())) continue;
    figures.push({ start, end, digits, value: Number(digits.replace(/,/g, '')) });
  }
  return figures;
}

/** A value written like `model` (thousands separators, as many decimals). */
function formatLike(value: number, model: string): string {
  const decimals = model.split('.')[1]?.length ?? 0;
  return model.includes(',') ? value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals }) : value.toFixed(decimals);
}

/** A figure multiplied by 0.5 to 3 (never by about 1: a changed figure must not round to the old one). */
function changeFigure(text: string, { random }: EditContext): string | undefined {
  const figures = figuresOf(text);
  if (figures.length === 0) return undefined;
  const figure = random.pick(figures);
  const decimals = figure.digits.split('.')[1]?.length ?? 0;
  const scale = 10 ** decimals;
  let value = Math.round(figure.value * random.pick([0.5, 0.6, 1.5, 2, 2.5, 3]) * scale) / scale;
  if (value === figure.value || value <= 0) value = figure.value * 2 + 2;
  return splice(text, figure.start, figure.end, formatLike(value, figure.digits));
}

/** The same amount written another way: "51 thousand", "5%" for "5 percent", "1,500,000" for "1.5 million", "about 51,000", "3" for "three". */
function rewriteFigure(text: string, { random }: EditContext): string | undefined {
  const options: (() => string)[] = [];
  const figures = figuresOf(text);
  for (const f of figures) {
    if (/^\d{1,3},000$/.test(f.digits)) options.push(() => splice(text, f.start, f.end, `${f.digits.slice(0, -4)} thousand`));
    const previous = (/(\S+)\s+\$?$/.exec(text.slice(0, f.start))?.[1] ?? '').toLowerCase();
    if (f.value >= 20 && !BOUNDS.includes(previous) && !DETERMINERS.includes(previous) && !/^\s*(percent|%)/.test(text.slice(f.end))) {
      // Before the currency as a whole: "about US$637", not "USabout $637".
      const at = text[f.start - 1] === '$' ? f.start - 1 - (/[A-Z]*$/.exec(text.slice(0, f.start - 1))?.[0].length ?? 0) : f.start;
      options.push(() => splice(text, at, at, `${random.pick(APPROXIMATORS)} `));
    }
  }
  for (const m of outsideQuotes(text, text.matchAll(/\b(\d+(?:\.\d+)?) percent\b/g))) options.push(() => splice(text, m.index, m.index + m[0].length, `${m[1]}%`));
  for (const m of outsideQuotes(text, text.matchAll(/\b(\d+(?:\.\d+)?)%/g))) options.push(() => splice(text, m.index, m.index + m[0].length, `${m[1]} percent`));
  for (const m of outsideQuotes(text, text.matchAll(/\b(\d+(?:\.\d+)?) (million|billion)\b/g))) {
    const value = Number(m[1]) * (m[2] === 'million' ? 1e6 : 1e9);
    if (Number.isInteger(value)) options.push(() => splice(text, m.index, m.index + m[0].length, value.toLocaleString('en-US')));
  }
  for (const m of outsideQuotes(text, text.matchAll(new RegExp(`\\b(${NUMBER_WORDS.join('|')}) (?=[a-z]+s\\b)`, 'g')))) {
    options.push(() => splice(text, m.index, m.index + m[1]!.length, String(NUMBER_WORDS.indexOf(m[1]!) + 2)));
  }
  return options.length > 0 ? random.pick(options)() : undefined;
}

// --- dates -----------------------------------------------------------------------------------

const MONTH_PATTERN = MONTHS.join('|');

/** Another weekday, another day of the month, another year after "in"/"since", or another month. */
function shiftDate(text: string, { random }: EditContext): string | undefined {
  const options: (() => string)[] = [];
  for (const m of outsideQuotes(text, text.matchAll(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g')))) {
    options.push(() => splice(text, m.index, m.index + m[0].length, random.pick(WEEKDAYS.filter((d) => d !== m[0]))));
  }
  for (const m of outsideQuotes(text, text.matchAll(new RegExp(`\\b(?:${MONTH_PATTERN}) (\\d{1,2})\\b(?!,\\d|\\d)`, 'g')))) {
    const day = Number(m[1]);
    if (day < 1 || day > 31) continue;
    const shifted = day <= 14 ? day + random.int(2, 6) : day - random.int(2, 6);
    const at = m.index + m[0].length - m[1]!.length;
    options.push(() => splice(text, at, at + m[1]!.length, String(shifted)));
  }
  for (const m of outsideQuotes(text, text.matchAll(/\b(in|since|until|by|from|during|early|late) ((?:19|20)\d\d)\b/gi))) {
    const at = m.index + m[1]!.length + 1;
    options.push(() => splice(text, at, at + 4, String(Number(m[2]) + random.pick([-3, -2, -1, 1, 2, 3]))));
  }
  for (const m of outsideQuotes(text, text.matchAll(new RegExp(`\\b(?:in|since|until|by|last|next|during|early|late) (${MONTH_PATTERN})\\b(?! \\d)`, 'gi')))) {
    if (!MONTHS.includes(m[1]!)) continue;
    const at = m.index + m[0].length - m[1]!.length;
    options.push(() => splice(text, at, at + m[1]!.length, random.pick(MONTHS.filter((x) => x !== m[1]))));
  }
  return options.length > 0 ? random.pick(options)() : undefined;
}

/** "June 5, 2003" written "5 June 2003", "June 5" written "5 June". */
function rewriteDate(text: string): string | undefined {
  const [m] = outsideQuotes(text, text.matchAll(new RegExp(`\\b(${MONTH_PATTERN}) (\\d{1,2})(?:, ((?:19|20)\\d\\d))?\\b(?!,\\d|\\d)`, 'g')));
  if (!m || Number(m[2]) > 31) return undefined;
  return splice(text, m.index, m.index + m[0].length, `${m[2]} ${m[1]}${m[3] ? ` ${m[3]}` : ''}`);
}

// --- negation, modality, certainty -----------------------------------------------------------

function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?|n't/g) ?? [];
}

/** The first auxiliary followed by the verb it governs ("has agreed", "was expected", "will meet"). */
function firstAuxiliary(text: string): { start: number; end: number; word: string } | undefined {
  const pattern = new RegExp(`\\b(${NEGATABLE_AUXILIARIES.join('|')}) ([a-z][a-z'-]*)`, 'g');
  for (const m of outsideQuotes(text, text.matchAll(pattern))) {
    const [, auxiliary, next] = m as unknown as [string, string, string];
    if (PERFECT_AUXILIARIES.includes(auxiliary) && !/ed$/.test(next) && !IRREGULAR_PARTICIPLES.includes(next)) continue;
    return { start: m.index, end: m.index + auxiliary.length, word: auxiliary };
  }
  return undefined;
}

/** "not" after the first auxiliary of a sentence that holds no negation ("can" becomes "cannot"). */
function negate(text: string): string | undefined {
  const words = wordsOf(text);
  if (NEGATIONS.some((n) => words.includes(n)) || /n't\b/.test(text)) return undefined;
  const auxiliary = firstAuxiliary(text);
  if (!auxiliary) return undefined;
  return auxiliary.word === 'can' ? splice(text, auxiliary.start, auxiliary.end, 'cannot') : splice(text, auxiliary.end, auxiliary.end, ' not');
}

/** A modal of obligation swapped for one of another force ("must" -> "should"). */
function swapModal(text: string): string | undefined {
  for (const [from, to] of MODAL_SWAPS) {
    const [m] = outsideQuotes(text, text.matchAll(new RegExp(`\\b${from}\\b`, 'g')));
    if (m) return splice(text, m.index, m.index + from.length, to);
  }
  return undefined;
}

/** "reportedly" after the auxiliary, or "It is unclear whether ..." around a claim nobody is said to make. */
function hedge(text: string, { random, lowerStart }: EditContext): string | undefined {
  if (isAttributedOrHedged(text)) return undefined;
  const auxiliary = firstAuxiliary(text);
  if (auxiliary && random.chance(0.5)) return splice(text, auxiliary.end, auxiliary.end, ' reportedly');
  return `It is unclear whether ${lowerStart(text)}`;
}

/** "Officials denied that ..." around a claim nobody is said to make. */
function deny(text: string, { random, lowerStart }: EditContext): string | undefined {
  if (isAttributedOrHedged(text)) return undefined;
  return `${random.pick(DENIERS)} denied that ${lowerStart(text)}`;
}

// --- places and parties ----------------------------------------------------------------------

const PREPOSITION_PATTERN = PLACE_PREPOSITIONS.join('|');
const CITY_PATTERNS = CITIES.map((city) => [city, new RegExp(`\\b(?:${PREPOSITION_PATTERN}) (${escape(city)})\\b(?![-\\w]| [A-Z])`, 'gi')] as const);
const AFTER_PLACE_PREPOSITION = new RegExp(`\\b(${PREPOSITION_PATTERN}) $`);
const MENTION_PATTERNS = new Map(
  Object.values(PARTIES)
    .flat()
    .map((name) => [name, new RegExp(name.startsWith('the ') ? `\\b[Tt]he ${escape(name.slice(4))}\\b` : `\\b${escape(name)}\\b`, 'g')]),
);

/** A city after a preposition of place ("in Geneva"), not part of a longer name, swapped for another city. */
function swapCity(text: string, { random }: EditContext): string | undefined {
  const found: { start: number; end: number; city: string }[] = [];
  for (const [city, pattern] of CITY_PATTERNS) {
    if (!text.includes(city)) continue;
    for (const m of outsideQuotes(text, text.matchAll(pattern))) {
      if (m[1] !== city) continue;
      const start = m.index + m[0].length - city.length;
      found.push({ start, end: start + city.length, city });
    }
  }
  if (found.length === 0) return undefined;
  const place = random.pick(found);
  return splice(text, place.start, place.end, random.pick(CITIES.filter((c) => c !== place.city && !text.includes(c))));
}

/**
 * A party (a country, an intergovernmental body, a company) named outside a phrase of place,
 * every mention of it swapped for another party of the same category.
 */
function swapParty(text: string, { random }: EditContext): string | undefined {
  const found: { name: string; category: string }[] = [];
  for (const [category, names] of Object.entries(PARTIES)) {
    for (const name of names) {
      const mentions = mentionsOf(text, name);
      if (mentions.length === 0) continue;
      const asParty = mentions.every((m) => {
        if (insideQuote(text, m.start)) return false;
        const before = text.slice(0, m.start).toLowerCase();
        const after = text.slice(m.end);
        return !AFTER_PLACE_PREPOSITION.test(before) && !/^([-\w]| (?!(Corp|Inc|Co|Ltd)\b)[A-Z])/.test(after);
      });
      if (asParty) found.push({ name, category });
    }
  }
  if (found.length === 0) return undefined;
  const party = random.pick(found);
  const others = PARTIES[party.category]!.filter((n) => n !== party.name && mentionsOf(text, n).length === 0);
  const other = random.pick(others);
  let edited = text;
  for (const m of mentionsOf(text, party.name).reverse()) {
    const sentenceStart = m.start === 0;
    edited = splice(edited, m.start, m.end, sentenceStart ? other.charAt(0).toUpperCase() + other.slice(1) : other);
  }
  return edited;
}

/** Where a party is named; "the United Nations" is found with "The" too. */
function mentionsOf(text: string, name: string): { start: number; end: number }[] {
  if (!text.includes(name.startsWith('the ') ? name.slice(4) : name)) return [];
  return [...text.matchAll(MENTION_PATTERNS.get(name)!)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

// --- quotations ------------------------------------------------------------------------------

const require = createRequire(import.meta.url);
let synonymTable: Record<string, Record<string, string[]>> | undefined;

/** WordNet synonyms (the `synonyms` package: WordNet 3.0 synsets of common English words), one word, another stem. */
function synonymOf(word: string, random: SeededRandom): string | undefined {
  synonymTable ??= require('synonyms/dictionary.js') as Record<string, Record<string, string[]>>;
  const entry = synonymTable[word];
  if (!entry) return undefined;
  const candidates = Object.values(entry)
    .flat()
    .filter((w) => /^[a-z]{3,}$/.test(w) && w.slice(0, 4) !== word.slice(0, 4));
  return candidates.length > 0 ? random.pick(candidates) : undefined;
}

/** One word of a quotation of four words or more replaced by a synonym. */
function rewordQuote(text: string, { random }: EditContext): string | undefined {
  const options: { start: number; end: number; synonym: string }[] = [];
  for (const q of text.matchAll(/"([^"]+)"/g)) {
    if (q[1]!.trim().split(/\s+/).length < 4) continue;
    for (const w of q[1]!.matchAll(/\b[a-z]{4,}\b/g)) {
      const synonym = synonymOf(w[0], random);
      const start = q.index + 1 + w.index;
      if (synonym) options.push({ start, end: start + w[0].length, synonym });
    }
  }
  if (options.length === 0) return undefined;
  const choice = random.pick(options);
  return splice(text, choice.start, choice.end, choice.synonym);
}

// --- text ------------------------------------------------------------------------------------

/**
 * Where a sentence quotes someone ("..." or ``...''). Only a quote edit changes quoted words: a
 * figure, date or name edited inside a quotation would also misquote, a second divergence.
 */
export function quotedRanges(text: string): [number, number][] {
  // A quotation left open runs to the end of the sentence (it goes on in the next one).
  return [...text.matchAll(/"[^"]*?(?:"|''|$)|``.*?(?:''|$)/g)].map((m) => [m.index, m.index + m[0].length]);
}

function insideQuote(text: string, index: number): boolean {
  return quotedRanges(text).some(([start, end]) => index > start && index < end);
}

function* outsideQuotes(text: string, matches: Iterable<RegExpExecArray>): Generator<RegExpExecArray> {
  const ranges = quotedRanges(text);
  for (const m of matches) if (!ranges.some(([start, end]) => m.index > start && m.index < end)) yield m;
}

function splice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

function escape(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
