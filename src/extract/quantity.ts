import { NUMBER_ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import {
  BOUND_PHRASES,
  type Bound,
  CHANGE_WORDS,
  CLOCK_WORDS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  DOZEN,
  FRACTIONS,
  HALF_PART_LEADS,
  IRREGULAR_PLURALS,
  MEASURE_SUFFIXES,
  NON_VERB_ED,
  OF_DETERMINERS,
  ONE_PRONOUN_FOLLOWERS,
  ONE_PRONOUN_LEADS,
  ORDINAL_SUFFIXES,
  PHONE_WORDS,
  POSTFIX_BOUNDS,
  REFERENCE_WORDS,
  S_ENDING_SINGULARS,
  SCALE_SUFFIXES,
  SCALES,
  SMALL_NUMBERS,
  TENS,
  TIME_UNITS,
  UNIT_SKIP_WORDS,
  UNIT_STOP_WORDS,
  VAGUE_COUNTS,
  VAGUE_MAGNITUDES,
  YEAR_LEADS,
} from '../lexicon/numberWords.js';
import type { TextSpan } from '../text/span.js';
import { quantityTokens, type Token } from './quantityTokens.js';

/**
 * An amount read from the text, as the interval of values the words allow.
 * `51,000` is [51000, 51000]; `tens of thousands` is [20000, 99999], approximate; `more than a
 * quarter-million` is [250000, null] (no upper bound); `around 1,900` is [1710, 2090], approximate.
 *
 * Conventions: plural magnitudes allow [2 x magnitude, next magnitude - 1] ("hundreds" 200-999,
 * "dozens" 24-99, "tens of thousands" 20000-99999); "around"/"about"/"some" widen by 10% either
 * side, "nearly"/"almost" allow up to 10% short, "just over" up to 10% above; "up to", "fewer than",
 * "under" are [0, n]; "more than", "over", "at least" are [n, null). A fraction of a whole ("a third
 * of", "half the") is a share in `percent`, marked approximate.
 */
export interface Quantity extends TextSpan {
  /** The number as written, for display (`250000` for "a quarter-million"; the magnitude named, `10000`, for "tens of thousands"; the first bound of a range). */
  value: number;
  /** Lowest value the words allow. */
  low: number;
  /** Highest value the words allow; `null` when unbounded ("more than", "at least"). */
  high: number | null;
  /** The words make the amount vague ("around", "nearly", "tens of", "some"). */
  approx: boolean;
  /** What is counted, as a singular lower-case noun (`civilian`, `target`, `refugee`), or `percent`, `usd`... ; `''` when nothing is named. */
  unit: string;
  /** The comparison word that bounds the amount, when there is one (`more than`, `at least`, `around`). */
  modifier?: string;
}

/** How far an approximator moves an amount: "around 1,900" is [1710, 2090], "nearly 300" [270, 300]. */
const APPROXIMATION_MARGIN = 0.1;

/** How many words after an amount are searched for the thing it counts. */
const MAX_NOUN_PHRASE_WORDS = 4;

/** A bare four-digit number in this span is a year unless the words around it make it a count. */
const YEAR_SPAN = { first: 1000, last: 2100 } as const;

/** How far around a number a telephone number or code is looked for, in tokens: keeps the search linear on long runs of digits. */
const MAX_CODE_TOKENS = 8;

/** A ratio ("one in five") is read only when the whole is written this small or in words; "3 in 2016" is no ratio. */
const MAX_RATIO_WHOLE = 100;

// ---------------------------------------------------------------------------------------- tokens

const UPPER_FIRST = /^\p{Lu}/u;
const PLAIN_INTEGER = /^\d+$/;
const FOUR_DIGITS = /^\d{4}$/;
const LEADING_ZERO = /^0\d/;
/** Endings of nouns that are singular though they end in "s" ("press", "virus", "crisis") or are possessive. */
const S_SINGULAR_ENDING = /(?:ss|us|sis|'s|\u2019s)$/;

/** The lower-case word at `k`, or `undefined` when `k` holds no word. */
function wordAt(t: readonly Token[], k: number): string | undefined {
  const token = t[k];
  return token?.kind === 'word' ? token.lower : undefined;
}

function isHyphen(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'symbol' && (token.text === '-' || token.text === '\u2013');
}

/** The word that continues a phrase after token `k`: the next word after a space, or after a joined hyphen ("twenty-five"); -1 when none. */
function nextWord(t: readonly Token[], k: number): number {
  const next = t[k + 1];
  if (next === undefined) return -1;
  return next.kind === 'word' && !next.joined ? k + 1 : hyphenatedWord(t, k);
}

/** The word joined by a hyphen right after `k` ("17-nation", "five-year"), or -1. */
function hyphenatedWord(t: readonly Token[], k: number): number {
  const after = t[k + 2];
  return isHyphen(t[k + 1]) && t[k + 1]!.joined && after?.kind === 'word' && after.joined ? k + 2 : -1;
}

/** Index after the run of tokens written together with token `k` ("11/02/2016", "F-16,"). */
function endOfJoinedRun(t: readonly Token[], k: number): number {
  let end = k + 1;
  while (t[end]?.joined) end += 1;
  return end;
}

/** Drops the binary noise of decimal arithmetic: 0.9 * 1900 is 1710, 2.3 * 1e6 is 2300000. */
function tidy(x: number): number {
  return Number.isSafeInteger(x) ? x : Number(x.toPrecision(12));
}

// --------------------------------------------------------------------------------------- amounts

/** A number read from the words, before bounds and units: an interval and the tokens it spans. */
interface Amount {
  /** First and last token (inclusive). */
  first: number;
  last: number;
  value: number;
  low: number;
  high: number;
  approx: boolean;
  /** Digits, number words, a plural magnitude ("thousands"), a share of a whole ("a third of"), a ratio ("one in five"). */
  form: 'digits' | 'words' | 'vague' | 'fraction' | 'ratio';
  /** The largest scale word applied ("million" is 1e6), 1 if none: "2 to 3 million" shares it. */
  scale: number;
  /**
   * A share without "of" ("more than half"), which counts only after a bound. (Always set: amounts
   * of one shape are read faster than amounts of two.)
   */
  bare: boolean;
}

function exact(first: number, last: number, value: number, form: Amount['form'], scale: number): Amount {
  const tidied = tidy(value);
  return { first, last, value: tidied, low: tidied, high: tidied, approx: false, form, scale, bare: false };
}

/** Words that can open a written amount: a cheap test before the readers run. */
const AMOUNT_OPENERS: ReadonlySet<string> = new Set([
  'a', 'an', ...SMALL_NUMBERS.keys(), ...TENS.keys(), ...FRACTIONS.keys(), ...VAGUE_MAGNITUDES.keys(),
  ...VAGUE_COUNTS.keys(),
]);

/** Reads the amount that starts at token `k`, if one does. */
function readAmount(t: readonly Token[], k: number): Amount | undefined {
  const token = t[k];
  if (token === undefined) return undefined;
  if (token.kind === 'number') return readDigits(t, k);
  if (token.kind !== 'word' || !AMOUNT_OPENERS.has(token.lower)) return undefined;
  return readVague(t, k) ?? readFraction(t, k) ?? readWords(t, k);
}

/** "51,000", "2.5 million", "1.5m", "3 dozen". */
function readDigits(t: readonly Token[], k: number): Amount {
  const written = Number(t[k]!.text.replace(/,/g, ''));
  const suffix = t[k + 1];
  const suffixScale = suffix?.kind === 'word' && suffix.joined ? SCALE_SUFFIXES.get(suffix.lower) : undefined;
  if (suffixScale !== undefined) return exact(k, k + 1, written * suffixScale, 'digits', suffixScale);
  let scale = 1;
  let last = k;
  let next = nextWord(t, k);
  if (wordAt(t, next) === 'hundred') {
    scale = 100;
    last = next;
    next = nextWord(t, next);
  }
  const word = wordAt(t, next) ?? '';
  const large = SCALES.get(word);
  if (large !== undefined && large > 100) {
    scale *= large;
    last = next;
  } else if (scale === 1 && word === 'dozen') {
    scale = DOZEN;
    last = next;
  }
  return exact(k, last, written * scale, 'digits', scale);
}

/**
 * Plural magnitudes and vague counts of a scale: "thousands", "tens of thousands", "hundreds of
 * millions", "dozens", "a few hundred", "several thousand". See `VAGUE_MAGNITUDES` for the ranges.
 */
function readVague(t: readonly Token[], k: number): Amount | undefined {
  const word = wordAt(t, k)!;
  const countAt = word === 'a' || word === 'an' ? nextWord(t, k) : k;
  const counts = VAGUE_COUNTS.get(wordAt(t, countAt) ?? '');
  if (counts !== undefined) {
    let scaleAt = nextWord(t, countAt);
    if (wordAt(t, scaleAt) === 'of') scaleAt = nextWord(t, scaleAt);
    const scaleWord = wordAt(t, scaleAt) ?? '';
    const scale = scaleWord === 'dozen' ? DOZEN : SCALES.get(scaleWord);
    if (scale === undefined) return undefined;
    return vague(k, scaleAt, scale, counts[0] * scale, (counts[1] + 1) * scale - 1);
  }
  if (countAt !== k) return undefined;
  const magnitude = VAGUE_MAGNITUDES.get(word);
  if (magnitude === undefined) return undefined;
  const ofAt = nextWord(t, k);
  const hasOf = wordAt(t, ofAt) === 'of';
  if (magnitude.needsOf && !hasOf) return undefined;
  const outerAt = hasOf ? nextWord(t, ofAt) : -1;
  const outer = VAGUE_MAGNITUDES.get(wordAt(t, outerAt) ?? '');
  // "tens of thousands": a count of a larger magnitude, itself plural.
  if (outer !== undefined && outer.unit >= 1e3 && outer.unit > magnitude.unit) {
    const unit = magnitude.unit * outer.unit;
    return vague(k, outerAt, unit, 2 * unit, magnitude.ceiling * outer.unit - 1);
  }
  return vague(k, k, magnitude.unit, 2 * magnitude.unit, magnitude.ceiling - 1);
}

function vague(first: number, last: number, value: number, low: number, high: number): Amount {
  return { first, last, value: tidy(value), low: tidy(low), high: tidy(high), approx: true, form: 'vague', scale: 1, bare: false };
}

/**
 * Fractions: of a scale ("half a million", "a quarter of a million", "quarter-million", "three
 * quarters of a million") they are a number; of a whole ("a third of", "two-thirds of", "half the")
 * they are a share in percent.
 */
function readFraction(t: readonly Token[], k: number): Amount | undefined {
  const word = wordAt(t, k)!;
  const numerator = word === 'a' || word === 'an' ? 1 : SMALL_NUMBERS.get(word);
  const fractionAt = numerator === undefined ? k : nextWord(t, k);
  const fractionWord = wordAt(t, fractionAt) ?? '';
  const denominator = FRACTIONS.get(fractionWord);
  if (denominator === undefined) return undefined;
  if (numerator === undefined ? fractionWord !== 'half' && fractionWord !== 'quarter' : numerator < 1 || numerator > 10) {
    return undefined;
  }
  // "a third", "two thirds": the numerator agrees with the fraction word.
  if (numerator !== undefined && numerator > 1 !== fractionWord.endsWith('s')) return undefined;
  const share = (numerator ?? 1) / denominator;

  let scaleAt = nextWord(t, fractionAt);
  const hasOf = wordAt(t, scaleAt) === 'of';
  if (hasOf) scaleAt = nextWord(t, scaleAt);
  const hasArticle = wordAt(t, scaleAt) === 'a' || wordAt(t, scaleAt) === 'an';
  if (hasArticle) scaleAt = nextWord(t, scaleAt);
  const scaleWord = wordAt(t, scaleAt) ?? '';
  const scale = scaleWord === 'dozen' ? DOZEN : SCALES.get(scaleWord);
  if (scale !== undefined && (hasArticle || !hasOf)) return exact(k, scaleAt, share * scale, 'words', scale);

  // Without a numerator, "quarter" and "half" are mostly parts of something: "the first quarter of", "the second half".
  if (numerator === undefined && (fractionWord === 'quarter' || HALF_PART_LEADS.has(wordAt(t, k - 1) ?? ''))) return undefined;
  const percent = tidy(100 * share);
  const amount: Amount = { first: k, last: fractionAt, value: percent, low: percent, high: percent, approx: true, form: 'fraction', scale: 1, bare: false };
  if (hasOf) return amount;
  const followerAt = nextWord(t, fractionAt);
  const follower = wordAt(t, followerAt) ?? '';
  if (fractionWord === 'half' && OF_DETERMINERS.has(follower) && t[followerAt]?.joined === false) return amount;
  // "half-hour", "half an hour", "a third time": not a share.
  if (isHyphen(t[fractionAt + 1]) || follower === 'a' || follower === 'an' || TIME_UNITS.has(singular(follower))) return undefined;
  return { ...amount, bare: true };
}

type WordStep = 'a' | 'unit' | 'ten' | 'hundred' | 'scale' | 'dozen' | 'half';

/** Which step may come after which in a written cardinal ("two hundred and five thousand"). */
const CAN_FOLLOW: Readonly<Record<WordStep, ReadonlySet<WordStep | 'start'>>> = {
  a: new Set(['start']),
  unit: new Set(['start', 'ten', 'hundred', 'scale']),
  ten: new Set(['start', 'hundred', 'scale']),
  hundred: new Set(['a', 'unit', 'ten']),
  scale: new Set(['a', 'unit', 'ten', 'hundred', 'half']),
  dozen: new Set(['a', 'unit', 'ten', 'half']),
  half: new Set(),
};

function wordStep(word: string): WordStep | undefined {
  if (word === 'a' || word === 'an') return 'a';
  if (SMALL_NUMBERS.has(word)) return 'unit';
  if (TENS.has(word)) return 'ten';
  if (word === 'hundred') return 'hundred';
  if (SCALES.has(word)) return 'scale';
  return word === 'dozen' ? 'dozen' : undefined;
}

/** Written cardinals: "three", "twenty-five", "a hundred", "two dozen", "one and a half million". */
function readWords(t: readonly Token[], start: number): Amount | undefined {
  let total = 0;
  let current = 0;
  let largestScale = 1;
  let previousScale = Infinity;
  let previous: WordStep | 'start' = 'start';
  let last = -1;
  let k = start;
  while (k >= 0) {
    const word = wordAt(t, k);
    if (word === undefined) break;
    if (word === 'and') {
      const nextAt = nextWord(t, k);
      const next = wordAt(t, nextAt) ?? '';
      // "one hundred and five"
      if ((previous === 'hundred' || previous === 'scale') && (TENS.has(next) || (SMALL_NUMBERS.get(next) ?? 0) > 0)) {
        k = nextAt;
        continue;
      }
      // "one and a half million"
      const fractionAt = nextWord(t, nextAt);
      const fractionWord = wordAt(t, fractionAt) ?? '';
      const denominator = FRACTIONS.get(fractionWord);
      if ((previous === 'unit' || previous === 'ten') && (next === 'a' || next === 'an') && denominator !== undefined && !fractionWord.endsWith('s')) {
        current += 1 / denominator;
        previous = 'half';
        last = fractionAt;
        k = nextWord(t, fractionAt);
        continue;
      }
      break;
    }
    const step = wordStep(word);
    if (step === undefined || !CAN_FOLLOW[step].has(previous)) break;
    if (step === 'a' && wordStep(wordAt(t, nextWord(t, k)) ?? '') === undefined) break;
    if (step === 'unit') {
      const value = SMALL_NUMBERS.get(word) ?? 0;
      // "twenty-five" but not "twenty twelve"; nothing follows "zero".
      if ((previous === 'ten' && value >= 10) || (value === 0 && previous !== 'start')) break;
      current += value;
    } else if (step === 'ten') {
      current += TENS.get(word) ?? 0;
    } else if (step === 'a') {
      current = 1;
    } else if (step === 'hundred') {
      if (current < 1 || current >= 100) break;
      current *= 100;
      largestScale = Math.max(largestScale, 100);
    } else if (step === 'scale') {
      const scale = SCALES.get(word) ?? 1;
      if (scale >= previousScale || current <= 0) break;
      total += current * scale;
      current = 0;
      previousScale = scale;
      largestScale = Math.max(largestScale, scale);
    } else if (step === 'dozen') {
      if (current <= 0) break;
      current *= DOZEN;
      largestScale = Math.max(largestScale, DOZEN);
    }
    previous = step;
    last = k;
    if (step === 'dozen' || (step === 'unit' && current === 0)) break;
    k = nextWord(t, k);
  }
  if (last < 0 || previous === 'a') return undefined;
  return exact(start, last, total + current, 'words', largestScale);
}

// ------------------------------------------------------------------------- ranges and ratios

/**
 * A second amount that makes a range with `first`: "300-400", "300 to 400", "two or three",
 * "between 300 and 400", "2 to 3 million" (the scale is shared). A dash between a larger and a
 * smaller number is a score or a code (`'score'`). Not ranges: "from 300 to 400" (a change,
 * "from" up to {@link FROM_REACH} words before), "fell 2.52 to 205.12" (a change and the level
 * reached, see {@link isChangeAndLevel}), "1.2 percent to 980" (a share and a level: a range of
 * shares writes the percent after the second).
 */
function readRange(t: readonly Token[], first: Amount, lead: string | undefined, currency: boolean): Amount | 'score' | undefined {
  const percent = percentAfter(t, first.last);
  const end = percent?.last ?? first.last;
  const after = t[end + 1];
  let at: number;
  let dash = false;
  if (isHyphen(after) && after!.joined && t[end + 2]?.joined) {
    at = end + 2;
    dash = true;
  } else {
    const joiner = after?.joined === false ? wordAt(t, end + 1) : undefined;
    const joins = joiner === 'or' || (joiner === 'to' && !fromBefore(t, first.first)) || (joiner === 'and' && lead === 'between');
    if (!joins || t[end + 2]?.joined !== false) return undefined;
    at = end + 2;
  }
  if (currency && CURRENCY_SYMBOLS.has(t[at]?.text ?? '') && t[at + 1]?.joined) at += 1;
  const second = readAmount(t, at);
  if (second === undefined || (second.form !== 'digits' && second.form !== 'words')) return undefined;
  if (!dash && percent !== undefined && percentAfter(t, second.last) === undefined) return undefined;
  if (!dash && lead !== undefined && CHANGE_WORDS.has(lead) && isChangeAndLevel(t, first, second)) return undefined;
  if (isYearLike(t, second) && !isYearLike(t, first)) return undefined;
  const low = first.scale === 1 && second.scale > 1 && first.value * second.scale <= second.value
    ? exact(first.first, first.last, first.value * second.scale, first.form, second.scale)
    : first;
  if (second.low <= low.low) return dash ? 'score' : undefined;
  return { ...low, last: second.last, high: second.high, scale: second.scale };
}

/** Words before an amount searched for "from" ("from the current 30,000 to 85,000", "from about 300 to 400"). */
const FROM_REACH = 3;

/** "from" among the {@link FROM_REACH} words before token `k`, with nothing but words between. */
function fromBefore(t: readonly Token[], k: number): boolean {
  // "from $300": the currency sign is part of the amount.
  if (CURRENCY_SYMBOLS.has(t[k - 1]?.text ?? '')) k -= 1;
  for (let j = k - 1; j >= 0 && j >= k - FROM_REACH; j--) {
    if (t[j]!.kind !== 'word') return false;
    if (t[j]!.lower === 'from') return true;
  }
  return false;
}

/**
 * After a word of change, "X to Y" is the change and the level reached when neither shares a
 * unit or scale written after Y: "fell 2.52 to 205.12.", "gained $1.75, to $84.50", "was up
 * 11.13 to 9,228.48, while ...". "rose 5 to 10 percent", "grew 2 to 3 million" and "added
 * 150,000 to 200,000 jobs" stay ranges.
 */
function isChangeAndLevel(t: readonly Token[], first: Amount, second: Amount): boolean {
  if (percentAfter(t, second.last) !== undefined || (first.scale === 1 && second.scale > 1)) return false;
  const follower = wordAt(t, nextWord(t, second.last));
  return follower === undefined || UNIT_STOP_WORDS.has(follower);
}

/** "one in five", "1 in 10", "nine out of ten": a share in percent. */
function readRatio(t: readonly Token[], part: Amount): Amount | undefined {
  if ((part.form !== 'digits' && part.form !== 'words') || part.scale !== 1 || !Number.isInteger(part.value) || part.value < 1) {
    return undefined;
  }
  let k = part.last + 1;
  if (t[k]?.joined) return undefined;
  const word = wordAt(t, k);
  if (word === 'in') k += 1;
  else if (word === 'out' && wordAt(t, k + 1) === 'of') k += 2;
  else return undefined;
  const whole = readAmount(t, k);
  if (whole === undefined || (whole.form !== 'digits' && whole.form !== 'words') || whole.value <= part.value) return undefined;
  if (whole.form === 'digits' && whole.scale === 1 && whole.value > MAX_RATIO_WHOLE) return undefined;
  if (t[whole.last + 1]?.joined && t[whole.last + 1]!.kind === 'word') return undefined;
  // "killed 5 in 10 days" counts days, not a share.
  const follower = wordAt(t, nextWord(t, whole.last));
  if (follower !== undefined && TIME_UNITS.has(singular(follower))) return undefined;
  const share = tidy((100 * part.value) / whole.value);
  return { ...part, last: whole.last, value: share, low: share, high: share, form: 'ratio' };
}

// --------------------------------------------------------------------- what follows the number

/** "%", "percent", "per cent", "pct", "percentage points" after token `k`. */
function percentAfter(t: readonly Token[], k: number): { unit: string; last: number } | undefined {
  if (t[k + 1]?.text === '%') return { unit: 'percent', last: k + 1 };
  const at = nextWord(t, k);
  const word = wordAt(t, at);
  if (word === 'percent' || word === 'pct') return { unit: 'percent', last: at };
  const second = nextWord(t, at);
  if (word === 'per' && wordAt(t, second) === 'cent') return { unit: 'percent', last: second };
  if (word === 'percentage' && (wordAt(t, second) === 'point' || wordAt(t, second) === 'points')) {
    return { unit: 'percentage point', last: second };
  }
  return undefined;
}

/** "or so", "or more", "plus", "-odd", "+" after token `k`. */
function boundAfter(t: readonly Token[], k: number): { phrase: string; bound: Bound; last: number } | undefined {
  const next = t[k + 1];
  if (next?.text === '+' && next.joined) return { phrase: '+', bound: 'atLeast', last: k + 1 };
  const at = nextWord(t, k);
  const word = wordAt(t, at);
  if (word === undefined) return undefined;
  if (word === 'or') {
    const second = nextWord(t, at);
    const phrase = `or ${wordAt(t, second) ?? ''}`;
    const bound = POSTFIX_BOUNDS.get(phrase);
    return bound === undefined ? undefined : { phrase, bound, last: second };
  }
  const bound = POSTFIX_BOUNDS.get(word);
  // "300 plus 200" adds; "300-plus" and "300 plus." bound.
  if (bound === undefined || t[at + 1]?.kind === 'number') return undefined;
  return { phrase: word, bound, last: at };
}

/** What is written against the digits after token `k`: a measurement unit, or a sign that they are a code, an ordinal, a time or a decade. */
function digitSuffix(t: readonly Token[], k: number): { measure: string } | 'code' | undefined {
  const next = t[k + 1];
  if (next === undefined || !next.joined) return undefined;
  const after = t[k + 2];
  if (next.kind === 'word') {
    const measure = MEASURE_SUFFIXES.get(next.lower);
    return measure === undefined ? 'code' : { measure };
  }
  // "1990's"
  if (next.text === "'" && after?.joined && after.lower === 's') return 'code';
  // "11/02", "10:30", "1.2.3", "7_a"
  if ((next.text === '/' || next.text === ':' || next.text === '.' || next.text === '_') && after?.joined && after.kind !== 'symbol') {
    return 'code';
  }
  return undefined;
}

/** Characters that make the digits after them part of a code: "#5", "+44", "/7", "@2". */
const CODE_MARKS: ReadonlySet<string> = new Set(['#', '+', '@', '/', '\\', '_', '=', '&', '*', '^', '|']);

/** The digits at `k` are written against letters or code marks before them: "G20", "F-16", "COVID-19", "mid-2016", "+44". */
function joinedToCode(t: readonly Token[], k: number): boolean {
  const before = t[k - 1];
  if (before === undefined || !t[k]!.joined) return false;
  if (before.kind !== 'symbol') return true;
  if (CODE_MARKS.has(before.text)) return true;
  const earlier = t[k - 2];
  return (isHyphen(before) || before.text === '.' || before.text === ':') && before.joined && earlier !== undefined && earlier.kind !== 'symbol';
}

/** Characters that hold a group of digits together in a telephone number or a date. */
const CLUSTER_MARKS: ReadonlySet<string> = new Set(['(', ')', '+', '-', '\u2013', '.', '/']);

function isClusterPart(token: Token): boolean {
  return token.kind === 'number' || CLUSTER_MARKS.has(token.text);
}

function linked(a: Token, b: Token): boolean {
  if (b.joined) return isClusterPart(a) && isClusterPart(b);
  return b.kind === 'number' && (a.kind === 'number' || a.text === ')');
}

/**
 * The digits from `first` to `last` belong to a telephone number or a similar code: three or more
 * groups of digits written together ("202 555 0123", "(202) 555-0123", "11/02/2016"), a group
 * with a leading zero ("0800"), a "+" ("+44"), or two groups after a word like "hotline".
 */
function isPhoneOrCode(t: readonly Token[], first: number, last: number): boolean {
  let from = first;
  while (from > 0 && first - from < MAX_CODE_TOKENS && linked(t[from - 1]!, t[from]!)) from -= 1;
  let to = last;
  while (to + 1 < t.length && to - last < MAX_CODE_TOKENS && linked(t[to]!, t[to + 1]!)) to += 1;
  let groups = 0;
  for (let k = from; k <= to; k += 1) {
    const token = t[k]!;
    if (token.text === '+' || (token.kind === 'number' && LEADING_ZERO.test(token.text))) return true;
    if (token.kind === 'number') groups += 1;
  }
  if (groups >= 3) return true;
  if (groups < 2) return false;
  for (let k = Math.max(0, from - 6); k < from; k += 1) {
    if (PHONE_WORDS.has(t[k]!.lower)) return true;
  }
  return false;
}

// ----------------------------------------------------------------------- what comes before

/** Bound phrases as word lists, longest first, so "just over" wins over "over". */
const BOUND_PATTERNS = [...BOUND_PHRASES]
  .map(([phrase, bound]) => ({ phrase, bound, words: phrase.split(' ') }))
  .sort((a, b) => b.words.length - a.words.length);

/** Every word of a bound phrase: such a word before digits never makes them a name ("About 300"). */
const BOUND_WORDS: ReadonlySet<string> = new Set(BOUND_PATTERNS.flatMap((pattern) => pattern.words));

/** The tokens from `from` on are the separate words `words`. */
function wordsAt(t: readonly Token[], from: number, words: readonly string[]): boolean {
  for (let n = 0; n < words.length; n += 1) {
    const token = t[from + n]!;
    if (token.kind !== 'word' || token.lower !== words[n] || (n > 0 && token.joined)) return false;
  }
  return true;
}

/** The bound phrase that ends right before token `first`, not reaching back before `floor`. */
function boundBefore(t: readonly Token[], first: number, floor: number): { phrase: string; bound: Bound; first: number } | undefined {
  for (const pattern of BOUND_PATTERNS) {
    const from = first - pattern.words.length;
    if (from < floor || t[first]?.joined) continue;
    if (wordsAt(t, from, pattern.words)) return { phrase: pattern.phrase, bound: pattern.bound, first: from };
  }
  return undefined;
}

/** A currency symbol at `k` written against digits ("$2.5", "US$300", "€1.2bn"). */
function currencyAt(t: readonly Token[], k: number): { code: string; first: number } | undefined {
  const code = CURRENCY_SYMBOLS.get(t[k]!.text);
  const number = t[k + 1];
  if (code === undefined || number?.kind !== 'number' || !number.joined) return undefined;
  const prefix = t[k - 1];
  const country = prefix?.kind === 'word' && t[k]!.joined && code === 'usd' ? DOLLAR_PREFIXES.get(prefix.lower) : undefined;
  return country === undefined ? { code, first: k } : { code: country, first: k - 1 };
}

// ------------------------------------------------------------------------------ months and years

function isMonthName(token: Token | undefined): boolean {
  return token?.kind === 'word' && UPPER_FIRST.test(token.text) && Object.hasOwn(MONTHS, token.lower);
}

function isCalendarWord(token: Token): boolean {
  return UPPER_FIRST.test(token.text) && (Object.hasOwn(MONTHS, token.lower) || Object.hasOwn(WEEKDAYS, token.lower));
}

/** A bare four-digit number between 1000 and 2100. */
function isYearLike(t: readonly Token[], amount: Amount): boolean {
  if (amount.form !== 'digits' || amount.scale !== 1) return false;
  const written = t[amount.first]!.text;
  if (!FOUR_DIGITS.test(written)) return false;
  const year = Number(written);
  return year >= YEAR_SPAN.first && year <= YEAR_SPAN.last;
}

// --------------------------------------------------------------------------- the thing counted

function looksPlural(word: string): boolean {
  if (IRREGULAR_PLURALS.has(word)) return true;
  return word.length > 3 && word.endsWith('s') && !S_SINGULAR_ENDING.test(word) && !S_ENDING_SINGULARS.has(word);
}

/** A past participle or past tense ("killed", "fled"), which ends the noun phrase rather than naming the thing counted. */
function looksLikeVerb(word: string): boolean {
  return word.length > 3 && word.endsWith('ed') && !NON_VERB_ED.has(word);
}

/** "countries" -> "country"; "churches", "taxes", "classes" drop "es". */
const CONSONANT_IES = /[^aeiou]ies$/;
const SIBILANT_ES = /(?:ches|shes|xes|zzes|sses)$/;

/**
 * The singular of an English noun by the common suffix rules, irregular plurals from the lexicon.
 * Enough for the head noun of a count ("countries" -> "country", "gunmen" -> "gunman").
 */
function singular(word: string): string {
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length > 4 && word.endsWith('men')) return `${word.slice(0, -3)}man`;
  if (!word.endsWith('s') || word.length <= 3 || S_SINGULAR_ENDING.test(word) || S_ENDING_SINGULARS.has(word)) return word;
  if (word.length > 4 && CONSONANT_IES.test(word)) return `${word.slice(0, -3)}y`;
  if (SIBILANT_ES.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

function isPossessive(word: string): boolean {
  return word.endsWith("'s") || word.endsWith('\u2019s');
}

function isAcronym(token: Token): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase();
}

/**
 * The head noun of the phrase after an amount, singular: the first plural-looking word within a
 * few words ("2.5 million Syrian refugees" -> "refugee"), else the last word before the phrase
 * ends ("one military hospital" -> "hospital"); `''` when the amount names nothing ("300 were killed").
 * After a count of one (`single`), a plural-looking word is a verb ("one hospital remains") and ends the phrase.
 */
function countedThing(t: readonly Token[], k: number, single: boolean): string {
  let j = k;
  if (wordAt(t, j) === 'of' && !t[j]!.joined) {
    j += 1;
    if (OF_DETERMINERS.has(wordAt(t, j) ?? '')) j += 1;
    // "40,000 of the 300,000 residents" counts residents too.
    const whole = readAmount(t, j);
    if (whole !== undefined && whole.form !== 'fraction') j = whole.last + 1;
  }
  const phrase: string[] = [];
  while (phrase.length < MAX_NOUN_PHRASE_WORDS) {
    const token = t[j];
    if (token === undefined || token.kind !== 'word' || (token.joined && j > k)) break;
    // A hyphenated compound is one word, read by its last part ("Saudi-led"); "U.S." keeps its period.
    let end = j;
    while (hyphenatedWord(t, end) >= 0) end += 2;
    if (t[end + 1]?.text === '.' && t[end + 1]!.joined && t[end]!.text.includes('.')) end += 1;
    const head = t[end]!.kind === 'word' ? t[end]!.lower : t[end - 1]!.lower;
    if (end === j && !isAcronym(token) && (UNIT_STOP_WORDS.has(head) || isCalendarWord(token))) break;
    j = end + 1;
    if (UNIT_SKIP_WORDS.has(head) || isPossessive(head)) continue;
    // "a 6 billion euro deal" counts euros.
    if (CURRENCY_WORDS.has(singular(head))) return singular(head);
    if (looksPlural(head)) {
      if (!single) return singular(head);
      if (phrase.length > 0) break;
    }
    if (phrase.length > 0 && looksLikeVerb(head)) break;
    phrase.push(head);
  }
  while (phrase.length > 0 && looksLikeVerb(phrase[phrase.length - 1]!)) phrase.pop();
  const last = phrase[phrase.length - 1];
  return last === undefined ? '' : singular(last);
}

// --------------------------------------------------------------------------------- the reading

/**
 * Anything that can start an amount: a digit or a number word, whole-word, any case. The digit is
 * looked for on its own: V8 finds one alone much faster than as one alternative among the words.
 */
function hasNumberCue(text: string): boolean {
  return DIGIT.test(text) || NUMBER_WORD.test(text);
}

const DIGIT = /\d/;
const NUMBER_WORD = new RegExp(
  `\\b(?:${[...SMALL_NUMBERS.keys(), ...TENS.keys(), ...SCALES.keys(), 'dozen', ...FRACTIONS.keys(), ...VAGUE_MAGNITUDES.keys()].join('|')})\\b`,
  'i',
);

/** An amount as read, with what surrounds it, before the rules decide whether it is a quantity. */
interface Candidate {
  /** The first number read: the low end of a range, the part of a ratio. */
  core: Amount;
  /** The amount with its range or ratio. */
  amount: Amount;
  /** Token of the first digits or number word; `first` is earlier when a currency sign comes before them. */
  numberAt: number;
  first: number;
  /** Last token of the amount: percent sign, postfix bound or hyphenated word included. */
  last: number;
  /** The word before the amount ("in", "between", "from"). */
  lead: string | undefined;
  currency: string | undefined;
  /** What is written against the digits: a measurement unit, or a sign that they are a code. */
  suffix: { measure: string } | 'code' | undefined;
  /** A dash between a number and a smaller one ("won 3-1", "2015-16"). */
  score: boolean;
  /** The word joined by a hyphen ("nation" in "17-nation", "year" in "five-year"). */
  attached: string | undefined;
  prefix: { phrase: string; bound: Bound; first: number } | undefined;
  postfix: { phrase: string; bound: Bound; last: number } | undefined;
  /** "between 300 and 400". */
  between: boolean;
  unit: string;
}

/** Reads the amount starting at token `i` and what surrounds it; `undefined` when no amount starts there. */
function readCandidate(t: readonly Token[], i: number, floor: number): Candidate | undefined {
  const currency = t[i]!.kind === 'symbol' ? currencyAt(t, i) : undefined;
  if (t[i]!.kind === 'symbol' && currency === undefined) return undefined;
  const numberAt = currency === undefined ? i : i + 1;
  const first = currency?.first ?? i;
  const core = readAmount(t, numberAt);
  if (core === undefined) return undefined;

  const lead = wordAt(t, first - 1);
  const ratio = readRatio(t, core);
  const range = ratio === undefined && (core.form === 'digits' || core.form === 'words')
    ? readRange(t, core, lead, currency !== undefined)
    : undefined;
  const amount = ratio ?? (range === undefined || range === 'score' ? core : range);
  const between = amount !== core && lead === 'between' && first - 1 >= floor;

  let last = amount.last;
  let unit = currency?.code ?? (amount.form === 'fraction' || amount.form === 'ratio' ? 'percent' : '');
  const suffix = amount.form === 'digits' ? digitSuffix(t, last) : undefined;
  if (suffix !== undefined && suffix !== 'code') {
    unit ||= suffix.measure;
    last += 1;
  }
  const percent = unit === '' ? percentAfter(t, last) : undefined;
  if (percent !== undefined) {
    unit = percent.unit;
    last = percent.last;
  }
  // "300€"
  if (unit === '' && t[last + 1]?.joined && CURRENCY_SYMBOLS.has(t[last + 1]!.text)) {
    last += 1;
    unit = CURRENCY_SYMBOLS.get(t[last]!.text)!;
  }
  const postfix = boundAfter(t, last);
  if (postfix !== undefined) last = postfix.last;

  // "17-nation" names what it counts; "300-strong" leaves it to the words after.
  const attachedAt = hyphenatedWord(t, last);
  const attached = attachedAt < 0 ? undefined : t[attachedAt]!.lower;
  let countFrom = last + 1;
  if (attached !== undefined) {
    last = attachedAt;
    countFrom = attachedAt + 1;
    if (unit === '' && attached !== 'strong' && !looksLikeVerb(attached)) {
      unit = singular(attached);
      countFrom = -1;
    }
  }
  if (unit === '' && countFrom >= 0) {
    const thing = countedThing(t, countFrom, amount.low === 1 && amount.high === 1);
    unit = CURRENCY_WORDS.get(thing) ?? thing;
  }
  const prefix = between ? undefined : boundBefore(t, first, floor);
  return {
    core, amount, numberAt, first, last, lead, currency: currency?.code, suffix, score: range === 'score', attached,
    prefix, postfix, between, unit,
  };
}

function isMoneyOrShare(c: Candidate): boolean {
  return c.currency !== undefined || c.unit === 'percent' || c.unit === 'percentage point';
}

/** "G20", "F-16", "COVID-19", "7Fl", "2nd", "1990s", "10pm", "10:30", "11/02/2016", telephone numbers. */
function isCode(t: readonly Token[], c: Candidate): boolean {
  return c.core.form === 'digits' &&
    (joinedToCode(t, c.numberAt) || c.suffix === 'code' || isPhoneOrCode(t, c.numberAt, c.amount.last));
}

/** "won 3-1", "a 50-50 chance", "the 2015-16 season". */
function isScore(_: readonly Token[], c: Candidate): boolean {
  return c.score;
}

/**
 * "in 2016", "2011", "the 2016 elections", "2011-2016": a year. Only a plural noun right after,
 * with no year word before ("killed 1500 civilians"), makes a bare four-digit number a count.
 */
function isYear(t: readonly Token[], c: Candidate): boolean {
  if (isMoneyOrShare(c) || !isYearLike(t, c.amount)) return false;
  const after = t[c.last + 1];
  const counted = c.lead !== undefined && !YEAR_LEADS.has(c.lead) && !isPossessive(c.lead) && after?.kind === 'word' && !after.joined &&
    looksPlural(after.lower) && !TIME_UNITS.has(singular(after.lower));
  return !counted;
}

/** "March 1", "Feb. 25", "1 March", "February 12-14": a day of the month. */
function isDayOfMonth(t: readonly Token[], c: Candidate): boolean {
  const { amount } = c;
  if (isMoneyOrShare(c) || amount.form !== 'digits' || amount.scale !== 1 || !Number.isInteger(amount.low) || amount.low < 1 || amount.high > 31) {
    return false;
  }
  let before = c.first - 1;
  if (t[before]?.text === '.' && t[before]!.joined) before -= 1;
  return isMonthName(t[before]) || isMonthName(t[c.last + 1]);
}

/** "10 p.m.", "six o'clock", "0800 GMT": a time of day. */
function isClockTime(t: readonly Token[], c: Candidate): boolean {
  const word = wordAt(t, nextWord(t, c.last));
  return word !== undefined && CLOCK_WORDS.has(word);
}

/** "No. 10", "page 4", "Resolution 2254", "aged 40", "Flight 17": a name or a reference. */
function isReference(t: readonly Token[], c: Candidate): boolean {
  if (isMoneyOrShare(c)) return false;
  let before = c.first - 1;
  let abbreviated = false;
  if (t[before]?.text === '.' && t[before]!.joined) {
    before -= 1;
    abbreviated = true;
  }
  const word = t[before];
  if (word?.kind !== 'word') return false;
  if (REFERENCE_WORDS.has(word.lower)) return true;
  if (c.core.form !== 'digits') return false;
  // "No. 10" abbreviates; "said no. 5" is the word, so only the capitalized form counts.
  if (abbreviated) return NUMBER_ABBREVIATIONS.has(word.lower) && (!word.lower.startsWith('no') || word.text.startsWith('N'));
  // A name before plain digits: "Resolution 2254", "Boeing 737". A count has separators
  // ("Aleppo 51,000") or names what it counts ("In Aleppo 300 people").
  const follower = t[c.amount.last + 1];
  const counts = follower?.kind === 'word' && !follower.joined && looksPlural(follower.lower);
  if (c.amount.scale !== 1 || before === 0 || counts || !PLAIN_INTEGER.test(t[c.numberAt]!.text)) return false;
  // "Standard & Poor's 500 Index": after a possessive, a name must go on past the digits.
  return isNameWord(word) || (isPossessive(word.lower) && UPPER_FIRST.test(word.text) && follower?.kind === 'word' && UPPER_FIRST.test(follower.text));
}

function isNameWord(token: Token): boolean {
  const lower = token.lower;
  return UPPER_FIRST.test(token.text) && !UNIT_STOP_WORDS.has(lower) && !BOUND_WORDS.has(lower) &&
    !isCalendarWord(token) && !isPossessive(lower);
}

/** "three weeks", "five-year war", "48 hours", "a 40-year-old": durations, read by the time extractor. */
function isDuration(_: readonly Token[], c: Candidate): boolean {
  return (c.attached !== undefined && TIME_UNITS.has(singular(c.attached))) || TIME_UNITS.has(c.unit);
}

/** "for a third time", "in half": a share with neither "of" nor a bound is no amount. */
function isBareShare(_: readonly Token[], c: Candidate): boolean {
  return c.amount.bare === true && c.prefix === undefined && c.postfix === undefined;
}

/** "One said", "one of the", "no one", "one-sided": "one" as a pronoun or in an idiom, not a count. */
function isPronounOne(t: readonly Token[], c: Candidate): boolean {
  const { amount } = c;
  if (amount !== c.core || c.prefix !== undefined || c.postfix !== undefined) return false;
  if (amount.form !== 'words' || amount.first !== amount.last || t[amount.first]!.lower !== 'one') return false;
  if (c.attached !== undefined) return true;
  const follower = wordAt(t, nextWord(t, amount.last));
  return c.unit === '' || (c.lead !== undefined && ONE_PRONOUN_LEADS.has(c.lead)) ||
    (follower !== undefined && ONE_PRONOUN_FOLLOWERS.has(follower));
}

/**
 * Readings that are not quantities. Codes and scores go first: they are decided by how the digits
 * are written, whatever the words around them; the readings of whole amounts follow.
 */
const NOT_QUANTITIES: ReadonlyArray<(t: readonly Token[], c: Candidate) => boolean> = [
  isCode, isScore, isYear, isDayOfMonth, isClockTime, isReference, isDuration, isBareShare, isPronounOne,
];

function isRuledOut(t: readonly Token[], c: Candidate): boolean {
  for (const rule of NOT_QUANTITIES) if (rule(t, c)) return true;
  return false;
}

function interval(amount: Amount, bound: Bound | undefined): { low: number; high: number | null; approx: boolean } {
  const { low, high, approx } = amount;
  switch (bound) {
    case undefined:
      return { low, high, approx };
    case 'atLeast':
      return { low, high: null, approx };
    case 'atMost':
      return { low: 0, high, approx };
    case 'nearly':
      return { low: tidy(low * (1 - APPROXIMATION_MARGIN)), high, approx: true };
    case 'justOver':
      return { low, high: tidy(high * (1 + APPROXIMATION_MARGIN)), approx: true };
    case 'around':
      return { low: tidy(low * (1 - APPROXIMATION_MARGIN)), high: tidy(high * (1 + APPROXIMATION_MARGIN)), approx: true };
  }
}

function toQuantity(text: string, t: readonly Token[], c: Candidate): Quantity {
  const start = t[c.between ? c.first - 1 : c.prefix?.first ?? c.first]!.start;
  const end = t[c.last]!.end;
  const modifier = c.between ? 'between' : c.prefix?.phrase ?? c.postfix?.phrase;
  return {
    start,
    end,
    text: text.slice(start, end),
    value: c.amount.value,
    ...interval(c.amount, c.prefix?.bound ?? c.postfix?.bound),
    unit: c.unit,
    ...(modifier === undefined ? {} : { modifier }),
  };
}

/**
 * Finds the quantities in a sentence: amounts written in digits or words, with their bounds
 * ("more than", "nearly", "between ... and"), ranges, percentages, currencies and the thing they
 * count. Years, dates, times of day, durations, ordinals, "one" as a pronoun and numbers inside
 * names and codes are left out. Offsets are relative to `text`.
 *
 * @example
 * findQuantities('More than 51,000 Syrians fled to Jordan.');
 * // [{ text: 'More than 51,000', value: 51000, low: 51000, high: null, approx: false,
 * //    unit: 'syrian', modifier: 'more than', start: 0, end: 16 }]
 * findQuantities('Tens of thousands of civilians remain, the U.N. said in 2016.');
 * // [{ text: 'Tens of thousands', value: 10000, low: 20000, high: 99999, approx: true, unit: 'civilian', ... }]
 */
export function findQuantities(text: string): Quantity[] {
  if (!hasNumberCue(text)) return [];
  const tokens = quantityTokens(text);
  const found: Quantity[] = [];
  let floor = 0;
  for (let i = 0; i < tokens.length; ) {
    const candidate = readCandidate(tokens, i, floor);
    if (candidate === undefined) {
      i += 1;
      continue;
    }
    if (isRuledOut(tokens, candidate)) {
      // Go on after the first number, and after anything written against its digits ("F-16,").
      const { core } = candidate;
      i = Math.max(i + 1, core.form === 'digits' ? endOfJoinedRun(tokens, core.last) : core.last + 1);
    } else {
      found.push(toQuantity(text, tokens, candidate));
      i = candidate.last + 1;
    }
    floor = i;
  }
  return found;
}
