import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Article } from '../article.js';
import type { ExtractOptions } from '../options.js';
import { batchEnds, claimBatches, extractBatch, runBatch, textLength, WORKER_BATCHES_DONE, type BatchResult, type ExtractionJob, type ExtractionTables } from './extractionJob.js';
import { runsDefaultExtractors, type ExtractionSettings } from './extractionSettings.js';
import { threadCount, type WorkersOption } from './extractionThreads.js';
import type { WorkerData } from './extractWorker.js';
import type { Statement } from './statement.js';
import { StringPool } from './stringPool.js';

/**
 * Characters of text in one batch, from the largest, while most of the work is ahead, down to the
 * smallest near the end. Large first, because a sentence several outlets print word for word is
 * read once per thread that meets it (see `ClaimReadings`): an outlet's reprints sit near each
 * other, and a run of consecutive articles in one thread keeps them together (at 10,000 articles
 * of the stories benchmark, 66% of each thread's claims were read before in that thread, against
 * 53-56% with batches of 20,000 characters throughout). Small last, because a thread that finds
 * no batch left waits for (or does again) those still in work. The smallest is some 20 ms of
 * extraction once the code is warm; the largest some 0.4 s, a few thousand statements to post at
 * once. A smaller input is cut into at least {@link BATCHES_PER_THREAD} batches a thread (an
 * article a batch at most).
 */
const LARGEST_BATCH = 400_000;
const SMALLEST_BATCH = 20_000;
const BATCHES_PER_THREAD = 4;

/**
 * How a parallel extraction runs. `workers` is the caller's option; `options` the extraction
 * options the settings were resolved from (a worker resolves their tables again); `script` the
 * worker file, by default `extractWorker.mjs` next to this code (as the built package lays it out).
 */
export interface ParallelExtractionOptions {
  workers: WorkersOption;
  options: ExtractOptions;
  script?: URL;
  /**
   * Given each batch's statements once, on the calling thread, as soon as they are there (batches
   * in any order; `batch` numbers them in the articles' order): work on statements done here
   * while workers go on extracting costs the calling thread's share of batches, not time after.
   */
  onBatch?: (batch: number, statements: readonly Statement[]) => void;
}

/**
 * The statements of every article, in article order: what `articles.flatMap((a) =>
 * readStatements(a, settings))` gives, on several threads when `workers` asks for it. The calling
 * thread extracts too, then blocks (`Atomics.wait`, no event loop needed, so `analyze` stays
 * synchronous) until the workers have posted the batches they claimed, and stops them. Batches are
 * put back in article order, so the result is the same whichever thread finishes first.
 *
 * One thread is used when one is asked for, when the input is small under `'auto'`, when the
 * caller gives their own extractors (code cannot be sent to a worker), or when the worker file is
 * not found (crosscheck bundled into another file). A batch a worker fails on is extracted
 * again on the calling thread, which throws what a single thread would have thrown.
 *
 * @example
 * const statements = extractArticles(read, settings, { workers: 'auto', options });
 */
export function extractArticles(articles: readonly Article[], settings: ExtractionSettings, how: ParallelExtractionOptions): Statement[] {
  const wanted = threadCount(articles, how.workers);
  const share = (characters: number) => Math.ceil(characters / (wanted * BATCHES_PER_THREAD));
  const smallest = Math.min(SMALLEST_BATCH, share(textLength(articles)));
  const ends = batchEnds(articles, (remaining) => Math.max(smallest, Math.min(LARGEST_BATCH, share(remaining))));
  const threads = Math.min(wanted, ends.length);
  const script = threads > 1 && runsDefaultExtractors(settings) ? workerScript(how.script) : undefined;
  if (!script) return extractBatches({ articles, batchEnds: ends }, settings, new Array<Statement[] | undefined>(ends.length), how.onBatch);

  const job: ExtractionJob = { articles, batchEnds: ends, counters: new Int32Array(new SharedArrayBuffer(8)), ...tablesOf(how.options) };
  const workers: Array<{ worker: Worker; port: MessagePort }> = [];
  // Each batch's statements once a thread has delivered them; `settled` too when it failed (it is
  // then extracted again at the end, to throw in article order what one thread would have thrown).
  const results = new Array<Statement[] | undefined>(ends.length);
  const settled = new Uint8Array(ends.length);
  const pool = new StringPool();
  const take = (result: BatchResult, posted: boolean) => {
    if (settled[result.batch]) return;
    settled[result.batch] = 1;
    if (!('statements' in result)) return;
    // A worker's statements hold copies of every string: the pool keeps one of each.
    if (posted) for (const statement of result.statements) pool.share(statement);
    results[result.batch] = result.statements;
    how.onBatch?.(result.batch, result.statements);
  };
  const receive = () => {
    for (const { port } of workers) {
      for (;;) {
        let message: { message: unknown } | undefined;
        try {
          message = receiveMessageOnPort(port);
        } catch {
          // skip: a post that cannot be read leaves its batch to this thread
          break;
        }
        if (!message) break;
        take(message.message as BatchResult, true);
      }
    }
  };
  try {
    for (let i = 1; i < threads; i++) {
      const worker = startWorker(script, job);
      if (worker) workers.push(worker);
    }
    const started = performance.now();
    let own = 0;
    // The workers' posts are read between batches of this thread's own: reading them is this
    // thread's work, and done now it leaves fewer batches for this thread to claim.
    claimBatches(job, settings, (result) => {
      own++;
      take(result, false);
      receive();
    });
    // The batches still in a worker: each is waited for as long as this thread took for a batch
    // of its own, then extracted here as well (a cold or starved worker may take much longer;
    // both give the same statements, and the first delivered is kept).
    const patience = own > 0 ? (performance.now() - started) / own : 0;
    for (let batch = 0; batch < ends.length; batch++) {
      while (!settled[batch]) {
        const done = Atomics.load(job.counters, WORKER_BATCHES_DONE);
        receive();
        if (!settled[batch] && !awaitWorkers(job.counters, done, patience)) take(runBatch(job, batch, settings), false);
      }
    }
  } finally {
    for (const { worker, port } of workers) {
      port.close();
      void worker.terminate();
    }
  }
  return extractBatches(job, settings, results, how.onBatch);
}

/**
 * The batches' statements in order, extracting on this thread each batch no thread has delivered
 * (and giving it to `onBatch`).
 */
function extractBatches(
  job: Pick<ExtractionJob, 'articles' | 'batchEnds'>,
  settings: ExtractionSettings,
  results: ReadonlyArray<Statement[] | undefined>,
  onBatch?: ParallelExtractionOptions['onBatch'],
): Statement[] {
  const statements: Statement[] = [];
  for (let batch = 0; batch < job.batchEnds.length; batch++) {
    let batchStatements = results[batch];
    if (!batchStatements) {
      batchStatements = extractBatch(job, batch, settings);
      onBatch?.(batch, batchStatements);
    }
    for (const statement of batchStatements) statements.push(statement);
  }
  return statements;
}

/**
 * Blocks until a worker finishes a batch (the count of finished batches is no longer `done`), for
 * at most `ms`: whether one did. A thread that may not block (an embedder's UI thread) does not.
 */
function awaitWorkers(counters: Int32Array, done: number, ms: number): boolean {
  try {
    return Atomics.wait(counters, WORKER_BATCHES_DONE, done, ms) !== 'timed-out';
  } catch {
    return false;
  }
}

/**
 * The young generation of a worker's heap, in MB (Node's default is some 16-32). Extraction makes
 * many objects that live for one article (its sentences, tokens, candidate facts): with room for
 * many articles' worth, most die before a collection and are never copied. At 10,000 articles of
 * the stories benchmark, 96 MB took the worker's young collections from 2.8 s to 1.9 s; 256 MB
 * took the extraction stage a further 0.5-3 s shorter (four alternated runs, 1.5 s on average), for
 * some 150 MB more peak memory (the young generation is reserved once the worker has filled it).
 */
const WORKER_YOUNG_GENERATION_MB = 256;

/**
 * A worker on the job, or none when it cannot be started. Its output is kept from the process's
 * own (crosscheck never writes to stdout), and it never keeps the process alive. It runs none of
 * the caller's Node options: they are loaders and preloads at best (tsx, ts-node), which the
 * built worker does not need and which doubled its start-up under tsx (0.45 s against 0.2 s).
 */
function startWorker(script: URL, job: ExtractionJob): { worker: Worker; port: MessagePort } | undefined {
  const { port1, port2 } = new MessageChannel();
  try {
    const data: WorkerData = { job, port: port2 };
    const worker = new Worker(script, { workerData: data, transferList: [port2], execArgv: [], stdout: true, stderr: true, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    worker.unref();
    // A worker that fails to load is simply one that claims no batch; its error must not crash the process.
    worker.on('error', () => undefined);
    return { worker, port: port1 };
  } catch {
    port1.close();
    port2.close();
    return undefined;
  }
}

/** The worker file, when it is there to be started. */
function workerScript(script: URL | undefined): URL | undefined {
  try {
    const url = script ?? new URL('./extractWorker.mjs', import.meta.url);
    return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The caller's tables a worker needs to build the same settings, when there are any. */
function tablesOf(options: ExtractOptions): { tables?: ExtractionTables } {
  if (options.aliases === undefined && options.lexicon === undefined) return {};
  return { tables: { ...(options.aliases !== undefined && { aliases: options.aliases }), ...(options.lexicon !== undefined && { lexicon: options.lexicon }) } };
}
