import type { Article } from '../article.js';
import type { Span } from '../text/span.js';
import type { AliasTable } from './aliases.js';
import type { StatementFacts } from './statement.js';

/** The words one extractor reads: a statement's text and where its claim lies in it. */
export interface Clause {
  /** The statement's words, normalized, reporting frame included. */
  text: string;
  /** The claim without its frame, as offsets into `text`. */
  claim: Span;
  /** Length of the claim's main clause (from `claim.start`): negation and modality are read there. */
  mainClause: number;
  role: 'headline' | 'body';
}

/** What every extractor may consult: the article and the shared tables. One per article. */
export interface ExtractionContext {
  article: Article;
  aliases: AliasTable;
  /** Capitalized words the article uses inside sentences (names). */
  knownNames: ReadonlySet<string>;
}

/**
 * One stage of fact extraction. Returns the facts it finds, with offsets relative to
 * `clause.text`; arrays from several extractors are concatenated, single values replaced by the
 * later extractor.
 *
 * @example
 * const hashtags: Extractor = {
 *   name: 'hashtags',
 *   extract: (clause) => ({ entities: [...clause.text.matchAll(/#(\w+)/g)].map((m) => ({
 *     id: m[1]!, kind: 'other', role: 'actor', text: m[0], start: m.index!, end: m.index! + m[0].length })) }),
 * };
 */
export interface Extractor {
  readonly name: string;
  extract(clause: Clause, context: ExtractionContext): Partial<StatementFacts>;
}
