import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM and CJS, each with its own type file (.d.ts / .d.cts).
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    target: 'node20',
    // natural is loaded lazily through `createRequire(import.meta.url)`; the shim makes that work in CJS.
    shims: true,
  },
  {
    // The worker thread of a parallel extraction (`workers` option): one ESM file beside the
    // library, found from it as `new URL('./extractWorker.mjs', import.meta.url)` by the ESM and
    // the CJS build alike. `.mjs`, so that it stays ESM wherever it is copied.
    entry: { extractWorker: 'src/extract/extractWorker.ts' },
    format: ['esm'],
    outExtension: () => ({ js: '.mjs' }),
    dts: false,
    sourcemap: true,
    target: 'node20',
    shims: true,
  },
  {
    // The command line: one ESM file, no types.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    shims: true,
  },
]);
