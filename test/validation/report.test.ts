import { describe, expect, it } from 'vitest';
import { analyze, filterDivergences, toHTML, toJSON, toMarkdown, type Report } from '../../src/index.js';
import { article, thrown } from './thrown.js';

const REPORT = analyze([article('north'), article('south')]);

/** Each function that reads a report, called on `value`. */
const READERS: Array<[name: string, read: (value: unknown) => unknown]> = [
  ['toJSON', (value) => toJSON(value as Report)],
  ['toMarkdown', (value) => toMarkdown(value as Report)],
  ['toHTML', (value) => toHTML(value as Report)],
  ['filterDivergences', (value) => filterDivergences(value as Report, {})],
];

/** Not a report, and the field the error names. */
const NOT_REPORTS: Array<[what: string, value: unknown, field: string]> = [
  ['undefined', undefined, 'report'],
  ['null', null, 'report'],
  ['a list', [], 'report'],
  ['a string', '{"articles": []}', 'report'],
  ['an object without statements', { ...REPORT, statements: undefined }, 'report.statements'],
  ['divergences that are not a list', { ...REPORT, divergences: {} }, 'report.divergences'],
  ['no stats', { ...REPORT, stats: null }, 'report.stats'],
];

describe('renderers and the filter check the report they are given', () => {
  for (const [name, read] of READERS) {
    it.each(NOT_REPORTS)(`${name}: %s`, (_, value, field) => {
      const error = thrown(() => read(value));
      expect(error.code).toBe('INVALID_ARGUMENT');
      expect(error.field).toBe(field);
      expect(error.message).toContain(`${name}(report)`);
    });
    it(`${name}: reads a real report`, () => {
      expect(() => read(REPORT)).not.toThrow();
    });
  }
});

describe('renderer options and filters are checked', () => {
  it.each([
    ['an unknown renderer option', () => toMarkdown(REPORT, { titel: 'x' } as never), 'UNKNOWN_OPTION', 'options.titel'],
    ['a title that is not a string', () => toHTML(REPORT, { title: 42 } as never), 'INVALID_OPTION', 'options.title'],
    ['an unknown filter key', () => filterDivergences(REPORT, { kind: ['time'] } as never), 'UNKNOWN_OPTION', 'filter.kind'],
    ['kinds that are not strings', () => filterDivergences(REPORT, { kinds: [1] } as never), 'INVALID_OPTION', 'filter.kinds'],
    ['a minScore above 1', () => filterDivergences(REPORT, { minScore: 2 }), 'OPTION_OUT_OF_RANGE', 'filter.minScore'],
  ])('%s', (_, run, code, field) => {
    const error = thrown(run);
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });
});
