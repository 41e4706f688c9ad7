import { describe, expect, it } from 'vitest';
import { alignNearVerbatim } from '../../src/text/wordAlignment.js';

describe('alignNearVerbatim', () => {
  it('aligns one sentence edited, and says how many words changed', () => {
    const alignment = alignNearVerbatim('Heather, 21, lost a leg in the crash.', 'Heather, 35, lost a leg in the crash.', 4, 2);
    expect(alignment?.edits).toEqual([{ a: [1, 2], b: [1, 2] }]);
    expect(alignment?.changed).toBe(1);
  });

  it.each([
    ['Talks resumed in Geneva on Monday after a pause.', 'Negotiators met again in Switzerland at the start of the week.', 'different words'],
    ['Talks resumed in Geneva.', 'Talks resumed in Vienna.', 'shorter than minWords'],
    ['Talks resumed in Geneva on Monday.', 'Talks resumed in Geneva on Monday after a long pause in the spring.', 'more words added than allowed'],
    [Array.from({ length: 130 }, (_, k) => `w${k}`).join(' '), Array.from({ length: 130 }, (_, k) => `w${k}`).join(' '), 'too long to align'],
  ])('%s / %s: none (%s)', (a, b) => {
    expect(alignNearVerbatim(a, b, 5, 3)).toBeUndefined();
  });

  it('gives the same answer from its cache, for each pair and each limit', () => {
    const a = 'The ferry runs until the bridge is repaired.';
    const b = 'The ferry runs until the bridge is not repaired.';
    const first = alignNearVerbatim(a, b, 4, 2);
    expect(alignNearVerbatim(a, b, 4, 2)).toBe(first);
    expect(alignNearVerbatim(a, b, 4, 0)).toBeUndefined();
    expect(alignNearVerbatim(b, a, 4, 2)?.edits).toEqual([{ a: [7, 8], b: [7, 7] }]);
  });

  it('answers each limit alone when the same texts were aligned under other limits first', () => {
    const a = 'The ferry to the island runs every hour until the old bridge is repaired.';
    const b = 'The boat to the island runs twice a day until the old bridge is rebuilt.';
    const loose = alignNearVerbatim(a, b, 4, 8);
    // ferry/boat, "every hour"/"twice a day" (3), repaired/rebuilt.
    expect(loose?.changed).toBe(5);
    expect(alignNearVerbatim(a, b, 4, 4)).toBeUndefined();
    expect(alignNearVerbatim(a, b, 4, 5)?.edits).toEqual(loose?.edits);
    expect(alignNearVerbatim(a, b, 20, 8)).toBeUndefined();
  });
});
