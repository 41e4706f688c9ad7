/**
 * A problem the command line reports and exits on: bad usage, or input it cannot read. The
 * message names the file or option at fault; `exitCode` is 2 for both (1 is kept for
 * "divergences found" under `--fail-on-divergence`).
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode = 2;
}
