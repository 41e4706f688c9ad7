/**
 * The yardstick: `npm run eval -- [suite ...] [--data DIR] [--out DIR]`.
 * Prints each suite's figures, writes them as JSON to `eval/results/<suite>.json` (or `--out`),
 * and exits with 1 when a figure misses its target, with 3 when a suite cannot run (missing data,
 * a crash), with 2 on bad usage.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, resolveDataDir } from './dataPaths.js';
import { formatFigure, meetsTarget, type SuiteResult } from './figures.js';
import { runClusters } from './suites/clusters.js';
import { runDivergences } from './suites/divergences.js';
import { runSegments } from './suites/segments.js';
import { runStatements } from './suites/statements.js';

type Suite = (dataDir: string) => SuiteResult | Promise<SuiteResult>;

const SUITES: Record<string, Suite> = {
  segments: runSegments,
  statements: runStatements,
  clusters: runClusters,
  divergences: runDivergences,
};

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { data: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(`usage: npm run eval -- [${Object.keys(SUITES).join('|')} ...] [--data DIR] [--out DIR]`);
    return 0;
  }
  const names = positionals.length > 0 ? positionals : Object.keys(SUITES);
  const unknown = names.filter((n) => !(n in SUITES));
  if (unknown.length > 0) {
    console.error(`unknown suite(s): ${unknown.join(', ')}; known: ${Object.keys(SUITES).join(', ')}`);
    return 2;
  }
  const dataDir = resolveDataDir(values.data);
  const outDir = values.out ?? join(REPO_ROOT, 'eval', 'results');
  mkdirSync(outDir, { recursive: true });
  let missed = 0;
  for (const name of names) {
    console.log(`\n## ${name}  (data: ${dataDir})`);
    const started = performance.now();
    const result = await SUITES[name]!(dataDir);
    const seconds = (performance.now() - started) / 1000;
    for (const figure of result.figures) console.log(formatFigure(figure));
    const failed = result.figures.filter((f) => !meetsTarget(f));
    missed += failed.length;
    const file = join(outDir, `${name}.json`);
    writeFileSync(file, `${JSON.stringify({ ...result, seconds, dataDir, date: new Date().toISOString() }, null, 2)}\n`);
    console.log(`  (${seconds.toFixed(1)} s; written to ${file})`);
  }
  if (missed > 0) console.error(`\nEVAL FAILED: ${missed} figure(s) below target`);
  return missed > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.stack ?? error.message : error);
    process.exit(3);
  },
);
