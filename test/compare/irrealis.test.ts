/**
 * Predicates a sentence does not assert: wanted, tried, asked for, possible, conditional or only
 * charged. A negation of such a predicate does not deny the sentence.
 */
import { describe, expect, it } from 'vitest';
import { irrealisAt, type IrrealisMarker } from '../../src/compare/irrealis.js';
import { tokenize } from '../../src/text/tokenize.js';

/** Opens a clause at punctuation or at a subordinator (a small stand-in for the scope reader's test). */
function clauseStartsIn(sentence: string) {
  const tokens = tokenize(sentence);
  return (k: number) => k > 0 && (/[,;:]/.test(sentence.slice(tokens[k - 1]!.end, tokens[k]!.start)) || ['if', 'unless', 'because', 'and'].includes(tokens[k]!.lower));
}

/** [sentence, the predicate's word, why it is not asserted]. */
const UNASSERTED: Array<[string, string, IrrealisMarker]> = [
  ['Gunmen attempted to kidnap the reporter.', 'kidnap', 'intention'],
  ['Gunmen tried to kidnap the reporter.', 'kidnap', 'intention'],
  ['Lawmakers called on the finance minister to resign.', 'resign', 'intention'],
  ['The union urged its members to be vaccinated.', 'vaccinated', 'intention'],
  ["The owner's plans to close the mill drew protests.", 'close', 'intention'],
  ['The dam could burst after the storm.', 'burst', 'modal'],
  ['The minister should resign, the paper wrote.', 'resign', 'modal'],
  ['Talks will collapse if the troops withdraw from the province.', 'withdraw', 'condition'],
  ['It is unclear whether the troops withdrew.', 'withdrew', 'condition'],
  ['Lawyers described the alleged mistreatment of the prisoners.', 'mistreatment', 'modifier'],
  ['The planned strike was called off.', 'strike', 'modifier'],
];

/** [sentence, the predicate's word]: asserted, though a marker may stand nearby. */
const ASSERTED: Array<[string, string]> = [
  ['Gunmen kidnapped the reporter.', 'kidnapped'],
  ['The army used drones to map the coast.', 'map'],
  ['The minister resigned after lawmakers called for a vote.', 'resigned'],
  ['Tea can protect against some diseases.', 'protect'],
  ['If the talks fail, the rebels said, they returned to the hills.', 'returned'],
  ['The dam burst, and engineers could not stop the flood.', 'burst'],
];

describe('irrealisAt: what puts a predicate outside what is asserted', () => {
  it.each(UNASSERTED)('%s (%s): %s', (sentence, word, marker) => {
    const tokens = tokenize(sentence);
    expect(irrealisAt(tokens, tokens.findIndex((t) => t.text === word), clauseStartsIn(sentence))).toBe(marker);
  });

  it.each(ASSERTED)('%s (%s): asserted', (sentence, word) => {
    const tokens = tokenize(sentence);
    expect(irrealisAt(tokens, tokens.findIndex((t) => t.text === word), clauseStartsIn(sentence))).toBeUndefined();
  });
});
