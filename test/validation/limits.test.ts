import { describe, expect, it } from 'vitest';
import { analyze, compare, DEFAULT_LIMITS, extractStatements, readArticles } from '../../src/index.js';
import { exceedsUtf8Bytes } from '../../src/text/utf8Length.js';
import { article, thrown } from './thrown.js';

describe('exceedsUtf8Bytes counts bytes as TextEncoder writes them', () => {
  const encoder = new TextEncoder();
  it.each([
    ['plain ASCII', 'Talks resumed.'],
    ['two-byte letters', 'Zürich, Kraków, Αθήνα'],
    ['three-byte characters', '北京 — “quoted”'],
    ['surrogate pairs', 'Storm 🌀 over 🇫🇷'],
    ['a lone high surrogate', 'a\ud83cb'],
    ['a lone low surrogate at the end', 'ab\udf00'],
    ['the empty string', ''],
  ])('%s', (_, text) => {
    const bytes = encoder.encode(text).length;
    expect(exceedsUtf8Bytes(text, bytes)).toBe(false);
    if (bytes > 0) expect(exceedsUtf8Bytes(text, bytes - 1)).toBe(true);
  });
});

describe('maxArticles', () => {
  it('defaults to 20,000', () => {
    expect(DEFAULT_LIMITS.maxArticles).toBe(20_000);
    const many = Array.from({ length: 20_001 }, (_, i) => article(`a${i}`));
    const error = thrown(() => analyze(many));
    expect([error.code, error.field]).toEqual(['LIMIT_EXCEEDED', 'articles']);
    expect(error.message).toContain('20,001 given, more than maxArticles (20,000)');
    expect(readArticles(many.slice(1))).toHaveLength(20_000);
  });

  it.each([
    [2, 2, true],
    [3, 2, false],
    [3, Number.POSITIVE_INFINITY, true],
  ])('%i articles under maxArticles %d: read %s', (count, maxArticles, read) => {
    const articles = Array.from({ length: count }, (_, i) => article(`a${i}`));
    if (read) expect(analyze(articles, { maxArticles }).articles).toHaveLength(count);
    else expect(thrown(() => analyze(articles, { maxArticles })).message).toContain(`maxArticles (${maxArticles})`);
  });

  it("throws under onInvalid: 'skip' too: which articles to drop is the caller's call", () => {
    expect(thrown(() => analyze([article('a'), article('b')], { maxArticles: 1, onInvalid: 'skip' })).code).toBe('LIMIT_EXCEEDED');
  });
});

describe('maxArticleBytes', () => {
  it('defaults to 5,000,000 bytes of text', () => {
    expect(DEFAULT_LIMITS.maxArticleBytes).toBe(5_000_000);
    expect(readArticles([{ id: 'a', text: 'x'.repeat(5_000_000) }])).toHaveLength(1);
    const error = thrown(() => readArticles([article('a'), { id: 'b', text: 'x'.repeat(5_000_001) }]));
    expect(error).toMatchObject({ code: 'LIMIT_EXCEEDED', field: 'text', articleId: 'b', index: 1 });
    expect(error.message).toContain('articles[1] (id "b"): field "text" is over maxArticleBytes: more than 5,000,000 bytes');
  });

  it.each([
    ['ASCII at the limit', { id: 'a', text: 'Zurich' }, 6, undefined],
    ['a two-byte letter past the limit', { id: 'a', text: 'Zürich' }, 6, 'text'],
    ['a title past the limit', { id: 'a', text: 'Talks', title: 'Zürich talks' }, 6, 'title'],
    ['no limit', { id: 'a', text: 'Zürich talks' }, Number.POSITIVE_INFINITY, undefined],
  ])('%s', (_, input, maxArticleBytes, field) => {
    if (field === undefined) expect(readArticles([input], { maxArticleBytes })).toHaveLength(1);
    else expect(thrown(() => readArticles([input], { maxArticleBytes }))).toMatchObject({ code: 'LIMIT_EXCEEDED', field, articleId: 'a' });
  });

  it('analyze skips an article over the limit under onInvalid: skip', () => {
    const report = analyze([article('a'), article('b', 'x'.repeat(200))], { maxArticleBytes: 100, onInvalid: 'skip' });
    expect(report.articles.map((a) => a.id)).toEqual(['a']);
    expect(report.warnings).toMatchObject([{ code: 'LIMIT_EXCEEDED', articleId: 'b', index: 1, field: 'text' }]);
  });

  it('extractStatements holds its article to it', () => {
    expect(thrown(() => extractStatements(article('a'), { maxArticleBytes: 10 }))).toMatchObject({ code: 'LIMIT_EXCEEDED', field: 'text', articleId: 'a' });
  });

  it('compare holds its two strings to it', () => {
    const error = thrown(() => compare('The bridge closed.', 'The bridge closed on Monday.', { maxArticleBytes: 20 }));
    expect(error).toMatchObject({ code: 'LIMIT_EXCEEDED', field: 'b' });
    expect(error.message).toContain('argument "b"');
  });
});
