import { describe, expect, it } from 'vitest';
import { claimTerms } from '../../src/cluster/profile.js';
import { reasonClauseStart } from '../../src/cluster/reasonClause.js';
import { compare, extractStatements } from '../../src/index.js';

/** Claims and the text before their reason clause (the whole claim when none is left out). */
const ROWS: Array<[claim: string, main: string]> = [
  ['The council cannot accept the offer because the deadline is too short.', 'The council cannot accept the offer'],
  ['The mill closed its night shift, because orders fell by half.', 'The mill closed its night shift'],
  // In focus, the reason is the point of the claim.
  ['The council rejected the offer only because it came late.', 'The council rejected the offer only because it came late.'],
  ['The council rejected the offer not because of its terms but because it came late.', 'The council rejected the offer not because of its terms but because it came late.'],
  ['The council rejected the offer partly because it came late.', 'The council rejected the offer partly because it came late.'],
  // A reason inside a relative clause explains its noun; the claim's own reason comes later.
  [
    'The envoys, who asked not to be named because the talks are private, said the council cannot accept the offer because it came late.',
    'The envoys, who asked not to be named because the talks are private, said the council cannot accept the offer',
  ],
  // "Because of" opens a phrase, not a clause.
  ['The match was called off because of the storm.', 'The match was called off because of the storm.'],
];

describe('reasonClauseStart', () => {
  it.each(ROWS)('%s', (claim, main) => {
    const start = reasonClauseStart(claim);
    expect(start === undefined ? claim : claim.slice(0, start)).toBe(main);
  });
});

function termsOf(sentence: string): string[] {
  const [statement] = extractStatements({ id: 'a', outlet: 'Desk', text: sentence });
  expect(statement).toBeDefined();
  return claimTerms(statement!);
}

describe('claim terms leave a reason clause out', () => {
  it('gives the main clause terms only', () => {
    expect(termsOf('The council cannot accept the offer because the deadline is too short.')).toEqual(termsOf('The council cannot accept the offer.'));
  });

  it('keeps a reason whose main clause is a fragment', () => {
    expect(termsOf('And because the river rose, the bridge was shut.')).toEqual(expect.arrayContaining(['river', 'rise', 'bridg', 'shut']));
  });

  it('makes one position with and without a reason the same claim', () => {
    const withReason = 'Officials said Aldania cannot accept the truce offer because rebel units could lose the northern valleys before it starts.';
    const without = 'An official said Aldania is wary of accepting the truce offer.';
    const result = compare(withReason, without);
    expect(result.similarity).toBeGreaterThan(0.45);
    expect(result.divergences.map((d) => d.kind)).toEqual(['modality']);
  });
});

describe('reasonClauseStart: where the clause starts', () => {
  it.each([
    ['The dam was shut because the river rose.', 16],
    ['The dam was shut, because the river rose.', 16],
    ['The dam was shut , because the river rose.', 17],
    ['The dam was shut   because the river rose.', 16],
  ])('%j: at %i (a comma just before the spaces is the clause\'s)', (claim, start) => {
    expect(reasonClauseStart(claim)).toBe(start);
  });

  it('reads a long run of spaces before a word that is no subordinator', () => {
    expect(reasonClauseStart(`The dam was shut${' '.repeat(20_000)}today.`)).toBeUndefined();
  });
});

