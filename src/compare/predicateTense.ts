import { IRREGULAR_VERB_BASES } from '../lexicon/irregularVerbs.js';
import { FUTURE_AUXILIARIES, PAST_AUXILIARIES, PRESENT_AUXILIARIES } from '../lexicon/tense.js';
import type { Token } from '../text/tokenize.js';

/** When a predicate holds, as its auxiliaries (or its own ending) say. */
export type Tense = 'future' | 'past' | 'present';

/** Tokens before a predicate searched for its auxiliary: "will **not** even be asked", "is the **deepest**". */
const AUXILIARY_REACH = 4;

/**
 * The tense of the predicate at `tokens[index]`: the first auxiliary before it in its clause
 * decides ("**will** return", "**has** been returned", "**is** returned"), and an infinitive is a
 * future ("**is going to** return", "**to** return"); with none, its own form ("returned", "fled" are past; "returns",
 * "member" are present). "be", "been", "being" carry no tense and are passed over. `clauseStarts(k)`
 * tells whether a new clause opens at token k, where the search stops.
 *
 * @example
 * tenseAt(tokenize('The rebels will return to the talks.'), 3, () => false); // 'future'
 * tenseAt(tokenize('The rebels returned to the talks.'), 2, () => false); // 'past'
 * tenseAt(tokenize('The lake is the deepest in the country.'), 4, () => false); // 'present'
 */
export function tenseAt(tokens: readonly Token[], index: number, clauseStarts: (k: number) => boolean): Tense {
  for (let k = index - 1; k >= 0 && k >= index - AUXILIARY_REACH; k--) {
    const word = tokens[k]!.lower;
    if (isFutureAuxiliary(word)) return 'future';
    // An infinitive speaks of what is to come: "is (going, set) to return", a headline's "Bale to
    // play Jobs", a purpose ("used drones to map the coast").
    if (word === 'to' && k === index - 1) return 'future';
    if (PAST_AUXILIARIES.has(word) || PAST_AUXILIARIES.has(contracted(word))) return 'past';
    if (PRESENT_AUXILIARIES.has(word) || PRESENT_AUXILIARIES.has(contracted(word))) return 'present';
    if (clauseStarts(k)) break;
  }
  return isPastForm(tokens[index]!.lower) ? 'past' : 'present';
}

/**
 * Whether the negation cue at `tokens[cueIndex]` negates a future: "will not", "won't", "will
 * never", "shall not", "is not going to", and, for a cue that opens the subject, "no one **will**".
 *
 * @example
 * negatesFuture(tokenize('The rebels will not return.'), 2); // true
 * negatesFuture(tokenize('The rebels did not return.'), 2); // false
 */
export function negatesFuture(tokens: readonly Token[], cueIndex: number, verbIndex?: number): boolean {
  const cue = tokens[cueIndex]!.lower;
  if (cue === "won't" || cue === "shan't" || cue === "wouldn't") return true;
  const before = tokens[cueIndex - 1]?.lower;
  if (before !== undefined && isFutureAuxiliary(before)) return true;
  // "will also not", "will still never".
  const twoBefore = tokens[cueIndex - 2]?.lower;
  if (twoBefore !== undefined && isFutureAuxiliary(twoBefore) && before !== undefined && /ly$|^(?:also|still|now|then|ever)$/.test(before)) return true;
  if (tokens[cueIndex + 1]?.lower === 'going' && tokens[cueIndex + 2]?.lower === 'to') return true;
  return verbIndex !== undefined && isFutureAuxiliary(tokens[verbIndex]!.lower);
}

/**
 * Whether a claim speaks of the future anywhere: a future auxiliary ("will", "would", "'ll") or
 * an infinitive ("going to", "set to", a headline's "Bale to play Jobs").
 *
 * @example
 * speaksOfFuture(tokenize('Talks are set to resume in May.')); // true
 */
export function speaksOfFuture(tokens: readonly Token[]): boolean {
  return tokens.some((t) => isFutureAuxiliary(t.lower) || t.lower === 'to');
}

function isFutureAuxiliary(word: string): boolean {
  return FUTURE_AUXILIARIES.has(word) || word.endsWith("'ll") || word === "won't" || word === "shan't" || word === "wouldn't";
}

/** "hasn't" -> "has", "didn't" -> "did" (the auxiliary of a contracted negation). */
function contracted(word: string): string {
  return word.endsWith("n't") ? word.slice(0, -3) : word;
}

/**
 * A past tense or participle: a regular "-ed" or an irregular form that is not also the base
 * ("fled", not "put").
 *
 * @example
 * isPastForm('signed'); // true
 * isPastForm('member'); // false
 */
export function isPastForm(word: string): boolean {
  if (/[a-z]{2}ed$/.test(word)) return true;
  const base = IRREGULAR_VERB_BASES.get(word);
  return base !== undefined && base !== word;
}
