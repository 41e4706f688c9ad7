import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleInput } from '../src/index.js';
import { REPO_ROOT } from '../eval/dataPaths.js';

/** At least this much text is extracted (the issue asks for 5 MB). */
const TARGET_BYTES = 5_000_000;

/**
 * Extraction speed in MB/s on real news sentences: MRPC's 10,948 sentences (with their outlet
 * and date) grouped ten to an article, then STS and Emergent sentences, cycling with fresh
 * article ids until at least 5 MB (no cache outlives an article's few sentences, so a repeat costs
 * what it cost the first time). Without ../shared the example story is cycled instead (the figure
 * says which corpus was used). Measures the built package when there is one.
 */
export async function benchExtraction(dataDir: string): Promise<Record<string, unknown>> {
  // The built package, as users run it (`npm run build` first); the sources through tsx otherwise.
  const built = join(REPO_ROOT, 'dist', 'index.js');
  const code = existsSync(built) ? 'dist/index.js (the built package)' : 'src/ through tsx (run `npm run build` to measure the package)';
  const { extractStatements } = (await import(existsSync(built) ? pathToFileURL(built).href : '../src/index.js')) as typeof import('../src/index.js');
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
  return { code, corpus, bytes, articles: articles.length, statements, passes, seconds, mbPerSecond };
}

const PASSES = 3;

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
