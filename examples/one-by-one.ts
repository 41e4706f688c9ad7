/**
 * Feeding articles one at a time, as they come in, and watching the picture change.
 *
 *   npx tsx examples/one-by-one.ts
 *
 * TODO(incremental): an incremental API (sketched here as `createAnalysis()` with `add(article)` and
 * `report()`) does not exist yet. Until it does, this example does the same the simple way:
 * `analyze` again on the articles so far. Results are the same; only the cost differs.
 */
import * as crosscheck from '../src/index.js';
import type { ArticleInput, Report } from '../src/index.js';
import { loadStory } from './story.js';

/** The sketched incremental API. */
interface Analysis {
  add(article: ArticleInput): void;
  report(): Report;
}
const createAnalysis = (crosscheck as unknown as Record<string, unknown>).createAnalysis as (() => Analysis) | undefined;

const story = loadStory();
if (typeof createAnalysis !== 'function') {
  console.log('Incremental analysis is not available yet; analyzing the articles so far each time instead.\n');
}
const analysis = createAnalysis?.();
const sofar: ArticleInput[] = [];
for (const article of story) {
  sofar.push(article);
  let report: Report;
  if (analysis) {
    analysis.add(article);
    report = analysis.report();
  } else {
    report = crosscheck.analyze(sofar);
  }
  console.log(
    `+ ${article.outlet}: ${report.statements.length} statements, ${report.clusters.length} clusters, ${report.divergences.length} divergences so far`,
  );
}
