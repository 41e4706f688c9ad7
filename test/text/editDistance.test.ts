import fc from 'fast-check';
import levenshtein from 'fast-levenshtein';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/editDistance.js';

describe('editDistance', () => {
  it.each([
    ['talks resumed in Geneva on Monday', 'talks resumed in Vienna on Monday', 4],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['same words', 'same words', 0],
    ['the truce holds', 'the truce still holds', 6],
    ['aaa', 'aaaa', 1],
    ['abcabc', 'abc', 3],
  ])('%j to %j is %i edits', (a, b, edits) => {
    expect(editDistance(a, b)).toBe(edits);
  });

  it('is fast-levenshtein’s distance for any two strings, most of them sharing a start and an end', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', 'é', '\u{1F600}'), maxLength: 40 });
    fc.assert(
      fc.property(letters, letters, letters, letters, (start, a, b, end) => {
        for (const [x, y] of [
          [a, b],
          [start + a + end, start + b + end],
          [start + a, start + b + end],
        ] as const) {
          expect(editDistance(x, y)).toBe(levenshtein.get(x, y));
        }
      }),
      { numRuns: 500 },
    );
  });
});
