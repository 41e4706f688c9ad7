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
    // "glbvs" and "yacxa" have one FNV-1a hash: words of one hash are still told apart, in one order on both sides.
    const words = fc.array(fc.constantFrom('the', 'truce', 'talks', 'a', 'held', 'Truce', 'é', 'talks-led', 'glbvs', 'yacxa'), { maxLength: 30 });
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

  it('counts the n-grams of wordings too long for its sort keys as of short ones', () => {
    // 2,000 distinct words: their 4-grams, read as numbers in base 2,000, pass 2^53.
    const long = Array.from({ length: 2000 }, (_, k) => `w${k}`);
    const other = [...long.slice(0, 700), 'x', ...long.slice(700, 1500), ...long.slice(0, 300)];
    const overlap = wordingOverlap({ words: long, text: long.join(' ') }, { words: other, text: other.join(' ') });
    expect(overlap.shared.slice(1)).toEqual([1, 2, 3, 4].map((n) => plainShared(long, other, n)));
    expect(overlap.sharedTrigrams).toBe(distinctShared(long, other, 3));
  });

  it('orders the words of a wording of over a million words', () => {
    const huge = Array.from({ length: 1_100_000 }, (_, k) => ['the', 'glbvs', 'talks', 'yacxa'][k % 4]!);
    const short = ['yacxa', 'the', 'glbvs'];
    const overlap = wordingOverlap({ words: huge, text: '' }, { words: short, text: '' });
    expect(overlap.shared.slice(1, 3)).toEqual([plainShared(huge, short, 1), plainShared(huge, short, 2)]);
  });

  it('keeps what it learned of a wording for the next comparison', () => {
    const claim = wording('talks resumed in geneva');
    wordingOverlap(claim, wording('talks resumed'));
    const index = claim.index;
    wordingOverlap(claim, wording('talks stalled'));
    expect(claim.index).toBe(index);
  });
});
