/**
 * Benchmarks: `npm run bench -- [import|extraction|clustering|stories|pathological ...] [--sizes 100,1000]`
 * (`--sizes` or `$SIZES` sets the sizes of the benchmarks that have them). Figures are printed and
 * written to `bench/results/<name>.json`; timing is reported, never asserted (tests hold no
 * time limits). Run `npm run build` first: the import benchmark measures the built package.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, resolveDataDir } from '../eval/dataPaths.js';
import { benchImport } from './importTime.js';
import { benchClustering } from './clustering.js';
import { benchExtraction } from './extraction.js';
import { benchPathological } from './pathological.js';
import { benchStories } from './stories.js';

type Bench = (dataDir: string, options: { sizes?: number[] }) => Promise<Record<string, unknown>> | Record<string, unknown>;

const BENCHES: Record<string, Bench> = {
  import: benchImport,
  extraction: benchExtraction,
  clustering: benchClustering,
  stories: benchStories,
  pathological: benchPathological,
};

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { data: { type: 'string' }, sizes: { type: 'string' } } });
  const sizes = values.sizes?.split(',').map(Number);
  // `stories` is run by name only: at its default sizes it takes half an hour.
  const names = positionals.length > 0 ? positionals : Object.keys(BENCHES).filter((name) => name !== 'stories');
  const outDir = join(REPO_ROOT, 'bench', 'results');
  mkdirSync(outDir, { recursive: true });
  for (const name of names) {
    const bench = BENCHES[name];
    if (!bench) throw new Error(`unknown benchmark "${name}"; known: ${Object.keys(BENCHES).join(', ')}`);
    console.log(`\n## ${name}`);
    const figures = await bench(resolveDataDir(values.data), { ...(sizes && { sizes }) });
    writeFileSync(join(outDir, `${name}.json`), `${JSON.stringify({ ...figures, date: new Date().toISOString() }, null, 2)}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack ?? error.message : error);
  process.exit(1);
});
