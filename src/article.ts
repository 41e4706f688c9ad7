import { CrosscheckInputError, type CrosscheckErrorCode } from './errors.js';
import { checkOptionNames, OPTION_NAMES } from './optionNames.js';
import { DEFAULT_LIMITS, type InputLimits } from './options.js';
import { exceedsUtf8Bytes } from './text/utf8Length.js';

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
 * What {@link readArticleList} does with a bad article, and the limits it holds the input to.
 *
 * @example
 * const options: ReadArticlesOptions = { onInvalid: 'skip', maxArticleBytes: 100_000 };
 */
export interface ReadArticlesOptions extends Partial<InputLimits> {
  /** `'throw'` at the first bad article (the default), or `'skip'` it and list it in `skipped`. */
  onInvalid?: 'throw' | 'skip';
}

/**
 * The articles read, and the problem of each article left out.
 *
 * @example
 * const { articles, skipped } = readArticleList(input, { onInvalid: 'skip' });
 * for (const error of skipped) console.error(error.code, error.message);
 */
export interface ArticleReading {
  articles: Article[];
  /** One error per article skipped (`onInvalid: 'skip'`), in input order. */
  skipped: CrosscheckInputError[];
}

/**
 * Validates the caller's articles and fills in defaults; `options` may lower or raise the
 * limits (default {@link DEFAULT_LIMITS}). Throws {@link CrosscheckInputError} naming
 * the article and the field at the first problem: not an array (`NOT_AN_ARRAY`), more than
 * `maxArticles` (`LIMIT_EXCEEDED`), or one bad article: not an object (`INVALID_ARTICLE`), a
 * missing or duplicate id (`MISSING_ID`, `DUPLICATE_ID`), a non-string text, title, outlet or url
 * (`INVALID_FIELD`), a date that does not parse (`INVALID_DATE`), a text or title over
 * `maxArticleBytes` (`LIMIT_EXCEEDED`).
 *
 * @example
 * readArticles([{ id: 'a', text: 'Talks resumed.', published: '2016-02-11' }]);
 * // [{ id: 'a', text: 'Talks resumed.', outlet: 'a', published: Date(2016-02-11) }]
 */
export function readArticles(input: unknown, options: Partial<InputLimits> = {}): Article[] {
  checkOptionNames(options, OPTION_NAMES.limits, 'options');
  return readArticleList(input, { ...options, onInvalid: 'throw' }).articles;
}

/**
 * {@link readArticles}, with bad articles optionally skipped: each article is read on its own, so
 * one left out changes nothing in the others. Of two articles with one id, the later is skipped.
 * Not an array, and too many articles, always throw.
 *
 * @example
 * readArticleList([{ id: 'a', text: 'Talks resumed.' }, { id: 'a', text: 'Again.' }], { onInvalid: 'skip' });
 * // { articles: [{ id: 'a', ... }], skipped: [CrosscheckInputError DUPLICATE_ID (articles[1])] }
 */
export function readArticleList(input: unknown, options: ReadArticlesOptions = {}): ArticleReading {
  const limits = resolveLimits(options);
  if (!Array.isArray(input)) {
    throw new CrosscheckInputError(`articles must be an array of articles, got ${describe(input)}`, { code: 'NOT_AN_ARRAY', field: 'articles' });
  }
  if (input.length > limits.maxArticles) {
    throw new CrosscheckInputError(
      `articles: ${input.length.toLocaleString('en-US')} given, more than maxArticles (${limits.maxArticles.toLocaleString('en-US')}); raise options.maxArticles to read them all`,
      { code: 'LIMIT_EXCEEDED', field: 'articles' },
    );
  }
  const firstIndex = new Map<string, number>();
  const reading: ArticleReading = { articles: [], skipped: [] };
  // An index loop, not `map`: a hole in the array is an article too (a bad one).
  for (let index = 0; index < input.length; index++) {
    try {
      const article = readArticle(input[index], index, limits);
      const first = firstIndex.get(article.id);
      if (first !== undefined) {
        throw new CrosscheckInputError(
          `articles[${index}] (id "${article.id}"): field "id" must be unique, "${article.id}" is already the id of articles[${first}]`,
          { code: 'DUPLICATE_ID', field: 'id', articleId: article.id, index },
        );
      }
      firstIndex.set(article.id, index);
      reading.articles.push(article);
    } catch (error) {
      if (options.onInvalid !== 'skip' || !(error instanceof CrosscheckInputError)) throw error;
      reading.skipped.push(error);
    }
  }
  return reading;
}

/**
 * Validates one article; `index` is its position in the caller's array (for messages), `limits`
 * the size it may have (default {@link DEFAULT_LIMITS}).
 *
 * @example
 * readArticle({ id: 'a', text: 'Talks resumed.', outlet: ' Daily ' }); // { id: 'a', text: 'Talks resumed.', outlet: 'Daily' }
 * readArticle({ id: 'a', text: 42 }, 3); // throws INVALID_FIELD: articles[3] (id "a"): field "text" must be a string, got number
 */
export function readArticle(raw: unknown, index = 0, limits: Pick<InputLimits, 'maxArticleBytes'> = DEFAULT_LIMITS): Article {
  const where = `articles[${index}]`;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new CrosscheckInputError(`${where} must be an object with "id" and "text", got ${describe(raw)}`, {
      code: 'INVALID_ARTICLE',
      field: 'article',
      index,
    });
  }
  const record = raw as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== 'string' || id.trim() === '') {
    throw new CrosscheckInputError(`${where}: field "id" must be a non-empty string, got ${describe(id)}`, {
      code: 'MISSING_ID',
      field: 'id',
      index,
    });
  }
  const fail = (code: CrosscheckErrorCode, field: string, problem: string): never => {
    throw new CrosscheckInputError(`${where} (id "${id}"): field "${field}" ${problem}`, { code, field, articleId: id, index });
  };
  if (typeof record.text !== 'string') fail('INVALID_FIELD', 'text', `must be a string, got ${describe(record.text)}`);
  for (const field of ['outlet', 'title', 'url'] as const) {
    const value = record[field];
    if (value !== undefined && value !== null && typeof value !== 'string') {
      fail('INVALID_FIELD', field, `must be a string when given, got ${describe(value)}`);
    }
  }
  for (const field of ['text', 'title'] as const) {
    const value = record[field];
    if (typeof value === 'string' && exceedsUtf8Bytes(value, limits.maxArticleBytes)) {
      fail('LIMIT_EXCEEDED', field, `is over maxArticleBytes: more than ${limits.maxArticleBytes.toLocaleString('en-US')} bytes of UTF-8; raise options.maxArticleBytes to read it`);
    }
  }
  const article: Article = { id, text: record.text as string, outlet: nonEmpty(record.outlet) ?? id };
  const title = nonEmpty(record.title);
  if (title !== undefined) article.title = title;
  const url = nonEmpty(record.url);
  if (url !== undefined) article.url = url;
  if (record.published !== undefined && record.published !== null && record.published !== '') {
    article.published = parseDate(record.published, (problem) => fail('INVALID_DATE', 'published', problem));
  }
  return article;
}

/**
 * The `published` option (the date of articles that carry none) as a date, with an article's
 * checks; a bad one throws `INVALID_DATE` naming `options.published`.
 *
 * @example
 * readPublishedOption('2016-02-11'); // Date(2016-02-11T00:00:00Z)
 */
export function readPublishedOption(value: unknown): Date | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return parseDate(value, (problem) => {
    throw new CrosscheckInputError(`options.published ${problem}`, { code: 'INVALID_DATE', field: 'options.published' });
  });
}

/**
 * `maxArticles` and `maxArticleBytes` with defaults filled in, each checked: a whole number of at
 * least 1, or `Infinity` for no limit.
 *
 * @example
 * resolveLimits({ maxArticles: 10 }); // { maxArticles: 10, maxArticleBytes: 5000000 }
 */
export function resolveLimits(options: Partial<InputLimits>): InputLimits {
  const limits = { ...DEFAULT_LIMITS };
  for (const key of ['maxArticles', 'maxArticleBytes'] as const) {
    const value: unknown = options[key];
    if (value === undefined) continue;
    if (typeof value !== 'number') {
      throw new CrosscheckInputError(`options.${key} must be a number, got ${describe(value)}`, { code: 'INVALID_OPTION', field: `options.${key}` });
    }
    if (!(Number.isInteger(value) && value >= 1) && value !== Number.POSITIVE_INFINITY) {
      throw new CrosscheckInputError(`options.${key} must be a whole number of at least 1 (or Infinity), got ${value}`, {
        code: 'OPTION_OUT_OF_RANGE',
        field: `options.${key}`,
      });
    }
    limits[key] = value;
  }
  return limits;
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
