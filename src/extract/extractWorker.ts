/**
 * The worker thread of a parallel extraction (built on its own as `dist/extractWorker.mjs`, next to
 * the library; see `parallelExtraction.ts`). It is sent an {@link ExtractionJob} and a port,
 * resolves the caller's tables into its own settings, claims batches until none is left, and
 * posts each batch's statements. After each post it counts the batch as done in shared memory and
 * wakes the calling thread, which waits there without an event loop (`Atomics.wait`) and then
 * reads the posts with `receiveMessageOnPort`. It ends by itself when no batch is left.
 */
import { isMainThread, workerData, type MessagePort } from 'node:worker_threads';
import { claimBatches, WORKER_BATCHES_DONE, type BatchResult, type ExtractionJob } from './extractionJob.js';
import { resolveExtractOptions } from './extractionSettings.js';

/** What the calling thread gives a worker: the job, and the port the batches are posted to. */
export interface WorkerData {
  job: ExtractionJob;
  port: MessagePort;
}

if (!isMainThread) {
  const { job, port } = workerData as WorkerData;
  const settings = resolveExtractOptions(job.tables);
  claimBatches(job, settings, (result) => {
    post(port, result);
    Atomics.add(job.counters, WORKER_BATCHES_DONE, 1);
    Atomics.notify(job.counters, WORKER_BATCHES_DONE);
  });
  port.close();
}

/** Posts a batch's result; statements that cannot be copied are posted as an error (the caller redoes the batch). */
function post(port: MessagePort, result: BatchResult): void {
  try {
    port.postMessage(result);
  } catch (error) {
    port.postMessage({ batch: result.batch, error: error instanceof Error ? error.message : String(error) } satisfies BatchResult);
  }
}
