import { negatesHere } from '../extract/polarity.js';
import type { Statement } from '../extract/statement.js';
import type { Token } from '../text/tokenize.js';
import { alignNearVerbatim } from '../text/wordAlignment.js';

/** At most this many words may differ besides the negation: the two claims are one sentence, edited. */
const MAX_OTHER_DIFFERENCES = 2;
/** And they must be this long at least, so that the shared words say it is the same clause. */
const MIN_WORDS = 5;

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
  const alignment = alignNearVerbatim(a.claim.text, b.claim.text, MIN_WORDS, MAX_OTHER_DIFFERENCES + 2);
  if (!alignment) return undefined;
  const { tokensA, tokensB, edits, changed } = alignment;
  for (const edit of edits) {
    const widthA = edit.a[1] - edit.a[0];
    const widthB = edit.b[1] - edit.b[0];
    if (changed - Math.max(widthA, widthB) > MAX_OTHER_DIFFERENCES) continue;
    for (const [statement, tokens, mine, plain, plainTokens, theirs] of [
      [a, tokensA, edit.a, b, tokensB, edit.b],
      [b, tokensB, edit.b, a, tokensA, edit.a],
    ] as const) {
      const width = mine[1] - mine[0];
      const cue = tokens[mine[1] - 1];
      if (!cue || !negatesHere(statement.claim.text, cue)) continue;
      // Inserted: "was not from" / "was from", or with the "do" it needs ("do not fall" / "fall").
      const inserted = theirs[1] === theirs[0] && (width === 1 || (width === 2 && DO_SUPPORT.has(tokens[mine[0]]!.lower)));
      // Contracted: "wasn't" / "was".
      const contracted = width === 1 && theirs[1] - theirs[0] === 1 && cue.lower.endsWith("n't") && isContractionOf(plainTokens[theirs[0]]!.lower, cue.lower.slice(0, -3));
      if (!inserted && !contracted) continue;
      const word = plainTokens[theirs[0]];
      if (!word) continue;
      return { negated: statement, cue, plain, word, replaces: contracted };
    }
  }
  return undefined;
}

/** The auxiliary "not" needs where the other sentence has none ("do not fall" / "fall"). */
const DO_SUPPORT: ReadonlySet<string> = new Set(['do', 'does', 'did']);

/** "was" for "wasn't", "do" for "don't", "can" for "can't", "will" for "won't". */
function isContractionOf(word: string, stem: string): boolean {
  return word === stem || (stem === 'wo' && word === 'will') || (stem === 'ca' && word === 'can') || (stem === 'sha' && word === 'shall');
}
