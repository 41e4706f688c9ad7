/**
 * What is wrong with the input, as a stable code a program can branch on (the message is for
 * people and may be reworded):
 * - `NOT_AN_ARRAY`: the articles are not an array;
 * - `INVALID_ARTICLE`: an article is not an object;
 * - `MISSING_ID`: an article has no id, or one that is not a non-empty string;
 * - `DUPLICATE_ID`: an article's id is already used by an earlier article;
 * - `INVALID_FIELD`: an article's `text`, `title`, `outlet` or `url` is not a string;
 * - `INVALID_DATE`: a `published` date (an article's, or the option) does not parse;
 * - `INVALID_ARGUMENT`: an argument of a function is of the wrong type (`compare(a, b)`, `segment(text)`);
 * - `UNKNOWN_OPTION`: an options object holds a key crosscheck does not know (a typo, usually);
 * - `INVALID_OPTION`: an option is of the wrong type (`minScore: '0.5'`, `aliases: ['Oslo']`);
 * - `OPTION_OUT_OF_RANGE`: a numeric option is outside its range (`minScore: 2`);
 * - `LIMIT_EXCEEDED`: more articles than `maxArticles`, or an article larger than `maxArticleBytes`.
 *
 * @example
 * const code: CrosscheckErrorCode = 'DUPLICATE_ID';
 */
export type CrosscheckErrorCode =
  | 'NOT_AN_ARRAY'
  | 'INVALID_ARTICLE'
  | 'MISSING_ID'
  | 'DUPLICATE_ID'
  | 'INVALID_FIELD'
  | 'INVALID_DATE'
  | 'INVALID_ARGUMENT'
  | 'UNKNOWN_OPTION'
  | 'INVALID_OPTION'
  | 'OPTION_OUT_OF_RANGE'
  | 'LIMIT_EXCEEDED';

/**
 * Every {@link CrosscheckErrorCode}, in the order of its documentation.
 *
 * @example
 * CROSSCHECK_ERROR_CODES.includes(error.code); // true
 */
export const CROSSCHECK_ERROR_CODES: readonly CrosscheckErrorCode[] = [
  'NOT_AN_ARRAY',
  'INVALID_ARTICLE',
  'MISSING_ID',
  'DUPLICATE_ID',
  'INVALID_FIELD',
  'INVALID_DATE',
  'INVALID_ARGUMENT',
  'UNKNOWN_OPTION',
  'INVALID_OPTION',
  'OPTION_OUT_OF_RANGE',
  'LIMIT_EXCEEDED',
];

/**
 * Thrown for input crosscheck cannot use. Names the article (by id, or by its position when the
 * id itself is the problem) and the field, so the caller can fix the one bad record; `code` says
 * what kind of problem it is.
 *
 * @example
 * try { analyze([{ id: 'a', text: 42 }]) } catch (e) {
 *   if (e instanceof CrosscheckInputError) console.error(e.code, e.field, e.message);
 *   // "INVALID_FIELD"  "text"  articles[0] (id "a"): field "text" must be a string, got number
 * }
 */
export class CrosscheckInputError extends Error {
  override readonly name = 'CrosscheckInputError';
  /** What kind of problem it is (see {@link CrosscheckErrorCode}). */
  readonly code: CrosscheckErrorCode;
  /**
   * The offending field (`text`, `published`, `id`...), `article` for an article that is not an
   * object, `articles` for the collection itself, or the option's path (`options.minScore`).
   */
  readonly field: string;
  /** The article's id when it has a usable one. */
  readonly articleId: string | undefined;
  /** The article's position in the input array, when the problem is in one article. */
  readonly index: number | undefined;

  /** `details.code` defaults to `INVALID_FIELD` (crosscheck itself always gives one). */
  constructor(message: string, details: { code?: CrosscheckErrorCode; field: string; articleId?: string; index?: number }) {
    super(message);
    this.code = details.code ?? 'INVALID_FIELD';
    this.field = details.field;
    this.articleId = details.articleId;
    this.index = details.index;
  }
}
