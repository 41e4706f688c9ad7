import { describe, expect, it } from 'vitest';
import { analyze, toJSON, type ArticleInput, type CrosscheckErrorCode, type Report } from '../../src/index.js';
import { STORM_STORY } from '../fixtures/stormStory.js';
import { thrown } from './thrown.js';

/**
 * The report as JSON, without what may differ between a run with a skipped article and one
 * without it: the timings of the stages and the warnings.
 */
function comparable(report: Report): unknown {
  const stages = report.stats.stages.map(({ stage, count }) => ({ stage, ms: 0, count }));
  return JSON.parse(toJSON({ ...report, warnings: [], stats: { ...report.stats, stages } }));
}

const ALONE = analyze(STORM_STORY);
const [FIRST, SECOND, THIRD] = STORM_STORY as [ArticleInput, ArticleInput, ArticleInput];

/** One bad article each, the warning it must leave, and where in the input it goes. */
const BAD: Array<[string, unknown, CrosscheckErrorCode, string, string | undefined, number]> = [
  ['an article that is null', null, 'INVALID_ARTICLE', 'article', undefined, 0],
  ['an article without an id', { text: 'The bridge reopened on Friday.' }, 'MISSING_ID', 'id', undefined, 1],
  ['a second article with an id already used', { ...FIRST, text: 'The bridge never closed.' }, 'DUPLICATE_ID', 'id', FIRST.id, 3],
  ['a text that is not a string', { id: 'bad', text: 42 }, 'INVALID_FIELD', 'text', 'bad', 2],
  ['a title that is not a string', { id: 'bad', text: 'The bridge closed on Sunday.', title: 7 }, 'INVALID_FIELD', 'title', 'bad', 3],
  ['a date that does not parse', { id: 'bad', text: 'The bridge closed on Sunday.', published: 'yesterday' }, 'INVALID_DATE', 'published', 'bad', 1],
  ['a text over maxArticleBytes', { id: 'bad', text: `The bridge closed on Sunday. ${'More words. '.repeat(1000)}` }, 'LIMIT_EXCEEDED', 'text', 'bad', 0],
];

describe("onInvalid: 'skip' leaves a bad article out, and the others as they are alone", () => {
  it.each(BAD)('%s', (_, bad, code, field, articleId, at) => {
    const articles = [...STORM_STORY] as unknown[];
    articles.splice(at, 0, bad);
    const report = analyze(articles as ArticleInput[], { onInvalid: 'skip', maxArticleBytes: 10_000 });
    expect(comparable(report)).toEqual(comparable(ALONE));
    expect(report.warnings).toHaveLength(1);
    const [warning] = report.warnings;
    expect(warning).toMatchObject({ code, field, index: at });
    expect(warning!.articleId).toBe(articleId);
    expect(warning!.message).toContain(`articles[${at}]`);
    if (articleId !== undefined) expect(warning!.message).toContain(`(id "${articleId}")`);
    expect(Object.keys(warning!)).toEqual(['code', ...(articleId !== undefined ? ['articleId'] : []), 'index', 'field', 'message']);
  });

  it('skips every bad article, listing them in input order', () => {
    const articles = [{ id: 'x', text: 1 }, SECOND, { id: 'y', published: 'soon', text: '' }, FIRST, THIRD, null] as unknown[];
    const report = analyze(articles as ArticleInput[], { onInvalid: 'skip' });
    expect(comparable(report)).toEqual(comparable(ALONE));
    expect(report.warnings.map((w) => [w.index, w.code])).toEqual([
      [0, 'INVALID_FIELD'],
      [2, 'INVALID_DATE'],
      [5, 'INVALID_ARTICLE'],
    ]);
  });

  it('prints the warnings in the JSON, after the divergences, keys in the documented order', () => {
    const report = analyze([...STORM_STORY, { id: 'bad', text: 42 }] as ArticleInput[], { onInvalid: 'skip' });
    const json = toJSON(report);
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['schemaVersion', 'articles', 'statements', 'clusters', 'divergences', 'warnings', 'stats']);
    expect(json).toContain(
      '"warnings": [\n    {\n      "code": "INVALID_FIELD",\n      "articleId": "bad",\n      "index": 3,\n      "field": "text",\n      "message": "articles[3] (id \\"bad\\"): field \\"text\\" must be a string, got number"\n    }\n  ]',
    );
  });

  it('the same bad input throws when onInvalid is left at its default, or is throw', () => {
    const articles = [...STORM_STORY, { id: 'bad', text: 42 }] as ArticleInput[];
    expect(thrown(() => analyze(articles)).code).toBe('INVALID_FIELD');
    expect(thrown(() => analyze(articles, { onInvalid: 'throw' })).code).toBe('INVALID_FIELD');
  });

  it('a report without skipped articles carries an empty warnings list', () => {
    expect(ALONE.warnings).toEqual([]);
    expect(analyze(STORM_STORY, { onInvalid: 'skip' }).warnings).toEqual([]);
    expect(toJSON(ALONE)).toContain('\n  "warnings": [],\n  "stats": {');
  });

  it('a list of nothing but bad articles gives an empty report with a warning each', () => {
    const report = analyze([null, { id: 'a' }] as never, { onInvalid: 'skip' });
    expect([report.articles, report.statements, report.clusters, report.divergences]).toEqual([[], [], [], []]);
    expect(report.warnings.map((w) => w.code)).toEqual(['INVALID_ARTICLE', 'INVALID_FIELD']);
  });

  it.each([
    ['articles that are not a list', () => analyze({} as never, { onInvalid: 'skip' }), 'NOT_AN_ARRAY'],
    ['more articles than maxArticles', () => analyze(STORM_STORY, { onInvalid: 'skip', maxArticles: 2 }), 'LIMIT_EXCEEDED'],
    ['a bad option', () => analyze(STORM_STORY, { onInvalid: 'skip', minScore: 3 }), 'OPTION_OUT_OF_RANGE'],
  ] as Array<[string, () => unknown, CrosscheckErrorCode]>)('%s still throw', (_, run, code) => {
    expect(thrown(run).code).toBe(code);
  });
});
