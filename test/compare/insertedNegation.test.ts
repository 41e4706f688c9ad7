import { describe, expect, it } from 'vitest';
import { insertedNegation } from '../../src/compare/insertedNegation.js';
import { compare, extractStatements, type Statement } from '../../src/index.js';

function read(text: string, id: string): Statement {
  const statements = extractStatements({ id, outlet: id, text });
  expect(statements).toHaveLength(1);
  return statements[0]!;
}

/** [first, second, the cue, the word it stands before (or replaces) in the other]. */
const FLAGGED: Array<[string, string, string, string]> = [
  ['Police named the driver, who was from the coastal town of Arvik.', 'Police named the driver, who was not from the coastal town of Arvik.', 'not', 'from'],
  ['The ferry runs until the bridge is repaired.', "The ferry runs until the bridge isn't repaired.", "isn't", 'is'],
  ['The firm will keep the plant open if sales do not fall.', 'The firm will keep the plant open if sales fall.', 'not', 'fall'],
  ['Officials said the rescue, which was not easy, took six hours.', 'Officials said the rescue, which was easy, took six hours.', 'not', 'easy'],
  ['The dam held because the river never rose above the gauge.', 'The dam held because the river rose above the gauge.', 'never', 'rose'],
];

/** Pairs that must not be flagged this way. */
const NOT_FLAGGED: Array<[string, string, string]> = [
  ['The mayor was not at the ceremony in Arvik.', "The mayor wasn't at the ceremony in Arvik.", 'the same negation, spelled two ways'],
  ['Not only the mayor but the council attended the ceremony.', 'The mayor and the council attended the ceremony.', '"not only" does not negate'],
  ['The rescue, which was not easy, took six hours.', 'Divers reached the wreck after a long search in cold water.', 'different sentences'],
  ['The council met, but no vote was held on the budget.', 'The council met on Monday and a long vote was held on the budget in the end.', 'too many other words differ'],
  ['Not so.', 'So.', 'too short to say it is one clause'],
];

describe('insertedNegation', () => {
  it.each(FLAGGED)('%s / %s', (first, second, cue, word) => {
    const a = read(first, 'a');
    const b = read(second, 'b');
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const found = insertedNegation(x, y);
      expect(found?.cue.text).toBe(cue);
      expect(found?.word.text).toBe(word);
    }
    const divergence = compare(a, b).divergences.find((d) => d.kind === 'polarity');
    expect(divergence?.explanation).toContain(cue);
  });

  it.each(NOT_FLAGGED)('%s / %s (%s)', (first, second) => {
    expect(insertedNegation(read(first, 'a'), read(second, 'b'))).toBeUndefined();
  });
});
