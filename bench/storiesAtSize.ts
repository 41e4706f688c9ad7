/**
 * One size of the stories benchmark, in a process of its own (started by `stories.ts`), so that
 * its peak memory and its heap are its own: generates the corpus, times `analyze` on it, scores
 * the planted divergences, and times the all-pairs baseline when asked. Sends its figures to the
 * parent as one message.
 */
import type { AnalyzeOptions, Detector, Report } from '../src/index.js';
import { allPairsTfIdf, type AllPairsTiming } from './allPairsBaseline.js';
import { measureIncremental, type IncrementalFigures } from './incrementalAdds.js';
import { packageUnderTest } from './packageUnderTest.js';
import { buildStoryCorpus } from './storyCorpus.js';
import { scoreStories, type StoryScore } from './storyScore.js';

/** What the parent asks for. */
export interface SizeRequest {
  articles: number;
  seed: number;
  dataDir: string;
  /** Time the baseline on all statements (`all`), on those of the first `sampleArticles` articles (`sample`), or not. */
  baseline: 'all' | 'sample' | 'none';
  sampleArticles: number;
  /** Sentences of missed and falsely flagged pairs to print, per kind. */
  examples: number;
  /** Also time adding articles one at a time to an analyzer of the others (`createAnalyzer`). */
  incremental: boolean;
}

/** What one size measured. */
export interface SizeFigures {
  articles: number;
  bytes: number;
  stories: number;
  slots: number;
  familiesUsed: number;
  familiesAvailable: number;
  statements: number;
  clusters: number;
  divergences: number;
  candidatePairs: number;
  generateSeconds: number;
  seconds: number;
  stages: Record<string, { seconds: number; count: number }>;
  /** Peak resident memory of the process (the corpus included), from `resourceUsage().maxRSS` and samples after each stage. */
  peakRssBytes: number;
  /** Resident memory before `analyze` (the corpus and the loaded code). */
  rssBeforeBytes: number;
  score: StoryScore;
  /** The baseline as measured here, on `baseline.statements` statements. */
  baseline?: AllPairsTiming;
  /**
   * When `analyze` threw: the error, and the pairs skipped when it was run again with every
   * detector guarded (a pair a detector throws on gets no divergence of that kind); the other
   * figures are those of that second run.
   */
  crash?: { error: string; skippedPairs: number };
  /** Adding articles one at a time to an analyzer holding the others (after the rest, so that peak RSS is `analyze`'s). */
  incremental?: IncrementalFigures;
}

async function measure(request: SizeRequest): Promise<SizeFigures> {
  const { crosscheck } = await packageUnderTest();
  const { analyze } = crosscheck;
  let started = performance.now();
  const corpus = buildStoryCorpus({ articles: request.articles, dataDir: request.dataDir, seed: request.seed });
  const generateSeconds = (performance.now() - started) / 1000;
  // Loads natural and the lexicon, which a first call pays once whatever its size.
  analyze(corpus.articles.slice(0, 2));
  const rssBeforeBytes = process.memoryUsage().rss;
  let sampled = rssBeforeBytes;
  const options: AnalyzeOptions = {
    onProgress: (stage) => {
      sampled = Math.max(sampled, process.memoryUsage().rss);
      // Where a large size stands, should it run out of memory or time (writes to a pipe or file are synchronous on Linux).
      console.log(`    [${request.articles}] ${stage.stage}: ${(stage.ms / 1000).toFixed(1)} s, ${stage.count} out, RSS ${(sampled / 1024 ** 2).toFixed(0)} MB`);
    },
  };
  let report: Report;
  let seconds: number;
  let crash: SizeFigures['crash'];
  try {
    started = performance.now();
    report = analyze(corpus.articles, options);
    seconds = (performance.now() - started) / 1000;
  } catch (error) {
    const message = error instanceof Error ? `${error.name}: ${error.message} (${/\/(src\/[^)\s]+)/.exec(error.stack ?? '')?.[1] ?? 'stack unknown'})` : String(error);
    console.log(`    [${request.articles}] analyze threw ${message}; running it again with every detector guarded`);
    let skippedPairs = 0;
    const guard = (detector: Detector): Detector => ({
      kind: detector.kind,
      name: detector.name,
      compare(a, b, context) {
        try {
          return detector.compare(a, b, context);
        } catch {
          skippedPairs++;
          return undefined;
        }
      },
    });
    started = performance.now();
    report = analyze(corpus.articles, { ...options, detectors: (defaults) => defaults.map(guard) });
    seconds = (performance.now() - started) / 1000;
    crash = { error: message, skippedPairs };
  }
  const peakRssBytes = Math.max(sampled, process.resourceUsage().maxRSS * 1024);
  const { score, examples } = scoreStories(corpus, report, request.examples);
  for (const e of examples) console.log(`    [${request.articles}] ${e.what}, ${e.kind}:\n      A: ${e.a}\n      B: ${e.b}`);
  let baseline: AllPairsTiming | undefined;
  if (request.baseline !== 'none') {
    const sample = new Set(corpus.articles.slice(0, request.baseline === 'all' ? corpus.articles.length : request.sampleArticles).map((a) => a.id));
    baseline = allPairsTfIdf(report.statements.filter((s) => sample.has(s.articleId)).map((s) => s.text));
  }
  const incremental = request.incremental ? measureIncremental(corpus, crosscheck.createAnalyzer) : undefined;
  return {
    articles: corpus.articles.length,
    bytes: corpus.bytes,
    stories: corpus.stories,
    slots: corpus.slots,
    familiesUsed: corpus.familiesUsed,
    familiesAvailable: corpus.familiesAvailable,
    statements: report.stats.statements,
    clusters: report.stats.clusters,
    divergences: report.stats.divergences,
    candidatePairs: report.stats.candidatePairs,
    generateSeconds,
    seconds,
    stages: Object.fromEntries(report.stats.stages.map((s) => [s.stage, { seconds: s.ms / 1000, count: s.count }])),
    peakRssBytes,
    rssBeforeBytes,
    score,
    ...(baseline && { baseline }),
    ...(crash && { crash }),
    ...(incremental && { incremental }),
  };
}

const request = JSON.parse(process.argv[2] ?? '{}') as SizeRequest;
process.send!(await measure(request), () => process.exit(0));
