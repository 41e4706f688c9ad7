import {
  AMBIGUOUS_ABBREVIATIONS,
  MONTH_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_STARTERS,
  TITLE_ABBREVIATIONS,
} from '../lexicon/abbreviations.js';

/**
 * A candidate end of sentence: terminal punctuation, any closing quotes or brackets, white space,
 * then (after opening quotes or brackets) the first character of the next sentence. It starts
 * where a run of terminal punctuation starts, so a long run is not read again from each of its
 * characters (which takes time in the square of its length).
 */
const CANDIDATE = /(?<![.!?\u2026])([.!?\u2026]+)(["')\]]*)(\s+)(["'([]*)(\S)/g;

/** `Kerry said`, `he added`, `said Grand`: a speech tag that continues the sentence after a closing quote. */
const SPEECH_TAG =
  /^(?:(?:[A-Z][\w.'-]*\s+){1,4}(?:said|says|asked|asks|added|adds|told|tells|wrote|writes|replied|insisted|stressed|noted|warned|explained|declared|continued)\b|(?:said|says|asked|added|told|wrote|replied)\s+[A-Z])/;

/** A speech tag with its verb first (`said Grand`). */
const INVERTED_TAG = /^(?:said|says|asked|added|told|wrote|replied)\s+[A-Z]/;

const LETTER = /\p{L}/u;
const WHITE_SPACE = /\s/;
const UPPER = /\p{Lu}/u;
const DIGIT = /\d/;

/**
 * Where sentences start inside one line of normalized text: offsets (relative to the line) of the
 * first character of every sentence after the first. Abbreviations are matched on whole words,
 * decimals and thousands never split (no space follows their period), an ellipsis before a
 * lower-case word does not split, and quotes holding several sentences are split inside.
 *
 * @example
 * sentenceStarts('Talks resume by Feb. 25. U.S. officials agree.'); // [25]
 */
export function sentenceStarts(line: string): number[] {
  const starts: number[] = [];
  // The module's pattern object: its `lastIndex` is set here, and no call nests in another.
  const candidate = CANDIDATE;
  candidate.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = candidate.exec(line)) !== null) {
    const [, terminator = '', closers = '', space = '', openers = '', next = ''] = m;
    const nextSentence = m.index + terminator.length + closers.length + space.length;
    // Let the next search start at the following character so overlapping candidates are seen.
    candidate.lastIndex = nextSentence;
    if (isBoundary(line, m.index, terminator, closers, openers, next, nextSentence + openers.length)) {
      starts.push(nextSentence);
    }
  }
  return starts;
}

function isBoundary(
  line: string,
  at: number,
  terminator: string,
  closers: string,
  openers: string,
  next: string,
  nextWordAt: number,
): boolean {
  const startsUpper = UPPER.test(next);
  const startsDigit = DIGIT.test(next);
  if (!startsUpper && !startsDigit) return false;
  const rest = line.slice(nextWordAt);
  // A tag after a quotation closed by "?" or "!" continues its sentence ('"Why?" Kerry asked');
  // after one closed by a period, a name and a verb open the next ('"... offend." Kerry said: "...'),
  // and only an inverted tag ('"We won." said Kerry') goes on.
  if (closers && /["']/.test(closers) && SPEECH_TAG.test(rest) && (terminator !== '.' || INVERTED_TAG.test(rest))) return false;
  if (terminator !== '.' || closers) return true;

  const word = wordBefore(line, at);
  const key = word.toLowerCase();
  const nextWord = /^[\p{L}\p{N}'-]+/u.exec(rest)?.[0] ?? '';
  if (TITLE_ABBREVIATIONS.has(key)) return false;
  // "No. 5" is the abbreviation, "said no. 5 people" the word: only the capitalized form abbreviates.
  const numberAbbreviation = NUMBER_ABBREVIATIONS.has(key) && (key !== 'no' && key !== 'nos' ? true : /^N/.test(word));
  if ((numberAbbreviation || MONTH_ABBREVIATIONS.has(key)) && startsDigit) return false;
  if (MONTH_ABBREVIATIONS.has(key) && /^[A-Z]/.test(word) && !SENTENCE_STARTERS.has(nextWord)) return false;
  if (isAmbiguous(word, key)) return SENTENCE_STARTERS.has(nextWord) || (startsDigit && !/^[A-Z]$/.test(word));
  return true;
}

/** Ambiguous: a listed abbreviation, an acronym with periods (`U.S`, `a.m`), or a single initial (`F`). */
function isAmbiguous(word: string, key: string): boolean {
  return AMBIGUOUS_ABBREVIATIONS.has(key) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || /^\p{Lu}$/u.test(word);
}

/** The word that ends at `at` (the period's index), without leading punctuation. */
function wordBefore(line: string, at: number): string {
  let i = at;
  while (i > 0 && !isWhiteSpace(line.charCodeAt(i - 1))) i--;
  const raw = line.slice(i, at);
  const trimmed = raw.replace(/^[^\p{L}\p{N}]+/u, '');
  return LETTER.test(trimmed) ? trimmed : raw;
}

/** `/\s/` on one UTF-16 unit, answered without the regular expression for ASCII. */
function isWhiteSpace(unit: number): boolean {
  if (unit < 128) return unit === 32 || (unit >= 9 && unit <= 13);
  return WHITE_SPACE.test(String.fromCharCode(unit));
}
