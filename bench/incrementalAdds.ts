import type { ArticleInput, createAnalyzer as CreateAnalyzer } from '../src/index.js';
import type { StoryCorpus } from './storyCorpus.js';
import { scoreStories } from './storyScore.js';

/** What adding articles one at a time to a built analyzer costs, and how far its report is from `analyze`'s. */
export interface IncrementalFigures {
  /** Articles held out, then added one at a time. */
  added: number;
  /** Articles in the analyzer before the first timed addition. */
  before: number;
  /** Adding the other articles one by one (extraction, profiles, candidate scoring), in seconds. */
  buildSeconds: number;
  /** The first report (a full rebuild), in seconds. */
  firstReportSeconds: number;
  /** `add()` of one held-out article, in milliseconds: median, 90th percentile, largest. */
  addMs: { median: number; p90: number; max: number };
  /** `report()` right after that addition (regrouping what it touched, comparing its clusters). */
  reportMs: { median: number; p90: number; max: number };
  /** Planted-divergence recall and precision of the last incremental report (statements weighed with the IDF of the rebuild). */
  recall: number;
  precision: number;
}

/** Held-out articles: every article at an even spacing, so that they come from many stories. */
const ADDED = 20;

/**
 * Builds an analyzer from all the articles but {@link ADDED} spread through the corpus, asks
 * for a first report (a rebuild), then adds the held-out ones one at a time, timing each `add()`
 * and the `report()` after it, and scores the last report against the planted divergences.
 */
export function measureIncremental(corpus: StoryCorpus, createAnalyzer: typeof CreateAnalyzer): IncrementalFigures {
  const step = Math.max(1, Math.floor(corpus.articles.length / ADDED));
  const held = new Set<ArticleInput>();
  for (let i = step - 1; i < corpus.articles.length && held.size < ADDED; i += step) held.add(corpus.articles[i]!);
  const analyzer = createAnalyzer();
  let started = performance.now();
  for (const article of corpus.articles) if (!held.has(article)) analyzer.add(article);
  const buildSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  analyzer.report();
  const firstReportSeconds = (performance.now() - started) / 1000;
  const adds: number[] = [];
  const reports: number[] = [];
  let report = undefined as ReturnType<typeof analyzer.report> | undefined;
  for (const article of held) {
    started = performance.now();
    analyzer.add(article);
    adds.push(performance.now() - started);
    started = performance.now();
    report = analyzer.report();
    reports.push(performance.now() - started);
  }
  const { score } = scoreStories(corpus, report!);
  return {
    added: held.size,
    before: corpus.articles.length - held.size,
    buildSeconds,
    firstReportSeconds,
    addMs: spread(adds),
    reportMs: spread(reports),
    recall: score.recall,
    precision: score.precision,
  };
}

function spread(values: readonly number[]): { median: number; p90: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p90: at(0.9), max: sorted[sorted.length - 1]! };
}
