import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { ArticleInput } from '../src/index.js';
import { REPO_ROOT } from '../eval/dataPaths.js';
import { packageUnderTest } from './packageUnderTest.js';

/** At least this much text is extracted (the issue asks for 5 MB). */
const TARGET_BYTES = 5_000_000;

/**
 * Extraction speed in MB/s on real news sentences, then `analyze`'s extraction of the same text
 * on one thread and with workers (see `threadComparison`). The text: MRPC's 10,948 sentences
 * (with their outlet and date) grouped ten to an article, then STS and Emergent sentences,
 * cycling with fresh article ids until at least 5 MB (no cache outlives an article's few sentences, so a repeat costs
 * what it cost the first time). Without ../shared the example story is cycled instead (the figure
 * says which corpus was used). Measures the built package when there is one.
 */
export async function benchExtraction(dataDir: string): Promise<Record<string, unknown>> {
  // The built package, as users run it (`npm run build` first); the sources through tsx otherwise.
  const { crosscheck, code } = await packageUnderTest();
  const { extractStatements, analyze } = crosscheck;
  const { articles, corpus } = corpusOf(dataDir);
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  // One warm-up article so that lazy loading (natural) is not charged to the first batch.
  extractStatements(articles[0]!);
  // Three passes over the 5 MB: this machine's speed varies by a third from one minute to the
  // next (shared host), so the median is the figure, with the spread shown. The first pass is
  // slower for another reason too: V8 compiles and the heap grows over about the first megabyte
  // (measured on fresh text after it: 1.45-1.57 MB/s; no cache outlives an article, so the later
  // passes are not helped by having seen the text).
  const passes: number[] = [];
  let statements = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const started = performance.now();
    statements = 0;
    for (const article of articles) statements += extractStatements(article).length;
    passes.push((performance.now() - started) / 1000);
  }
  const seconds = [...passes].sort((a, b) => a - b)[Math.floor(PASSES / 2)]!;
  const mbPerSecond = bytes / 1e6 / seconds;
  const speeds = passes.map((s) => (bytes / 1e6 / s).toFixed(2));
  console.log(`  code: ${code}`);
  console.log(`  corpus: ${corpus}`);
  console.log(`  ${(bytes / 1e6).toFixed(2)} MB in ${articles.length} articles -> ${statements} statements; ${PASSES} passes: ${speeds.join(', ')} MB/s`);
  console.log(`  extraction speed (median pass): ${mbPerSecond.toFixed(2)} MB/s (target >= 1 MB/s)`);
  const threads = await threadComparison(analyze, articles, bytes);
  return { code, corpus, bytes, articles: articles.length, statements, passes, seconds, mbPerSecond, threads };
}

const PASSES = 3;

/**
 * The extract stage of `analyze` on the same corpus with workers off (`workers: 1`) and on (the
 * default, `'auto'`): MB/s of each, median of {@link PASSES} passes taken in turns, and their
 * ratio. Then the break-even point that `'auto'` is set from: a sweep of smaller inputs (the
 * corpus's first articles) on one thread and on two.
 */
async function threadComparison(analyze: Analyze, articles: readonly ArticleInput[], bytes: number): Promise<Record<string, unknown>> {
  const cores = availableParallelism();
  const off: number[] = [];
  const on: number[] = [];
  // Workers started by the 'auto' passes (Node announces each on `process`, a tick later).
  let workers = 0;
  const count = () => workers++;
  process.on('worker', count);
  for (let pass = 0; pass < PASSES; pass++) {
    off.push(extractStageSeconds(analyze, articles, 1));
    on.push(extractStageSeconds(analyze, articles, 'auto'));
    await new Promise((resolve) => setImmediate(resolve));
  }
  process.off('worker', count);
  const threads = workers / PASSES + 1;
  const offSeconds = median(off);
  const onSeconds = median(on);
  const speed = (seconds: number) => `${(bytes / 1e6 / seconds).toFixed(2)} MB/s`;
  const passes = (times: readonly number[]) => times.map((t) => speed(t).replace(' MB/s', '')).join(', ');
  console.log(`  analyze's extract stage on the same ${(bytes / 1e6).toFixed(2)} MB (${cores} cores; median of ${PASSES} passes each, in turns):`);
  console.log(`    ${'workers off (workers: 1):'.padEnd(32)}${speed(offSeconds)} (passes: ${passes(off)})`);
  console.log(`    ${`workers on ('auto': ${threads} threads):`.padEnd(32)}${speed(onSeconds)} (passes: ${passes(on)})`);
  console.log(`    speedup: ${(offSeconds / onSeconds).toFixed(2)}x${threads === 1 ? ' (no worker started: the worker file is built by `npm run build`)' : ''}`);
  console.log('  break-even of one thread against two (the first articles of the corpus):');
  const sweep = SWEEP_CHARACTERS.map((characters) => {
    const part: ArticleInput[] = [];
    for (let length = 0, i = 0; length < characters && i < articles.length; i++) {
      part.push(articles[i]!);
      length += articles[i]!.text.length;
    }
    const one: number[] = [];
    const two: number[] = [];
    for (let pass = 0; pass < PASSES; pass++) {
      one.push(extractStageSeconds(analyze, part, 1));
      two.push(extractStageSeconds(analyze, part, 2));
    }
    const row = { characters, articles: part.length, oneThreadSeconds: median(one), twoThreadsSeconds: median(two), ratio: median(one) / median(two) };
    console.log(`    ${String(characters / 1000).padStart(5)} k characters: one thread ${row.oneThreadSeconds.toFixed(3)} s, two ${row.twoThreadsSeconds.toFixed(3)} s (${row.ratio.toFixed(2)}x)`);
    return row;
  });
  return { cores, autoThreads: threads, offPasses: off, onPasses: on, offMbPerSecond: bytes / 1e6 / offSeconds, onMbPerSecond: bytes / 1e6 / onSeconds, speedup: offSeconds / onSeconds, sweep };
}

/** Input sizes of the break-even sweep, in characters. */
const SWEEP_CHARACTERS = [500_000, 1_000_000, 2_000_000];

type Analyze = (typeof import('../src/index.js'))['analyze'];

/** Seconds of `analyze`'s extract stage (`stats.stages`), the analysis stopped right after it. */
function extractStageSeconds(analyze: Analyze, articles: readonly ArticleInput[], workers: number | 'auto'): number {
  const stop = new Error('extracted');
  let ms = Number.NaN;
  try {
    analyze(articles, {
      workers,
      onProgress: (stage) => {
        if (stage.stage !== 'extract') return;
        ms = stage.ms;
        throw stop;
      },
    });
  } catch (error) {
    if (error !== stop) throw error;
  }
  return ms / 1000;
}

function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function corpusOf(dataDir: string): { articles: ArticleInput[]; corpus: string } {
  const sentences: string[] = [];
  const mrpc = join(dataDir, 'data', 'mrpc', 'msr_paraphrase_data.txt');
  if (existsSync(mrpc)) {
    for (const line of readFileSync(mrpc, 'utf8').split('\n').slice(1)) {
      const text = line.split('\t')[1];
      if (text) sentences.push(text);
    }
    const sts = join(dataDir, 'data', 'stsbenchmark', 'sts-train.csv');
    if (existsSync(sts)) for (const line of readFileSync(sts, 'utf8').split('\n')) sentences.push(...line.split('\t').slice(5, 7).filter(Boolean));
    const articles: ArticleInput[] = [];
    let bytes = 0;
    for (let round = 0; bytes < TARGET_BYTES; round++) {
      for (let i = 0; i < sentences.length && bytes < TARGET_BYTES; i += 10) {
        const text = sentences.slice(i, i + 10).join(' ');
        articles.push({ id: `r${round}-a${i}`, text, published: '2003-06-01' });
        bytes += Buffer.byteLength(text);
      }
    }
    return { articles, corpus: `MRPC and STS-B train sentences (${sentences.length} distinct), 10 per article, cycled to 5 MB` };
  }
  const story = join(REPO_ROOT, 'examples', 'articles');
  const texts = ['harbor-wire.txt', 'meridian-post.txt', 'the-lantern.txt', 'northstar-review.txt', 'eastgate-daily.md'].map((f) => readFileSync(join(story, f), 'utf8'));
  const articles: ArticleInput[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const text = texts[i % texts.length]!;
    articles.push({ id: `story-${i}`, text, published: '2024-03-14' });
    bytes += Buffer.byteLength(text);
  }
  return { articles, corpus: 'the example story cycled (no ../shared data found)' };
}
