import { isNegationToken, NON_NEGATING } from '../lexicon/negation.js';
import type { Statement } from '../extract/statement.js';
import { tokenize, type Token } from '../text/tokenize.js';
import { wordDifference } from '../text/wordDistance.js';

/** At most this many words may differ besides the negation: the two claims are one sentence, edited. */
const MAX_OTHER_DIFFERENCES = 2;
/** And they must be this long at least, so that the shared words say it is the same clause. */
const MIN_WORDS = 5;
/** Longer claims are not aligned word by word (the alignment is quadratic in their length). */
export const MAX_ALIGNED_WORDS = 120;

/** A negation one claim has and the other, word for word the same around it, does not. */
export interface InsertedNegation {
  /** The claim with the negation, and its cue (offsets relative to that claim's text). */
  negated: Statement;
  cue: Token;
  /** The other claim, and the word the negation stands before in it (offsets relative to its claim's text). */
  plain: Statement;
  word: Token;
  /** Whether the cue replaces `word` ("wasn't" for "was") rather than standing before it. */
  replaces: boolean;
}

/**
 * A negation in one claim that the other lacks, the two claims being otherwise (nearly) the same
 * words: "who was **not** from the island" / "who was from the island", "wasn't" / "was". Found
 * anywhere in the claim, subordinate clauses included: when one outlet's sentence is the other's
 * with a "not" added, the clause it sits in is contradicted whatever its rank.
 *
 * @example
 * insertedNegation(read('The ferry runs until the bridge is not repaired.'), read('The ferry runs until the bridge is repaired.'));
 * // { negated: <first>, cue: 'not', plain: <second>, word: 'repaired' }
 */
export function insertedNegation(a: Statement, b: Statement): InsertedNegation | undefined {
  const tokensA = tokenize(a.claim.text);
  const tokensB = tokenize(b.claim.text);
  if (Math.min(tokensA.length, tokensB.length) < MIN_WORDS || Math.max(tokensA.length, tokensB.length) > MAX_ALIGNED_WORDS) return undefined;
  const wordsA = tokensA.map((t) => t.lower);
  const wordsB = tokensB.map((t) => t.lower);
  const difference = wordDifference(wordsA, wordsB);
  const differing = (ranges: Array<[number, number]>) => ranges.reduce((n, [from, to]) => n + to - from, 0);
  if (differing(difference.a) + differing(difference.b) > MAX_OTHER_DIFFERENCES + 2) return undefined;
  for (const [side, other] of [
    [0, 1],
    [1, 0],
  ] as const) {
    const [statement, tokens, ranges] = side === 0 ? [a, tokensA, difference.a] : [b, tokensB, difference.b];
    const [plain, plainTokens, plainRanges] = other === 0 ? [a, tokensA, difference.a] : [b, tokensB, difference.b];
    for (const [from, to] of ranges) {
      // The cue alone, or after the "do" it needs ("if sales do not fall" / "if sales fall").
      const supported = to - from === 2 && DO_SUPPORT.has(tokens[from]!.lower);
      if (to - from !== 1 && !supported) continue;
      const cue = tokens[to - 1]!;
      if (!negates(statement.claim.text, cue)) continue;
      // The words on either side of the cue must be the other's: a pure insertion ("was not from" /
      // "was from"), or a contraction ("wasn't" / "was") replacing one word.
      const contracted = cue.lower.endsWith("n't") ? cue.lower.slice(0, -3) : undefined;
      const replaced = plainRanges.find(([x, y]) => y - x === 1 && contracted !== undefined && isContractionOf(plainTokens[x]!.lower, contracted));
      if (contracted !== undefined && !replaced) continue;
      const next = replaced ? replaced[0] : alignedIndex(tokens, plainTokens, to, to - from);
      const word = plainTokens[next];
      if (!word) continue;
      // Every other difference is small: the rest is the same sentence.
      const others = differing(ranges) - (to - from) + differing(plainRanges) - (replaced ? 1 : 0);
      if (others > MAX_OTHER_DIFFERENCES) continue;
      return { negated: statement, cue, plain, word, replaces: replaced !== undefined };
    }
  }
  return undefined;
}

/** The auxiliary "not" needs where the other sentence has none ("do not fall" / "fall"). */
const DO_SUPPORT: ReadonlySet<string> = new Set(['do', 'does', 'did']);

/** A negation cue that negates ("not", "never", "no", "wasn't"), not a fixed phrase ("not only", "no doubt") or "without". */
function negates(text: string, cue: Token): boolean {
  if (!isNegationToken(cue.lower) || cue.lower === 'without' || cue.lower === 'nor') return false;
  const rest = text.slice(cue.start, cue.start + 24).toLowerCase();
  return !NON_NEGATING.some((phrase) => rest.startsWith(phrase));
}

/** "was" for "wasn't", "do" for "don't", "can" for "can't", "will" for "won't". */
function isContractionOf(word: string, stem: string): boolean {
  return word === stem || (stem === 'wo' && word === 'will') || (stem === 'ca' && word === 'can') || (stem === 'sha' && word === 'shall');
}

/** The index in `other` of the word matching `tokens[index]` (the word after the inserted cue), found by the longest run of shared words before the cue. */
function alignedIndex(tokens: readonly Token[], other: readonly Token[], index: number, inserted: number): number {
  const word = tokens[index]?.lower;
  if (word === undefined) return -1;
  let best = -1;
  let bestRun = -1;
  for (let k = 0; k < other.length; k++) {
    if (other[k]!.lower !== word) continue;
    let run = 0;
    // Skip the inserted words themselves when comparing what comes before.
    const before = index - inserted - 1;
    while (before - run >= 0 && k - 1 - run >= 0 && tokens[before - run]!.lower === other[k - 1 - run]!.lower) run++;
    if (run > bestRun) {
      best = k;
      bestRun = run;
    }
  }
  return best;
}
