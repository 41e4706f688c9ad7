import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { toJSON } from '../../src/report/json.js';
import type { Report } from '../../src/report/report.js';
import { hostileFixture, storyArticles, storyFixture } from './fixture.js';

/** The same value with every object's keys in reverse insertion order. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
}

const REPORTS: Array<[string, () => Report]> = [
  ['the hand-built story report', storyFixture],
  ['the hostile report', hostileFixture],
  ['analyze() of the example story', () => analyze(storyArticles())],
];

describe('toJSON', () => {
  it.each(REPORTS)('round-trips %s through JSON.parse to a deep-equal report', (_, make) => {
    const report = make();
    expect(JSON.parse(toJSON(report))).toStrictEqual(report);
  });

  it.each(REPORTS)('prints %s with schemaVersion first and a 2-space indent', (_, make) => {
    const json = toJSON(make());
    expect(json.startsWith('{\n  "schemaVersion": 1,\n  "articles": [')).toBe(true);
    // Same bytes as JSON.stringify gives for the parsed value: standard layout, 2 spaces.
    expect(JSON.stringify(JSON.parse(json), null, 2)).toBe(json);
  });

  it('orders keys by the documented schema, not by how the objects were built', () => {
    const report = storyFixture();
    const json = toJSON(report);
    expect(toJSON(reversedKeys(report) as Report)).toBe(json);
    const parsed = JSON.parse(json) as Record<string, unknown> & { statements: object[]; divergences: object[]; clusters: object[] };
    expect(Object.keys(parsed)).toEqual(['schemaVersion', 'articles', 'statements', 'clusters', 'divergences', 'warnings', 'stats']);
    expect(Object.keys(parsed.statements[0]!)).toEqual([
      'id', 'articleId', 'outlet', 'text', 'start', 'end', 'field', 'role', 'segment', 'claim', 'attribution',
      'certainty', 'quotes', 'quantities', 'times', 'durations', 'entities', 'polarity', 'modality',
    ]);
    expect(Object.keys(parsed.clusters[0]!)).toEqual(['id', 'statementIds', 'articleIds', 'outlets', 'representative', 'cohesion']);
    expect(Object.keys(parsed.divergences[0]!)).toEqual([
      'id', 'kind', 'detector', 'clusterId', 'statementIds', 'sameArticle', 'spans', 'values', 'score', 'explanation',
    ]);
  });

  it('lists divergence kinds in report order and spans words before offsets', () => {
    const json = toJSON(storyFixture());
    expect(json).toContain('"divergencesByKind": {\n      "certainty": 2,\n      "time": 1,\n      "place": 1,\n      "quote": 1,\n      "modality": 1\n    }');
    expect(json).toMatch(/"claim": \{\n\s+"text": [^\n]+,\n\s+"start": \d+,\n\s+"end": \d+\n/);
  });

  it('keeps an unbounded Quantity.high as null', () => {
    const json = toJSON(storyFixture());
    expect(json).toContain('"high": null');
    const parsed = JSON.parse(json) as Report;
    expect(parsed.statements.flatMap((s) => s.quantities).every((q) => q.high === null)).toBe(true);
  });

  it('puts fields it does not know after the known ones, alphabetically', () => {
    const report = storyFixture();
    const cluster = { ...report.clusters[0]!, zeta: 1, alpha: { b: 2, a: 1 } };
    const json = toJSON({ ...report, clusters: [cluster] });
    const parsed = JSON.parse(json) as { clusters: Array<Record<string, unknown>> };
    expect(Object.keys(parsed.clusters[0]!)).toEqual(['id', 'statementIds', 'articleIds', 'outlets', 'representative', 'cohesion', 'alpha', 'zeta']);
    expect(Object.keys(parsed.clusters[0]!.alpha as object)).toEqual(['a', 'b']);
  });

  it('never prints undefined, Infinity, NaN or a Date object', () => {
    const report = storyFixture();
    const odd = {
      ...report,
      divergences: [{ ...report.divergences[0]!, score: Number.POSITIVE_INFINITY, values: [Number.NaN, new Date(Date.UTC(2024, 2, 14))] }],
      articles: report.articles.map((a, i) => (i === 0 ? { ...a, title: undefined } : a)),
    } as unknown as Report;
    const json = toJSON(odd);
    expect(json).not.toMatch(/undefined|Infinity|NaN/);
    const parsed = JSON.parse(json) as Report;
    expect(parsed.divergences[0]!.score).toBeNull();
    expect(parsed.divergences[0]!.values).toEqual([null, '2024-03-14T00:00:00.000Z']);
    expect('title' in parsed.articles[0]!).toBe(false);
  });
});
