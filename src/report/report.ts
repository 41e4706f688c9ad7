import type { Cluster } from '../cluster/cluster.js';
import type { Divergence } from '../compare/divergence.js';
import type { Statement } from '../extract/statement.js';
import type { CrosscheckErrorCode } from '../errors.js';

/**
 * Version of the JSON shape of {@link Report}; raised on any breaking change to it.
 *
 * @example
 * const saved = JSON.parse(text) as Report;
 * if (saved.schemaVersion !== SCHEMA_VERSION) throw new Error('report written by another crosscheck version');
 */
export const SCHEMA_VERSION = 1;

/** An analyzed article as the report carries it (dates as ISO strings, so the report is plain JSON). */
export interface ReportArticle {
  id: string;
  outlet: string;
  title?: string;
  /** ISO 8601 publication time, when known. */
  published?: string;
  url?: string;
  /** The text as given: statement offsets point into it. */
  text: string;
}

/** Time and output size of one pipeline stage. */
export interface StageStats {
  stage: 'read' | 'extract' | 'cluster' | 'compare';
  /** Wall-clock milliseconds (the only part of a report that changes from run to run). */
  ms: number;
  /** How many items the stage produced (articles, statements, clusters, divergences). */
  count: number;
}

/** Counts, and time per stage. */
export interface ReportStats {
  articles: number;
  segments: number;
  statements: number;
  clusters: number;
  divergences: number;
  divergencesByKind: Record<string, number>;
  /** Candidate statement pairs the clustering scored (instead of all pairs). */
  candidatePairs: number;
  stages: StageStats[];
}

/**
 * An article left out of the analysis (`onInvalid: 'skip'`), and why: what
 * `CrosscheckInputError` would have said had it been thrown.
 *
 * @example
 * const warning: ReportWarning = {
 *   code: 'INVALID_DATE',
 *   articleId: 'b',
 *   index: 1,
 *   field: 'published',
 *   message: 'articles[1] (id "b"): field "published" must be a parseable date (e.g. "2016-02-11"), got "soon"',
 * };
 */
export interface ReportWarning {
  code: CrosscheckErrorCode;
  /** The article's id, when it has a usable one. */
  articleId?: string;
  /** The article's position in the caller's array. */
  index?: number;
  /** The field at fault (`text`, `published`, `id`...), or `article` when it is not an object. */
  field: string;
  /** One line for a reader, naming the article and the field. */
  message: string;
}

/** Everything {@link analyze} found: the statements of every article, the clusters, the divergences. */
export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: ReportArticle[];
  statements: Statement[];
  clusters: Cluster[];
  divergences: Divergence[];
  /** Articles left out under `onInvalid: 'skip'`, in input order; empty when none was. */
  warnings: ReportWarning[];
  stats: ReportStats;
}
