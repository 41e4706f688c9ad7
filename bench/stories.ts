import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extrapolateAllPairs, type AllPairsTiming } from './allPairsBaseline.js';
import { packageUnderTest } from './packageUnderTest.js';
import { SCORE_DEFINITION } from './storyScore.js';
import type { SizeFigures, SizeRequest } from './storiesAtSize.js';

/** Options of the stories benchmark (`--sizes`, else `$SIZES`). */
export interface StoriesOptions {
  sizes?: number[];
}

/** Sizes measured by default, in articles. */
const DEFAULT_SIZES = [100, 1000, 10_000];
/**
 * The all-pairs baseline is timed up to this many articles (`BASELINE_MAX`) and extrapolated
 * beyond: at 1,000 articles (33,000 statements) it already takes minutes.
 */
const BASELINE_MAX = Number(process.env.BASELINE_MAX ?? 1000);
/** A size still running after this many seconds is stopped and reported as unfinished (`STORIES_TIMEOUT`). */
const TIMEOUT_SECONDS = Number(process.env.STORIES_TIMEOUT ?? 1800);
const SEED = Number(process.env.SEED ?? 20_030_605);
/** Heap limit of each size's process in MB (`STORIES_HEAP_MB`); Node's default (about 4 GB here) when unset. */
const HEAP_MB = process.env.STORIES_HEAP_MB ? Number(process.env.STORIES_HEAP_MB) : undefined;
/** Whether to time `createAnalyzer` additions too (`STORIES_INCREMENTAL=0` to skip: it builds a second analysis of each size). */
const INCREMENTAL = process.env.STORIES_INCREMENTAL !== '0';
/** Sentences of missed and falsely flagged pairs to print per kind (`STORIES_EXAMPLES=2`); never written to the results. */
const EXAMPLES = Number(process.env.STORIES_EXAMPLES ?? 0);

/** The issue's targets, printed next to each figure (never asserted). */
const TARGETS = { seconds10k: 60, rssBytes: 2 * 1024 ** 3, scaling: 15, recall: 0.9, precision: 0.9, speedup: 20 };

/** One measured size, with the baseline's time (measured or extrapolated). */
interface MeasuredRow extends SizeFigures {
  finished: true;
  baselineSeconds?: number;
  baselineMeasured: 'all statements' | 'extrapolated (lower bound)' | 'none';
  speedup?: number;
}

/** A size that did not finish: stopped at the time limit or out of memory. */
interface UnfinishedRow {
  articles: number;
  finished: false;
  reason: string;
  /** Peak resident memory of the process until then (Linux: `VmHWM` of /proc/<pid>/status). */
  peakRssBytes?: number;
}

type Row = MeasuredRow | UnfinishedRow;

/**
 * End-to-end cost and accuracy of `analyze` on generated stories (`storyCorpus.ts`) of 100 to
 * 10,000 articles: time, MB/s, articles/s, time per stage, peak memory, candidate pairs, and
 * recall and precision of the planted divergences, by kind; against an all-pairs TF-IDF cosine
 * over the same statements (natural's `TfIdf`), timed up to `BASELINE_MAX` articles and
 * extrapolated, as labelled, beyond. Each size runs in a process of its own, so that its peak
 * memory is its own; a size that runs out of time or memory is reported as unfinished.
 *
 * Then, unless `STORIES_INCREMENTAL=0`, an analyzer (`createAnalyzer`) is given all the articles
 * but 20, and those 20 are added one at a time: the time of each `add()` and of the `report()`
 * after it, and the last report's recall and precision.
 *
 * Settings: `--sizes` or `SIZES` (articles, default 100,1000,10000), `BASELINE_MAX`,
 * `STORIES_TIMEOUT` (seconds per size), `STORIES_HEAP_MB`, `SEED`, `STORIES_EXAMPLES`,
 * `STORIES_INCREMENTAL`.
 *
 * @example
 * // npm run bench -- stories --sizes 100,1000
 * await benchStories('../shared', { sizes: [100, 1000] });
 */
export async function benchStories(dataDir: string, options: StoriesOptions = {}): Promise<Record<string, unknown>> {
  const sizes = options.sizes ?? (process.env.SIZES ? process.env.SIZES.split(',').map(Number) : DEFAULT_SIZES);
  console.log(`  seed ${SEED}; sizes ${sizes.join(', ')} articles; analyze() from ${(await packageUnderTest()).code}; one process per size, stopped after ${TIMEOUT_SECONDS} s${HEAP_MB ? `, heap limit ${HEAP_MB} MB` : ''}`);
  console.log('  timings are wall-clock on a shared machine (2 cores, other jobs running): read them as rough');
  const rows: Row[] = [];
  let measuredBaseline: AllPairsTiming | undefined;
  for (const articles of [...sizes].sort((a, b) => a - b)) {
    const inReach = articles <= BASELINE_MAX;
    const request: SizeRequest = {
      articles,
      seed: SEED,
      dataDir,
      baseline: inReach ? 'all' : measuredBaseline ? 'none' : 'sample',
      sampleArticles: BASELINE_MAX,
      examples: EXAMPLES,
      incremental: INCREMENTAL,
    };
    console.log(`  ${articles} articles...`);
    const outcome = await runSize(request);
    if (!('score' in outcome)) {
      rows.push(outcome);
      console.log(`    ${articles} articles: ${outcome.reason}${outcome.peakRssBytes ? `; peak RSS until then ${mb(outcome.peakRssBytes).toFixed(0)} MB` : ''}`);
      continue;
    }
    if (outcome.baseline && inReach) measuredBaseline = outcome.baseline;
    // A sample of no statements (BASELINE_MAX=0) measures nothing to extrapolate from.
    const sampled = measuredBaseline ?? outcome.baseline;
    const from = inReach || !sampled || sampled.statements < 2 ? undefined : sampled;
    const baselineSeconds = inReach ? outcome.baseline?.seconds : from && extrapolateAllPairs(from, outcome.statements);
    const row: MeasuredRow = {
      ...outcome,
      finished: true,
      baselineMeasured: inReach ? 'all statements' : from ? 'extrapolated (lower bound)' : 'none',
      ...(baselineSeconds !== undefined && { baselineSeconds, speedup: baselineSeconds / outcome.seconds }),
    };
    rows.push(row);
    printSize(row);
  }
  printTable(rows);
  const summary = printTargets(rows);
  return { seed: SEED, baselineMax: BASELINE_MAX, timeoutSeconds: TIMEOUT_SECONDS, definition: SCORE_DEFINITION, targets: TARGETS, summary, sizes: rows };
}

/** Runs one size in a child process; its figures, or why it did not finish. */
function runSize(request: SizeRequest): Promise<SizeFigures | UnfinishedRow> {
  return new Promise((resolve, reject) => {
    const execArgv = HEAP_MB ? [...process.execArgv, `--max-old-space-size=${HEAP_MB}`] : process.execArgv;
    const child = fork(fileURLToPath(new URL('./storiesAtSize.ts', import.meta.url)), [JSON.stringify(request)], { execArgv });
    let figures: SizeFigures | undefined;
    let peakRssBytes: number | undefined;
    let timedOut = false;
    const poll = setInterval(() => (peakRssBytes = highWaterMark(child.pid) ?? peakRssBytes), 1000);
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_SECONDS * 1000);
    child.on('message', (message) => (figures = message as SizeFigures));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      if (figures) return resolve(figures);
      const reason = timedOut ? `not finished within ${TIMEOUT_SECONDS} s (stopped)` : `the process ended (${signal ?? `code ${code}`}) before reporting (SIGABRT: out of memory; see the log above)`;
      resolve({ articles: request.articles, finished: false, reason, ...(peakRssBytes !== undefined && { peakRssBytes }) });
    });
  });
}

/** A process's peak resident memory so far, where Linux tells it. */
function highWaterMark(pid: number | undefined): number | undefined {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) * 1024;
  } catch {
    return undefined;
  }
}

const mb = (bytes: number) => bytes / 1024 ** 2;
/** NaN (nothing to measure) arrives from the child process as null. */
const fixed = (value: number | null | undefined, digits = 2) => (value === undefined || value === null || Number.isNaN(value) ? '-' : value.toFixed(digits));

function printSize(row: MeasuredRow): void {
  const s = row.score;
  const reused = row.slots - row.stories > row.familiesAvailable;
  console.log(
    `    ${row.articles} articles (${row.stories} stories, ${(row.bytes / 1e6).toFixed(2)} MB, ${row.statements} statements; ` +
      `${row.familiesUsed} of ${row.familiesAvailable} real sentence families${reused ? ' used, then reused in later stories' : ''}), generated in ${row.generateSeconds.toFixed(1)} s`,
  );
  console.log(
    `    analyze ${row.seconds.toFixed(2)} s: ${Object.entries(row.stages)
      .map(([stage, t]) => `${stage} ${t.seconds.toFixed(2)} s`)
      .join(', ')}; peak RSS ${mb(row.peakRssBytes).toFixed(0)} MB (${mb(row.rssBeforeBytes).toFixed(0)} MB before analyze)`,
  );
  if (row.crash) {
    console.log(
      `    NOTE: analyze threw ${row.crash.error}; the figures are of a second run with every detector guarded ` +
        `(${row.crash.skippedPairs} pair comparisons threw and were skipped; peak RSS includes the first run)`,
    );
  }
  console.log(
    `    recall ${fixed(s.recall)}, precision ${fixed(s.precision)} (targets >= ${TARGETS.recall}, >= ${TARGETS.precision}); ` +
      `strict precision ${fixed(s.strictPrecision)}; precision leaving out pairs across stories ${fixed(s.precisionWithinStories)}`,
  );
  console.log('      kind       planted pairs  found  recall  edits found/planted  flags true/false  precision');
  for (const [kind, k] of Object.entries(s.byKind)) {
    console.log(
      `      ${kind.padEnd(10)} ${String(k.plantedPairs).padStart(13)} ${String(k.foundPairs).padStart(6)} ${fixed(k.recall).padStart(7)}` +
        ` ${`${k.foundEdits}/${k.plantedEdits}`.padStart(20)} ${`${k.trueFlags}/${k.falseFlags}`.padStart(17)} ${fixed(k.precision).padStart(10)}`,
    );
  }
  for (const [kind, n] of Object.entries(s.falseFlags.byKind)) if (!s.byKind[kind]) console.log(`      ${kind.padEnd(10)} (not planted) false flags: ${n}`);
  console.log(`      recall by edit: ${Object.entries(s.byEdit).map(([edit, e]) => `${edit} ${fixed(e.recall)} (${e.foundPairs}/${e.plantedPairs})`).join(', ')}`);
  console.log(`      false flags (${s.falseFlags.total}) by what the generator made of the pair:${s.falseFlags.total === 0 ? ' none' : ''}`);
  for (const [pair, p] of Object.entries(s.falseFlags.byPair)) {
    console.log(`        ${pair}: ${p.total} (${Object.entries(p.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ')})`);
  }
  console.log(`      wrong-kind flags on planted pairs: ${Object.entries(s.wrongKindFlags.byKind).map(([kind, n]) => `${kind} ${n}`).join(', ') || 'none'}`);
  console.log(`      not scored: ${Object.entries(s.unscored).map(([why, n]) => `${why} ${n}`).join('; ') || 'none'}`);
  if (s.plantedWithoutStatement > 0) console.log(`      planted pairs with a sentence no statement maps to (merged into a neighbour's statement): ${s.plantedWithoutStatement}`);
  if (row.baseline) {
    const b = row.baseline;
    console.log(
      `    all-pairs TF-IDF baseline measured on ${b.statements} statements${row.baselineMeasured === 'all statements' ? '' : ` (those of the first ${BASELINE_MAX} articles)`}: ` +
        `${b.seconds.toFixed(1)} s (natural TfIdf build ${b.buildSeconds.toFixed(1)} s, ${b.pairs.toExponential(2)} pairs ${b.pairSeconds.toFixed(1)} s, ${b.similarPairs} at cosine >= 0.5)`,
    );
  }
  if (row.incremental) {
    const i = row.incremental;
    console.log(
      `    createAnalyzer: ${i.before} articles added one by one in ${i.buildSeconds.toFixed(1)} s, first report (a rebuild) ${i.firstReportSeconds.toFixed(1)} s; ` +
        `then ${i.added} more, one at a time: add() median ${i.addMs.median.toFixed(1)} ms (p90 ${i.addMs.p90.toFixed(1)}, max ${i.addMs.max.toFixed(1)}; target < 50 ms at 10,000), ` +
        `report() after it median ${i.reportMs.median.toFixed(0)} ms (p90 ${i.reportMs.p90.toFixed(0)}, max ${i.reportMs.max.toFixed(0)}); ` +
        `last report recall ${fixed(i.recall)}, precision ${fixed(i.precision)} (analyze: ${fixed(s.recall)}, ${fixed(s.precision)})`,
    );
  }
  if (row.baselineMeasured === 'extrapolated (lower bound)') {
    console.log(`    all-pairs baseline at ${row.statements} statements, extrapolated (build linear, pairs quadratic; a lower bound): ${fixed(row.baselineSeconds, 0)} s`);
  }
}

function printTable(rows: Row[]): void {
  console.log(
    '\n  articles |    MB | statements | analyze s |  MB/s | articles/s | read s | extract s | cluster s | compare s | peak RSS MB | candidate pairs | recall | precision | all-pairs s          | speed-up',
  );
  for (const r of rows) {
    if (!r.finished) {
      console.log(`  ${String(r.articles).padStart(8)} | ${r.reason}${r.peakRssBytes ? `; peak RSS until then ${mb(r.peakRssBytes).toFixed(0)} MB` : ''}`);
      continue;
    }
    const stage = (name: string) => fixed(r.stages[name]?.seconds).padStart(name === 'read' ? 6 : 9);
    const baseline = r.baselineSeconds === undefined ? '-' : `${r.baselineSeconds.toFixed(1)}${r.baselineMeasured === 'all statements' ? '' : ' (extrapolated)'}`;
    console.log(
      `  ${String(r.articles).padStart(8)} | ${(r.bytes / 1e6).toFixed(2).padStart(5)} | ${String(r.statements).padStart(10)} | ${r.seconds.toFixed(2).padStart(9)} | ` +
        `${(r.bytes / 1e6 / r.seconds).toFixed(3).padStart(5)} | ${(r.articles / r.seconds).toFixed(1).padStart(10)} | ${stage('read')} | ${stage('extract')} | ${stage('cluster')} | ${stage('compare')} | ` +
        `${mb(r.peakRssBytes).toFixed(0).padStart(11)} | ${String(r.candidatePairs).padStart(15)} | ${fixed(r.score.recall).padStart(6)} | ${fixed(r.score.precision).padStart(9)} | ` +
        `${baseline.padEnd(20)} | ${r.speedup === undefined ? '-' : `${r.speedup.toFixed(1)}x`}${r.crash ? ' (analyze threw; rerun with guarded detectors)' : ''}`,
    );
  }
}

function printTargets(rows: Row[]): Record<string, unknown> {
  const at = (n: number) => rows.find((r) => r.articles === n);
  const big = at(10_000);
  const small = at(1000);
  const verdict = (ok: boolean) => (ok ? 'met' : 'NOT met');
  const summary: Record<string, unknown> = {};
  console.log('\n  targets (for information, not asserted):');
  if (big?.finished) {
    summary.seconds10k = big.seconds;
    summary.peakRss10kBytes = big.peakRssBytes;
    console.log(`    10,000 articles end to end: ${big.seconds.toFixed(1)} s (target <= ${TARGETS.seconds10k} s: ${verdict(big.seconds <= TARGETS.seconds10k)})`);
    console.log(`    peak RSS at 10,000: ${mb(big.peakRssBytes).toFixed(0)} MB (target <= 2048 MB: ${verdict(big.peakRssBytes <= TARGETS.rssBytes)})`);
    if (big.speedup !== undefined) {
      summary.speedup10k = big.speedup;
      console.log(`    against all-pairs TF-IDF at 10,000 (${big.baselineMeasured}): ${big.speedup.toFixed(1)}x faster (target >= ${TARGETS.speedup}x: ${verdict(big.speedup >= TARGETS.speedup)})`);
    }
  } else if (big) {
    summary.unfinished10k = big.reason;
    console.log(`    10,000 articles: ${big.reason} (targets <= ${TARGETS.seconds10k} s and <= 2048 MB: NOT met)`);
  } else console.log('    10,000 articles not run: time, memory and speed-up targets not measured');
  if (big?.finished && small?.finished) {
    summary.scaling = big.seconds / small.seconds;
    console.log(`    time(10,000) / time(1,000): ${(big.seconds / small.seconds).toFixed(1)} (target <= ${TARGETS.scaling}: ${verdict(big.seconds / small.seconds <= TARGETS.scaling)})`);
  }
  const measured = rows.filter((r): r is MeasuredRow => r.finished);
  for (const r of measured) {
    console.log(
      `    ${r.articles} articles: recall ${fixed(r.score.recall)} (target >= ${TARGETS.recall}: ${verdict(r.score.recall >= TARGETS.recall)}), ` +
        `precision ${fixed(r.score.precision)} (target >= ${TARGETS.precision}: ${verdict(r.score.precision >= TARGETS.precision)})` +
        (r.speedup === undefined ? '' : `, ${r.speedup.toFixed(1)}x faster than all-pairs TF-IDF (${r.baselineMeasured})`),
    );
  }
  summary.recall = Object.fromEntries(measured.map((r) => [r.articles, r.score.recall]));
  summary.precision = Object.fromEntries(measured.map((r) => [r.articles, r.score.precision]));
  console.log(`\n  ${SCORE_DEFINITION}`);
  return summary;
}
