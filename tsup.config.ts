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
    // The command line: one ESM file, no types.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    sourcemap: true,
    target: 'node20',
    shims: true,
  },
]);
