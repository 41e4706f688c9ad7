import { CrosscheckInputError } from './errors.js';

/** One news article as the caller gives it. */
export interface ArticleInput {
  /** Unique among the articles of one analysis. */
  id: string;
  /** The article body: plain text, markdown or leftover HTML. The headline may be its first line. */
  text: string;
  /** Who published it (`"Reuters"`); defaults to the id. */
  outlet?: string;
  /** The headline when it is not the first line of `text`. */
  title?: string;
  /** Publication date; relative expressions ("last week") resolve against it. ISO string or `Date`. */
  published?: string | Date;
  url?: string;
}

/** An article after validation: outlet filled in, date parsed. */
export interface Article {
  id: string;
  text: string;
  outlet: string;
  title?: string;
  /** Publication time, when known. */
  published?: Date;
  url?: string;
}

/**
 * Validates the caller's articles and fills in defaults. Throws {@link CrosscheckInputError} naming
 * the article and the field at the first problem: not an array, a missing or duplicate id, a
 * non-string text, title, outlet or url, or a date that does not parse.
 *
 * @example
 * readArticles([{ id: 'a', text: 'Talks resumed.', published: '2016-02-11' }]);
 * // [{ id: 'a', text: 'Talks resumed.', outlet: 'a', published: Date(2016-02-11) }]
 */
export function readArticles(input: unknown): Article[] {
  if (!Array.isArray(input)) {
    throw new CrosscheckInputError(`articles must be an array of articles, got ${describe(input)}`, { field: 'articles' });
  }
  const seen = new Set<string>();
  return input.map((raw: unknown, index) => {
    const article = readArticle(raw, index);
    if (seen.has(article.id)) {
      throw new CrosscheckInputError(`articles[${index}]: field "id" must be unique, "${article.id}" is used twice`, {
        field: 'id',
        articleId: article.id,
        index,
      });
    }
    seen.add(article.id);
    return article;
  });
}

/** Validates one article; `index` is its position in the caller's array (for messages). */
export function readArticle(raw: unknown, index = 0): Article {
  const where = `articles[${index}]`;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new CrosscheckInputError(`${where} must be an object with "id" and "text", got ${describe(raw)}`, {
      field: 'article',
      index,
    });
  }
  const record = raw as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== 'string' || id.trim() === '') {
    throw new CrosscheckInputError(`${where}: field "id" must be a non-empty string, got ${describe(id)}`, {
      field: 'id',
      index,
    });
  }
  const fail = (field: string, problem: string): never => {
    throw new CrosscheckInputError(`${where} (id "${id}"): field "${field}" ${problem}`, { field, articleId: id, index });
  };
  if (typeof record.text !== 'string') fail('text', `must be a string, got ${describe(record.text)}`);
  for (const field of ['outlet', 'title', 'url'] as const) {
    const value = record[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      fail(field, `must be a string when given, got ${describe(value)}`);
    }
  }
  const article: Article = { id, text: record.text as string, outlet: nonEmpty(record.outlet) ?? id };
  const title = nonEmpty(record.title);
  if (title !== undefined) article.title = title;
  const url = nonEmpty(record.url);
  if (url !== undefined) article.url = url;
  if (record.published !== undefined && record.published !== null && record.published !== '') {
    article.published = parseDate(record.published, (problem) => fail('published', problem));
  }
  return article;
}

function parseDate(value: unknown, fail: (problem: string) => never): Date {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) fail('is an invalid Date');
    return new Date(value.getTime());
  }
  if (typeof value !== 'string') return fail(`must be an ISO date string or a Date, got ${describe(value)}`);
  const trimmed = value.trim();
  // A bare calendar date means that day, not midnight UTC shifted into another day.
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const date = dateOnly
    ? new Date(Date.UTC(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3])))
    : new Date(trimmed);
  if (Number.isNaN(date.getTime())) return fail(`must be a parseable date (e.g. "2016-02-11"), got "${value}"`);
  if (dateOnly && date.getUTCDate() !== Number(dateOnly[3])) return fail(`is not a real calendar date: "${value}"`);
  return date;
}

function nonEmpty(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}...` : value}"`;
  return typeof value;
}
