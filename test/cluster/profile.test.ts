import { describe, expect, it } from 'vitest';
import { buildProfile, claimTerms, indexTerms, profileIndexTerms } from '../../src/cluster/profile.js';
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

describe('profileIndexTerms', () => {
  const text = [
    'Foreign ministers of Norway and Chile met in Oslo on Tuesday, officials said.',
    'The Chilean minister said talks would resume in Santiago on 14 March 2021.',
    '"We are close to a deal on fishing rights," the Norwegian minister told reporters.',
    'Prices rose 4% last week, according to the statistics office, which blamed fuel costs.',
    'Oslo says Chile must sign; Santiago insists it never agreed to the quota.',
    'Moscow offered to host the next round, the Kremlin said.',
  ].join(' ');

  it('gives the terms indexTerms gives, each once, read off the profile', () => {
    const statements = extractStatements({ id: 'n', outlet: 'North Desk', text, published: '2021-03-10' });
    expect(statements.length).toBeGreaterThanOrEqual(5);
    // Frame words ("officials said", "according to the statistics office") are in the profile, not in the IDF terms.
    expect(statements.some((s) => [...buildProfile(s).terms.values()].some((count) => count < 1))).toBe(true);
    for (const statement of statements) {
      const fromProfile = profileIndexTerms(buildProfile(statement));
      expect(new Set(fromProfile).size).toBe(fromProfile.length);
      expect(new Set(fromProfile)).toEqual(new Set(indexTerms(statement)));
    }
    // A name the alias table rewrites is a claim term and an entity key at once: still given once.
    const moscow = statements.find((s) => s.text.startsWith('Moscow'))!;
    expect(indexTerms(moscow).filter((t) => t === '@russia').length).toBeGreaterThan(1);
  });
});

