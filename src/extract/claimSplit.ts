import { FRAMING_PARTICIPLES, reportingVerbForms } from '../lexicon/reportingVerbs.js';
import type { Span } from '../text/span.js';

/**
 * Where a sentence joins separate claims: a semicolon, or a comma followed by a contrastive or
 * concurrent conjunction ("X, but Y", "X, while Y"). Plain "and" is not a split point: it joins
 * objects and verbs far more often than whole claims, and a wrong split loses the claim's subject
 * (it is one before a second finite verb phrase: see {@link VERB_PHRASE_JUNCTURE}).
 */
const JUNCTURE = /;\s+|,\s+(?:but|while|whereas|although|though|yet)\s+|(?<!\s)\s+\u2014\s+(?:but|while)\s+|,\s+(?=\p{Ll}+ing\s)/giu;

/**
 * "and" or "but" before a finite auxiliary ("Moscow had sent proposals and was waiting for an
 * answer", "The suspect was arrested but has not been charged"): a second verb phrase of the same
 * subject, a claim of its own. With no subject between the conjunction and the auxiliary, it
 * cannot open a clause of its own, and a noun phrase never starts with an auxiliary. Lower case
 * only ("and Will Smith" is a name). Inside a relative clause ("a group that opposes X and is
 * backed by Y") the verb phrase belongs to the relative's noun, not to the sentence's subject:
 * see {@link opensRelative}.
 */
const VERB_PHRASE_JUNCTURE = new RegExp(String.raw`(?<![\s,]),?\s+(?:and|but)\s+(?=${auxiliaryWord()})`, 'gu');

/** An auxiliary opening a claim split off by {@link VERB_PHRASE_JUNCTURE}: the claim has no subject of its own. */
const OPENING_AUXILIARY = new RegExp(String.raw`^(?:${auxiliaryWord()})`, 'u');

/** A finite auxiliary, negated or not, and the space after it (a pattern's source). */
function auxiliaryWord(): string {
  return String.raw`(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|did|does)(?:n't)?\s|(?:isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|wouldn't|couldn't|can't|cannot|mustn't|shouldn't|didn't|doesn't)\s`;
}

/**
 * Whether a claim opens with a finite auxiliary, as a second verb phrase split off after "and" or
 * "but" does ("was waiting for an answer"): its subject, and its source, are the claim's before it.
 *
 * @example
 * opensWithVerbPhrase('was waiting for an answer from the allies'); // true
 */
export function opensWithVerbPhrase(claim: string): boolean {
  return OPENING_AUXILIARY.test(claim);
}

/** "but is it a hoax?", "and were they warned": an auxiliary before its subject pronoun asks a question, it adds no claim. */
function asksQuestion(right: string): boolean {
  return /^\S+\s+(?:i|you|he|she|it|we|they|there)\b/iu.test(right) || /\?["')\]]*\s*$/u.test(right);
}

/** Relative pronouns: a verb phrase after one belongs to the noun before it. */
const RELATIVE = /\b(?:who|whom|whose|which)\b/iu;
/** Forms of the reporting verbs ("said", "believes"): a "that" shortly after one introduces the claim. */
const REPORTING_FORMS = reportingVerbForms();

/**
 * Whether a verb phrase after "and" at the end of `left` may belong to a relative clause: `left`
 * holds a relative pronoun, or a "that" not within four words after a reporting verb ("said on
 * Thursday that" introduces the claim; "a truce that" opens a relative clause). A comma before
 * "and" closes a clause opened by "that" ("talks that failed in May, and is set to ..."): a
 * restrictive relative clause takes no comma.
 */
function opensRelative(left: string, comma: boolean): boolean {
  if (RELATIVE.test(left)) return true;
  if (comma) return false;
  const words = left.toLowerCase().split(/[^\p{L}']+/u);
  for (let i = 0; i < words.length; i++) {
    if (words[i] !== 'that') continue;
    let framed = false;
    for (let k = Math.max(0, i - 4); k < i && !framed; k++) framed = REPORTING_FORMS.has(words[k]!);
    if (!framed) return true;
  }
  return false;
}

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
  const clauses = junctures.length;
  VERB_PHRASE_JUNCTURE.lastIndex = 0;
  for (let m = VERB_PHRASE_JUNCTURE.exec(sentence); m !== null; m = VERB_PHRASE_JUNCTURE.exec(sentence)) junctures.push(m);
  // (sorted by position, a clause juncture before a verb phrase one at the same place)
  const verbPhrases = junctures.length > clauses ? new Set(junctures.slice(clauses)) : undefined;
  if (verbPhrases) junctures.sort((a, b) => a.index - b.index || (verbPhrases.has(a) ? 1 : 0) - (verbPhrases.has(b) ? 1 : 0));
  for (const m of junctures) {
    const at = m.index;
    if (masked(at) || insideParentheses(sentence, at)) continue;
    const left = sentence.slice(start, at);
    const rightStart = at + m[0].length;
    if (m[0].trim() === ',' && !closesSentence(sentence, rightStart)) continue;
    const right = sentence.slice(rightStart);  // the conjunction itself belongs to neither claim
    if (verbPhrases?.has(m) && (opensRelative(left, m[0][0] === ',') || asksQuestion(right))) continue;
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
