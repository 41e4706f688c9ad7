import { FRAMING_PARTICIPLES } from '../lexicon/reportingVerbs.js';
import type { Span } from '../text/span.js';

/**
 * Where a sentence joins separate claims: a semicolon, or a comma followed by a contrastive or
 * concurrent conjunction ("X, but Y", "X, while Y"). Plain "and" is not a split point: it joins
 * objects and verbs far more often than whole claims, and a wrong split loses the claim's subject.
 */
const JUNCTURE = /;\s+|,\s+(?:but|while|whereas|although|though|yet)\s+|(?<!\s)\s+\u2014\s+(?:but|while)\s+|,\s+(?=\p{Ll}+ing\s)/giu;

/**
 * A participle clause closing a sentence is a claim of its own ("..., giving Russia three more
 * weeks", "..., leaving the city surrounded"). These -ing words never split: prepositions and
 * nouns that open adjuncts, and reporting participles ("..., saying it was ready"), which frame
 * the claim and are read with it.
 */
const NOT_PARTICIPLES = new Set([
  ...FRAMING_PARTICIPLES, 'telling',
  'explaining', 'accusing', 'asking', 'urging', 'calling', 'denying', 'citing', 'quoting', 'describing',
  'including', 'according', 'regarding', 'concerning', 'following', 'pending', 'excluding', 'during',
  'notwithstanding', 'considering', 'barring', 'starting', 'beginning', 'ending', 'nothing', 'something',
  'anything', 'everything', 'morning', 'evening', 'thing', 'king', 'spring', 'string', 'wing', 'ring', 'sing',
]);

/** A claim needs a few words of its own; shorter pieces stay with their neighbour. */
const MIN_WORDS = 4;

/**
 * Splits a sentence into the spans of the claims it joins. Junctures inside quotations or
 * parentheses (as given by `masked`) are ignored: a quote is one claim of its speaker.
 *
 * @example
 * splitClaims('Russia proposed a truce, officials say, but Washington believes it buys time.');
 * // [{ start: 0, end: 38 }, { start: 44, end: 77 }]: the second span starts at "Washington"
 */
export function splitClaims(sentence: string, masked: (at: number) => boolean = () => false): Span[] {
  const parts: Span[] = [];
  let start = 0;
  // The module's pattern itself, from `lastIndex` 0 (`matchAll` would copy it for every sentence).
  const junctures: RegExpExecArray[] = [];
  JUNCTURE.lastIndex = 0;
  for (let m = JUNCTURE.exec(sentence); m !== null; m = JUNCTURE.exec(sentence)) junctures.push(m);
  for (const m of junctures) {
    const at = m.index;
    if (masked(at) || insideParentheses(sentence, at)) continue;
    const left = sentence.slice(start, at);
    const rightStart = at + m[0].length;
    if (m[0].trim() === ',' && !closesSentence(sentence, rightStart)) continue;
    const right = sentence.slice(rightStart);  // the conjunction itself belongs to neither claim
    if (wordCount(left) < MIN_WORDS || wordCount(right) < MIN_WORDS) continue;
    parts.push({ start, end: at });
    start = rightStart;
  }
  parts.push({ start, end: trimEnd(sentence, sentence.length) });
  return parts.map((p) => ({ start: p.start, end: trimEnd(sentence, p.end) })).filter((p) => p.end > p.start);
}

/** A participle clause that runs to the end of the sentence (no comma resumes the main clause after it). */
function closesSentence(sentence: string, at: number): boolean {
  const word = /^\p{Ll}+/u.exec(sentence.slice(at))?.[0] ?? '';
  return !NOT_PARTICIPLES.has(word) && !/,\s/.test(sentence.slice(at));
}

function insideParentheses(sentence: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i++) {
    const c = sentence[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
  }
  return depth > 0;
}

function trimEnd(sentence: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s,;]/.test(sentence[e - 1]!)) e--;
  return e;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
