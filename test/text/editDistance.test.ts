import fc from 'fast-check';
import levenshtein from 'fast-levenshtein';
import { describe, expect, it } from 'vitest';
import { editDistance, sequenceDistance } from '../../src/text/editDistance.js';

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

describe('sequenceDistance', () => {
  it('is the edit distance of the texts with one character a number, short or long', () => {
    const codes = fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 120 });
    fc.assert(
      fc.property(codes, codes, (a, b) => {
        const text = (list: number[]) => String.fromCharCode(...list.map((c) => 0x61 + c));
        expect(sequenceDistance(Int32Array.from(a), a.length, Int32Array.from(b), b.length)).toBe(editDistance(text(a), text(b)));
      }),
      { numRuns: 400 },
    );
  });

  it('reads only the first numbers it is told of', () => {
    expect(sequenceDistance(Int32Array.of(1, 2, 3, 9, 9), 3, Int32Array.of(1, 5, 3, 7), 3)).toBe(1);
    expect(sequenceDistance(Int32Array.of(1, 2), 0, Int32Array.of(4, 5, 6), 3)).toBe(3);
  });
});
