/**
 * Thrown for input crosscheck cannot use. Names the article (by id, or by its position when the
 * id itself is the problem) and the field, so the caller can fix the one bad record.
 *
 * @example
 * try { analyze([{ id: 'a', text: 42 }]) } catch (e) {
 *   if (e instanceof CrosscheckInputError) console.error(e.field, e.message);
 *   // "text"  articles[0] (id "a"): field "text" must be a string, got number
 * }
 */
export class CrosscheckInputError extends Error {
  override readonly name = 'CrosscheckInputError';
  /** The offending field (`text`, `published`, `id`...), or `articles` for the collection itself. */
  readonly field: string;
  /** The article's id when it has a usable one. */
  readonly articleId: string | undefined;
  /** The article's position in the input array, when the problem is in one article. */
  readonly index: number | undefined;

  constructor(message: string, details: { field: string; articleId?: string; index?: number }) {
    super(message);
    this.field = details.field;
    this.articleId = details.articleId;
    this.index = details.index;
  }
}
