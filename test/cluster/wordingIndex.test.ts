import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Wording } from '../../src/cluster/profile.js';
import { wordingOverlap } from '../../src/cluster/wordingIndex.js';
import { wordDistance } from '../../src/text/wordDistance.js';

const wording = (text: string): Wording => ({ words: text === '' ? [] : text.split(' '), text });

/** Shared n-grams counted the plain way: n-gram strings in maps, clipped counts summed. */
function plainShared(a: string[], b: string[], n: number): number {
  const counts = (words: string[]) => {
    const map = new Map<string, number>();
    for (let i = 0; i + n <= words.length; i++) {
      const gram = words.slice(i, i + n).join(' ');
      map.set(gram, (map.get(gram) ?? 0) + 1);
    }
    return map;
  };
  const countsB = counts(b);
  let shared = 0;
  for (const [gram, count] of counts(a)) shared += Math.min(count, countsB.get(gram) ?? 0);
  return shared;
}

/** Distinct n-grams both hold, counted the plain way: sets of n-gram strings. */
function distinctShared(a: string[], b: string[], n: number): number {
  const grams = (words: string[]) => new Set(words.slice(0, Math.max(0, words.length - n + 1)).map((_, i) => words.slice(i, i + n).join(' ')));
  const inB = grams(b);
  return [...grams(a)].filter((gram) => inB.has(gram)).length;
}

describe('wordingOverlap', () => {
  it.each<[string, string, number[], number, number]>([
    ['talks resumed today', 'talks resumed', [0, 2, 1, 0, 0], 0, 1],
    ['the talks and the truce', 'the truce and the talks', [0, 5, 3, 0, 0], 0, 2],
    ['a a a b', 'a a b', [0, 3, 2, 1, 0], 1, 1],
    ['', 'talks resumed', [0, 0, 0, 0, 0], 0, 2],
    ['rebels agreed to the truce on monday', 'rebels agreed to the truce on monday', [0, 7, 6, 5, 4], 5, 0],
  ])('%j / %j', (a, b, shared, sharedTrigrams, distance) => {
    expect(wordingOverlap(wording(a), wording(b))).toEqual({ shared, sharedTrigrams, wordDistance: distance });
    expect(wordingOverlap(wording(b), wording(a))).toEqual({ shared, sharedTrigrams, wordDistance: distance });
  });

  it('counts what n-gram maps and the word distance count', () => {
    const words = fc.array(fc.constantFrom('the', 'truce', 'talks', 'a', 'held', 'Truce', 'é', 'talks-led'), { maxLength: 30 });
    fc.assert(
      fc.property(words, words, (a, b) => {
        const overlap = wordingOverlap({ words: a, text: a.join(' ') }, { words: b, text: b.join(' ') });
        expect(overlap.shared.slice(1)).toEqual([1, 2, 3, 4].map((n) => plainShared(a, b, n)));
        expect(overlap.sharedTrigrams).toBe(distinctShared(a, b, 3));
        expect(overlap.wordDistance).toBe(wordDistance(a, b));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps what it learned of a wording for the next comparison', () => {
    const claim = wording('talks resumed in geneva');
    wordingOverlap(claim, wording('talks resumed'));
    const index = claim.index;
    wordingOverlap(claim, wording('talks stalled'));
    expect(claim.index).toBe(index);
  });
});
