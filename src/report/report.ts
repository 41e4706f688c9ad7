import type { Cluster } from '../cluster/cluster.js';
import type { Divergence } from '../compare/divergence.js';
import type { Statement } from '../extract/statement.js';

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

/** Everything {@link analyze} found: the statements of every article, the clusters, the divergences. */
export interface Report {
  schemaVersion: typeof SCHEMA_VERSION;
  articles: ReportArticle[];
  statements: Statement[];
  clusters: Cluster[];
  divergences: Divergence[];
  stats: ReportStats;
}
