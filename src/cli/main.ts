#!/usr/bin/env node
/** The `crosscheck` command line: see `run.ts` for what it does and `usage.ts` for its options. */
import { runCli } from './run.js';

// A reader that stops early (`crosscheck ... | head`) is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
