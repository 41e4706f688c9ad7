import type { Article } from '../article.js';
import type { ExtractOptions } from '../options.js';
import { readStatements } from './extractStatements.js';
import type { ExtractionSettings } from './extractionSettings.js';
import type { Statement } from './statement.js';

/**
 * The caller's word tables, as the plain data a worker resolves again into its own settings.
 * Extractors, being code, cannot be sent to a worker.
 */
export type ExtractionTables = Pick<ExtractOptions, 'aliases' | 'lexicon'>;

/**
 * One extraction shared by several threads: the articles, cut into batches that each thread
 * claims one at a time (so a thread that starts late or runs slow simply claims fewer). What a
 * worker is sent; every field is plain data or shared memory.
 */
export interface ExtractionJob {
  articles: readonly Article[];
  /** Where each batch ends (exclusive) in `articles`; a batch starts where the one before ends. */
  batchEnds: readonly number[];
  /** The caller's tables, or none for the default settings. */
  tables?: ExtractionTables;
  /** Shared by every thread: `[NEXT_BATCH]` and `[WORKER_BATCHES_DONE]`. */
  counters: Int32Array;
}

/** Index in {@link ExtractionJob.counters} of the next batch to claim. */
export const NEXT_BATCH = 0;
/** Index in {@link ExtractionJob.counters} of the number of batches workers have finished and posted. */
export const WORKER_BATCHES_DONE = 1;

/**
 * A worker's answer for one batch: its statements, or the error that stopped it (the calling
 * thread then extracts the batch itself, and throws what a single thread would have thrown).
 */
export type BatchResult = { batch: number; statements: Statement[] } | { batch: number; error: string };

/**
 * Batches of consecutive articles (an article is never split), each closed once it holds `size`
 * characters, or `size(remaining)` when `size` is a function of the characters from the batch's
 * first article to the end: batches that shrink as the work runs out.
 *
 * @example
 * batchEnds([a100, b100, c100, d100], 150); // [2, 4]
 * batchEnds([a100, b100, c100, d100], (remaining) => remaining / 2); // [2, 3, 4]
 */
export function batchEnds(articles: readonly Article[], size: number | ((remaining: number) => number)): number[] {
  const sizeFor = typeof size === 'number' ? () => size : size;
  const ends: number[] = [];
  let remaining = textLength(articles);
  let target = sizeFor(remaining);
  let length = 0;
  for (let i = 0; i < articles.length; i++) {
    length += articleLength(articles[i]!);
    if (length >= target || i === articles.length - 1) {
      ends.push(i + 1);
      remaining -= length;
      target = sizeFor(remaining);
      length = 0;
    }
  }
  return ends;
}

/** Characters of an article's text and title: what its extraction time grows with. */
function articleLength(article: Article): number {
  return article.text.length + (article.title?.length ?? 0);
}

/** {@link articleLength} of every article. */
export function textLength(articles: readonly Article[]): number {
  let length = 0;
  for (const article of articles) length += articleLength(article);
  return length;
}

/**
 * Claims the job's batches one after another until none is left, handing each batch's statements
 * (or its error) to `done`. Run by every thread of the job at once.
 */
export function claimBatches(job: ExtractionJob, settings: ExtractionSettings, done: (result: BatchResult) => void): void {
  for (let batch = Atomics.add(job.counters, NEXT_BATCH, 1); batch < job.batchEnds.length; batch = Atomics.add(job.counters, NEXT_BATCH, 1)) {
    done(runBatch(job, batch, settings));
  }
}

/** One batch's statements, or the error that stopped it. */
export function runBatch(job: Pick<ExtractionJob, 'articles' | 'batchEnds'>, batch: number, settings: ExtractionSettings): BatchResult {
  try {
    return { batch, statements: extractBatch(job, batch, settings) };
  } catch (error) {
    return { batch, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The statements of one batch's articles, in article order. */
export function extractBatch(job: Pick<ExtractionJob, 'articles' | 'batchEnds'>, batch: number, settings: ExtractionSettings): Statement[] {
  const statements: Statement[] = [];
  const end = job.batchEnds[batch]!;
  for (let i = batch === 0 ? 0 : job.batchEnds[batch - 1]!; i < end; i++) {
    for (const statement of readStatements(job.articles[i]!, settings)) statements.push(statement);
  }
  return statements;
}
