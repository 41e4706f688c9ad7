import { describe, expect, it } from 'vitest';
import { analyze, extractStatements, readArticles, type CrosscheckErrorCode } from '../../src/index.js';
import { article, thrown } from './thrown.js';

/** A list with a hole at index 1 (`[a, , b]`): the hole is an article too, and not an object. */
function withHole(): unknown[] {
  const list: unknown[] = [article('a'), article('b')];
  list.length = 3;
  list[2] = list[1];
  delete list[1];
  return list;
}

/**
 * Bad articles, and what the error must say: its code, the field at fault, the article's position
 * and its id when it has a usable one. The bad article is never the first, so a message that
 * names the wrong one fails.
 */
const BAD_ARTICLES: Array<[string, unknown, CrosscheckErrorCode, string, number | undefined, string | undefined]> = [
  ['articles that are an object, not a list', { a: article('a') }, 'NOT_AN_ARRAY', 'articles', undefined, undefined],
  ['articles that are a string', 'Talks resumed.', 'NOT_AN_ARRAY', 'articles', undefined, undefined],
  ['articles that are null', null, 'NOT_AN_ARRAY', 'articles', undefined, undefined],
  ['an article that is null', [article('a'), null], 'INVALID_ARTICLE', 'article', 1, undefined],
  ['an article that is a string', [article('a'), 'Talks resumed.'], 'INVALID_ARTICLE', 'article', 1, undefined],
  ['an article that is a list', [article('a'), ['b', 'Talks resumed.']], 'INVALID_ARTICLE', 'article', 1, undefined],
  ['a hole in the list', withHole(), 'INVALID_ARTICLE', 'article', 1, undefined],
  ['an article without an id', [article('a'), { text: 'Talks resumed.' }], 'MISSING_ID', 'id', 1, undefined],
  ['an article with a blank id', [article('a'), { id: '  ', text: 'Talks resumed.' }], 'MISSING_ID', 'id', 1, undefined],
  ['an article with a numeric id', [article('a'), { id: 7, text: 'Talks resumed.' }], 'MISSING_ID', 'id', 1, undefined],
  ['an id used twice', [article('a'), article('b'), { id: 'a', text: 'Talks resumed again.' }], 'DUPLICATE_ID', 'id', 2, 'a'],
  ['a text that is a number', [article('a'), { id: 'b', text: 42 }], 'INVALID_FIELD', 'text', 1, 'b'],
  ['an article without a text', [article('a'), { id: 'b' }], 'INVALID_FIELD', 'text', 1, 'b'],
  ['a text that is a list of paragraphs', [article('a'), { id: 'b', text: ['Talks resumed.'] }], 'INVALID_FIELD', 'text', 1, 'b'],
  ['an outlet that is a number', [article('a'), { ...article('b'), outlet: 3 }], 'INVALID_FIELD', 'outlet', 1, 'b'],
  ['a title that is an object', [article('a'), { ...article('b'), title: { main: 'Talks' } }], 'INVALID_FIELD', 'title', 1, 'b'],
  ['a url that is a boolean', [article('a'), { ...article('b'), url: true }], 'INVALID_FIELD', 'url', 1, 'b'],
  ['a date that does not parse', [article('a'), { ...article('b'), published: 'soon' }], 'INVALID_DATE', 'published', 1, 'b'],
  ['a date that is not on the calendar', [article('a'), { ...article('b'), published: '2023-02-30' }], 'INVALID_DATE', 'published', 1, 'b'],
  ['an invalid Date', [article('a'), { ...article('b'), published: new Date(Number.NaN) }], 'INVALID_DATE', 'published', 1, 'b'],
  ['a date given as a number', [article('a'), { ...article('b'), published: 20231108 }], 'INVALID_DATE', 'published', 1, 'b'],
];

describe.each([
  ['analyze()', (articles: unknown) => analyze(articles as never)],
  ['readArticles()', (articles: unknown) => readArticles(articles)],
])('%s rejects bad articles with a code, the field, and the article named', (_, read) => {
  it.each(BAD_ARTICLES)('%s', (_, articles, code, field, index, articleId) => {
    const error = thrown(() => read(articles));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.index).toBe(index);
    expect(error.articleId).toBe(articleId);
    expect(error.message).toContain(field);
    if (index !== undefined) expect(error.message).toContain(`articles[${index}]`);
    if (articleId !== undefined) expect(error.message).toContain(`(id "${articleId}")`);
  });
});

describe('the first problem is the one reported', () => {
  it('in input order, whatever the ids', () => {
    const error = thrown(() => analyze([article('z'), { id: 'y', text: 1 }, { id: 'a', text: 2 }] as never));
    expect([error.index, error.articleId]).toEqual([1, 'y']);
  });

  it('a duplicate names the article that holds the id first', () => {
    const error = thrown(() => readArticles([article('a'), article('b'), article('b')]));
    expect(error.message).toContain('articles[1]');
  });

  it('a bad option before any bad article', () => {
    expect(thrown(() => analyze([{ id: 'a', text: 1 }] as never, { minScore: 5 })).field).toBe('options.minScore');
  });
});

describe('extractStatements() checks its one article the same way', () => {
  it.each([
    ['not an object', 'Talks resumed.', 'INVALID_ARTICLE', 'article', undefined],
    ['no id', { text: 'Talks resumed.' }, 'MISSING_ID', 'id', undefined],
    ['a text that is not a string', { id: 'b', text: null }, 'INVALID_FIELD', 'text', 'b'],
    ['a date that does not parse', { id: 'b', text: 'Talks resumed.', published: 'next week' }, 'INVALID_DATE', 'published', 'b'],
  ] as Array<[string, unknown, CrosscheckErrorCode, string, string | undefined]>)('%s', (_, input, code, field, articleId) => {
    const error = thrown(() => extractStatements(input as never));
    expect([error.code, error.field, error.articleId]).toEqual([code, field, articleId]);
    expect(error.message).toContain(field);
    if (articleId !== undefined) expect(error.message).toContain(`(id "${articleId}")`);
  });
});

describe('good articles are read as before', () => {
  it.each([
    ['a bare date', { id: 'a', text: 'Talks resumed.', published: '2023-11-08' }, { id: 'a', text: 'Talks resumed.', outlet: 'a', published: new Date(Date.UTC(2023, 10, 8)) }],
    ['null optional fields', { id: 'a', text: '', outlet: null, title: null, url: null, published: null }, { id: 'a', text: '', outlet: 'a' }],
    ['blank optional fields', { id: 'a', text: 'x', outlet: ' ', title: '', url: '', published: '' }, { id: 'a', text: 'x', outlet: 'a' }],
    ['trimmed outlet and title', { id: 'a', text: 'x', outlet: ' Daily ', title: ' Talks ' }, { id: 'a', text: 'x', outlet: 'Daily', title: 'Talks' }],
  ])('%s', (_, input, expected) => {
    expect(readArticles([input])).toEqual([expected]);
  });
});
