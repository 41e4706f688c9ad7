/**
 * RTE2 pairs with a hand-negated hypothesis (de Marneffe, Rafferty & Manning 2008): YES when the
 * negated hypothesis contradicts the text. See `data/stanford-contradiction/SOURCE.md`.
 */
import { join } from 'node:path';
import { attribute, childText, oneOf, parseXmlPairs, readText } from './parse.js';

/** One text / negated-hypothesis pair. */
export interface RteNegatedPair {
  id: string;
  /** News text, often several sentences. */
  text: string;
  /** One short sentence containing a negation. */
  hypothesis: string;
  /** `contradiction="YES"`: the hypothesis contradicts the text. */
  contradiction: boolean;
}

/** Reads `data/stanford-contradiction/rte2-negated.xml`. */
export function readRteNegated(dataDir: string): RteNegatedPair[] {
  const where = 'rte2-negated.xml';
  const xml = readText(join(dataDir, 'data', 'stanford-contradiction', where), 'the RTE2 negated pairs');
  return parseXmlPairs(xml, where).map((pair) => ({
    id: attribute(pair, 'id', where),
    text: childText(pair, 't', where),
    hypothesis: childText(pair, 'h', where),
    contradiction: oneOf(attribute(pair, 'contradiction', where), ['YES', 'NO'] as const, where) === 'YES',
  }));
}
