import { describe, expect, it } from 'vitest';
import { claimTerms } from '../../src/cluster/profile.js';
import { extractStatements } from '../../src/index.js';

function termsOf(sentence: string): string[] {
  const [statement] = extractStatements({ id: 'a', outlet: 'Desk', text: sentence });
  expect(statement).toBeDefined();
  return claimTerms(statement!);
}

/** Sentences and terms their claim must give: the number by value, and the words hyphenated to it. */
const HYPHENATED_AMOUNTS: Array<[sentence: string, terms: string[]]> = [
  ['A three-legged goat was found on the farm.', ['#3', 'leg', 'goat']],
  ['A 3-legged goat was found on the farm.', ['#3', 'leg', 'goat']],
  ['A 12-storey tower was evacuated.', ['#12', 'storei', 'tower']],
  ['The council approved a 600-bed hospital.', ['#600', 'bed', 'hospit']],
];

describe('claim terms: words hyphenated to a number', () => {
  it.each(HYPHENATED_AMOUNTS)('%s', (sentence, terms) => {
    expect(termsOf(sentence)).toEqual(expect.arrayContaining(terms));
  });

  it('gives the same terms however the number is written', () => {
    expect(termsOf('A three-legged goat was found on the farm.')).toEqual(termsOf('A 3-legged goat was found on the farm.'));
  });

  it('does not give the words of a number written out as terms', () => {
    expect(termsOf('Twenty-five people were hurt in the crash.')).toEqual(['#25', 'peopl', 'hurt', 'crash']);
  });
});
