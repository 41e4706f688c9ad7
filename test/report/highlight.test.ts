import { describe, expect, it } from 'vitest';
import { markSpans, mergeSpans } from '../../src/report/highlight.js';

const S = 'Talks resume on Monday in Oslo.';

describe('markSpans', () => {
  it.each<[string, { start: number; end: number }, Array<{ start: number; end: number }>, Array<[string, boolean]>]>([
    ['no spans', { start: 0, end: 31 }, [], [[S, false]]],
    ['one span', { start: 0, end: 31 }, [{ start: 16, end: 22 }], [['Talks resume on ', false], ['Monday', true], [' in Oslo.', false]]],
    ['two spans', { start: 0, end: 31 }, [{ start: 26, end: 30 }, { start: 16, end: 22 }], [['Talks resume on ', false], ['Monday', true], [' in ', false], ['Oslo', true], ['.', false]]],
    ['overlapping spans merge', { start: 0, end: 31 }, [{ start: 16, end: 20 }, { start: 18, end: 22 }], [['Talks resume on ', false], ['Monday', true], [' in Oslo.', false]]],
    ['a span outside the statement is dropped', { start: 0, end: 12 }, [{ start: 16, end: 22 }], [['Talks resume', false]]],
    ['a span across the statement edge is clipped', { start: 16, end: 31 }, [{ start: 6, end: 19 }], [['Mon', true], ['day in Oslo.', false]]],
    ['offsets beyond the text are clamped', { start: 26, end: 999 }, [{ start: 26, end: 999 }], [['Oslo.', true]]],
  ])('%s', (_, range, spans, expected) => {
    expect(markSpans(S, range, spans).map((p) => [p.text, p.marked])).toEqual(expected);
  });

  it('folds line breaks and runs of spaces into single spaces and trims the ends', () => {
    const text = '  Talks\n\n resume   on Monday. ';
    expect(markSpans(text, { start: 0, end: text.length }, [{ start: 22, end: 28 }])).toEqual([
      { text: 'Talks resume on ', marked: false },
      { text: 'Monday', marked: true },
      { text: '.', marked: false },
    ]);
  });
});

describe('mergeSpans', () => {
  it.each([
    [[], []],
    [[{ start: 5, end: 8 }, { start: 1, end: 3 }], [{ start: 1, end: 3 }, { start: 5, end: 8 }]],
    [[{ start: 1, end: 3 }, { start: 3, end: 6 }], [{ start: 1, end: 6 }]],
    [[{ start: 1, end: 9 }, { start: 2, end: 4 }], [{ start: 1, end: 9 }]],
  ])('%j -> %j', (spans, merged) => {
    expect(mergeSpans(spans)).toEqual(merged);
  });
});
