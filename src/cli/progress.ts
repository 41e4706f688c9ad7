/** A terminal line that shows how far a long run is, on standard error. */
export interface Progress {
  update(message: string): void;
  /** Clears the line. */
  done(): void;
}

/** Inputs above these sizes take long enough to deserve a progress line. */
export const PROGRESS_THRESHOLD = { files: 20, bytes: 1_000_000 } as const;

/**
 * Whether to show progress: only on a terminal (never in a pipe or a log, where it would be noise)
 * and only for large inputs.
 *
 * @example
 * wantsProgress(true, 40, 10_000); // true
 * wantsProgress(false, 400, 10_000_000); // false: not a terminal
 */
export function wantsProgress(isTTY: boolean | undefined, files: number, bytes: number): boolean {
  return isTTY === true && (files > PROGRESS_THRESHOLD.files || bytes > PROGRESS_THRESHOLD.bytes);
}

/**
 * A progress line on `stream` that rewrites itself in place, or one that does nothing when
 * `enabled` is false.
 *
 * @example
 * const progress = createProgress(process.stderr, wantsProgress(process.stderr.isTTY, 40, 0));
 * progress.update('reading 3/40');
 * progress.done();
 */
export function createProgress(stream: { write(chunk: string): unknown }, enabled: boolean): Progress {
  if (!enabled) return { update() {}, done() {} };
  let shown = false;
  return {
    update(message) {
      stream.write(`\r\u001B[2K${message}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\u001B[2K');
      shown = false;
    },
  };
}
