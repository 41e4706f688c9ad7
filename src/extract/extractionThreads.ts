import { availableParallelism } from 'node:os';
import type { Article } from '../article.js';
import { CrosscheckInputError } from '../errors.js';
import { checkNumberOption } from '../numberOption.js';
import { textLength } from './extractionJob.js';

/**
 * How many threads `analyze` extracts statements on: a number (the calling thread counts as one,
 * so `0` and `1` mean no worker), or `'auto'`: every core, once the input is large enough to
 * repay starting workers.
 *
 * @example
 * const workers: WorkersOption = 'auto';
 */
export type WorkersOption = number | 'auto';

/**
 * Text (in characters, about bytes for English) each thread must have to read before `'auto'`
 * adds it. A worker's start-up proper (loading the code, copying the articles) is about 0.2 s,
 * but a fresh worker then reads its first megabyte or so at half speed or less while V8 compiles
 * the extraction code, so measured on the 2-core development machine (`npm run bench --
 * extraction`, which prints the sweep), two threads lose to one on 0.5 to 2 MB (0.5-0.9x) and
 * win on 5 MB (1.1-1.25x when the machine is otherwise idle). Two megabytes a thread (two
 * threads from 4 MB) keeps `'auto'` past the break-even point, about 3 MB.
 */
export const AUTO_CHARACTERS_PER_THREAD = 2_000_000;

/** More threads than this are refused: each one holds a copy of every article. */
export const MAX_THREADS = 64;

/**
 * Checks the `workers` option: `'auto'` (the default), or a whole number of threads from 0 to
 * {@link MAX_THREADS}. Throws a {@link CrosscheckInputError} naming `options.workers`.
 *
 * @example
 * readWorkersOption(undefined); // 'auto'
 * readWorkersOption(4); // 4
 * readWorkersOption('all'); // throws INVALID_OPTION: options.workers must be "auto" or a whole number ...
 */
export function readWorkersOption(value: unknown): WorkersOption {
  if (value === undefined || value === 'auto') return 'auto';
  if (typeof value !== 'number') {
    const got = typeof value === 'string' ? JSON.stringify(value) : value === null ? 'null' : typeof value;
    throw new CrosscheckInputError(`options.workers must be "auto" or a whole number of threads from 0 to ${MAX_THREADS}, got ${got}`, {
      code: 'INVALID_OPTION',
      field: 'options.workers',
    });
  }
  return checkNumberOption(value, 'options.workers', { min: 0, max: MAX_THREADS, integer: true });
}

/**
 * The threads that extract `articles`: the number asked for (at least one), or under `'auto'` one
 * per {@link AUTO_CHARACTERS_PER_THREAD} of text up to the cores there are (so small inputs stay
 * on the calling thread).
 *
 * @example
 * threadCount(articlesOfFiveMegabytes, 'auto'); // 2 on a 2-core machine
 * threadCount([oneShortArticle], 'auto'); // 1
 */
export function threadCount(articles: readonly Article[], workers: WorkersOption): number {
  const wanted = workers === 'auto' ? Math.min(availableParallelism(), Math.floor(textLength(articles) / AUTO_CHARACTERS_PER_THREAD)) : workers;
  return Math.max(1, wanted);
}
