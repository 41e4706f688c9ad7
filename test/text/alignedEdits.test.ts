import { describe, expect, it } from 'vitest';
import { alignedEdits } from '../../src/text/alignedEdits.js';

const words = (text: string) => (text === '' ? [] : text.split(' '));

describe('alignedEdits', () => {
  it.each([
    ['heather 21 lost a leg', 'heather 35 lost a leg', [{ a: [1, 2], b: [1, 2] }]],
    ['the ferry runs', 'the ferry runs', []],
    ['who was from the island', 'who was not from the island', [{ a: [2, 2], b: [2, 3] }]],
    ['talks in geneva ended', 'talks ended', [{ a: [1, 3], b: [1, 1] }]],
    ['a b c', 'x b y', [{ a: [0, 1], b: [0, 1] }, { a: [2, 3], b: [2, 3] }]],
    ['', 'new words', [{ a: [0, 0], b: [0, 2] }]],
  ] as Array<[string, string, unknown]>)('%s / %s', (a, b, expected) => {
    expect(alignedEdits(words(a), words(b))).toEqual(expected);
    // The same edits read from the other side.
    expect(alignedEdits(words(b), words(a))).toEqual((expected as Array<{ a: unknown; b: unknown }>).map((e) => ({ a: e.b, b: e.a })));
  });
});
