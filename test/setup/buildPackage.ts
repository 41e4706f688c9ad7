/**
 * Builds the package once before the tests (vitest `globalSetup`), so that they can run the worker
 * threads of a parallel extraction: Node cannot start a worker from TypeScript sources. The build
 * is `tsup.config.ts` as `npm run build` runs it, without type files, into a folder of its own
 * under `node_modules/.cache/` (inside the repository, so that the built code finds its
 * dependencies, and loaded by Node itself, as vitest leaves `node_modules` alone). Tests read its
 * path with `inject('builtPackage')`; it is removed when the tests end.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Options } from 'tsup';
import type { TestProject } from 'vitest/node';
import config from '../../tsup.config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder of the package built for the tests: `index.js`, `index.cjs`, `extractWorker.mjs`. */
    builtPackage: string;
  }
}

export default async function buildPackage(project: TestProject): Promise<() => void> {
  const builds = join(resolve(project.config.root), 'node_modules', '.cache', 'crosscheck-test-build');
  // One folder per test run, named by its process; those of runs that were killed are removed.
  for (const pid of existsSync(builds) ? readdirSync(builds) : []) {
    if (!isRunning(Number(pid))) rmSync(join(builds, pid), { recursive: true, force: true });
  }
  const outDir = join(builds, String(process.pid));
  const configs = (Array.isArray(config) ? config : [config]) as Options[];
  for (const options of configs) {
    await build({ ...options, config: false, outDir, dts: false, sourcemap: false, silent: true });
  }
  // `.js` is ESM by the repository's package.json, which Node does not look for past `node_modules`.
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ type: 'module' })}\n`);
  project.provide('builtPackage', outDir);
  return () => rmSync(outDir, { recursive: true, force: true });
}

/** Whether a process of this id is running (signal 0 only checks). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
