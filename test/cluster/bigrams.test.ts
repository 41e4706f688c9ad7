import { describe, expect, it } from 'vitest';
import { bigramCosine, bigramCount, termBigrams } from '../../src/cluster/bigrams.js';

/** The cosine as it was computed over sets of bigrams joined into strings: the list must give exactly this. */
function stringSetCosine(a: readonly string[], b: readonly string[]): number {
  const set = (terms: readonly string[]) => new Set(terms.slice(1).map((term, i) => `${terms[i]} ${term}`));
  const setA = set(a);
  const setB = set(b);
  if (setA.size === 0 || setB.size === 0) return 0;
  let shared = 0;
  for (const x of setA) if (setB.has(x)) shared++;
  return shared / Math.sqrt(setA.size * setB.size);
}

describe('bigramCosine', () => {
  it.each<[string, string[], string[]]>([
    ['one shared of two', ['@russia', 'propos', 'ceasefir'], ['@russia', 'propos', 'truce']],
    ['the same terms', ['talk', 'resum', 'geneva'], ['talk', 'resum', 'geneva']],
    ['repeated bigrams count once', ['talk', 'talk', 'talk', 'resum'], ['talk', 'talk']],
    ['none shared', ['a1', 'b1', 'c1'], ['c1', 'b1', 'a1']],
    ['one term: no bigrams', ['talk'], ['talk', 'resum']],
    ['no terms', [], []],
    // Terms with spaces (entity ids) can join into the same string from different pairs.
    ['terms with spaces, split otherwise', ['@united states', 'say'], ['@united', 'states say']],
  ])('%s', (_, a, b) => {
    expect(bigramCosine(termBigrams(a), termBigrams(b))).toBe(stringSetCosine(a, b));
    expect(bigramCosine(termBigrams(b), termBigrams(a))).toBe(stringSetCosine(b, a));
  });

  it('counts distinct bigrams', () => {
    expect(bigramCount(termBigrams(['talk', 'talk', 'talk', 'resum']))).toBe(2);
  });

  it('counts only equal bigrams when two hashes meet', () => {
    // Bigrams given one hash, as a collision would: only the strings decide.
    const collide = (pairs: Array<[string, string]>) => pairs.flatMap(([first, second]) => [7, first, second]);
    expect(bigramCosine(collide([['talk', 'resum'], ['ceasefir', 'hold']]), collide([['ceasefir', 'hold'], ['truce', 'hold']]))).toBe(1 / 2);
    expect(bigramCosine(collide([['talk', 'resum']]), collide([['truce', 'hold']]))).toBe(0);
  });

  it('matches the string sets on many random sequences', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const words = ['talk', 'resum', 'geneva', '@russia', '@united states', 'propos', '#1', 'ceasefir', 'hold', 'truce'];
    const sequence = () => Array.from({ length: Math.floor(random() * 12) }, () => words[Math.floor(random() * words.length)]!);
    for (let n = 0; n < 500; n++) {
      const a = sequence();
      const b = sequence();
      expect(bigramCosine(termBigrams(a), termBigrams(b))).toBe(stringSetCosine(a, b));
    }
  });
});
