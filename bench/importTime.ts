import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../eval/dataPaths.js';

const RUNS = 15;

/**
 * Cold import of the built package: a fresh Node process per run, timing `import()` (ESM) and
 * `require()` (CJS) of `dist/`, and checking that importing prints nothing on stdout. Also times
 * the first `analyze()` call, which loads natural lazily.
 */
export function benchImport(): Record<string, unknown> {
  const esm = join(REPO_ROOT, 'dist', 'index.js');
  const cjs = join(REPO_ROOT, 'dist', 'index.cjs');
  if (!existsSync(esm) || !existsSync(cjs)) throw new Error('dist/ is missing: run `npm run build` first');
  const measure = (script: string, type: 'module' | 'commonjs') => {
    const times: number[] = [];
    let printed = '';
    for (let i = 0; i < RUNS; i++) {
      const stdout = execFileSync(process.execPath, ['--input-type', type, '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const marker = /@@(\d+(?:\.\d+)?)@@/.exec(stdout);
      if (!marker) throw new Error(`no timing in output: ${stdout}`);
      times.push(Number(marker[1]));
      printed += stdout.replace(marker[0], '');
    }
    times.sort((a, b) => a - b);
    return { medianMs: round(times[Math.floor(times.length / 2)]!), minMs: round(times[0]!), maxMs: round(times[times.length - 1]!), printedBytes: printed.length };
  };
  const importEsm = measure(`const t = performance.now(); await import(${JSON.stringify(esm)}); process.stdout.write('@@' + (performance.now() - t) + '@@');`, 'module');
  const requireCjs = measure(`const t = performance.now(); require(${JSON.stringify(cjs)}); process.stdout.write('@@' + (performance.now() - t) + '@@');`, 'commonjs');
  const firstAnalyze = measure(
    `const { analyze } = await import(${JSON.stringify(esm)}); const t = performance.now(); analyze([{ id: 'a', text: 'Talks resumed in Geneva on Monday.' }, { id: 'b', text: 'Talks resumed in Vienna on Monday.' }]); process.stdout.write('@@' + (performance.now() - t) + '@@');`,
    'module',
  );
  console.log(`  import (ESM), cold:     median ${importEsm.medianMs} ms (min ${importEsm.minMs}, max ${importEsm.maxMs}) over ${RUNS} fresh processes; target < 150 ms`);
  console.log(`  require (CJS), cold:    median ${requireCjs.medianMs} ms (min ${requireCjs.minMs}, max ${requireCjs.maxMs})`);
  console.log(`  bytes printed on stdout by importing: ${importEsm.printedBytes + requireCjs.printedBytes} (must be 0)`);
  console.log(`  first analyze() of two sentences (loads natural): median ${firstAnalyze.medianMs} ms`);
  return { runs: RUNS, importEsm, requireCjs, firstAnalyze };
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
