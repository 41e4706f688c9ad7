/**
 * Feeding articles one at a time, as they come in, and watching the picture change.
 *
 *   npx tsx examples/one-by-one.ts
 *
 * An analyzer (`createAnalyzer`) keeps what it has read: each new article is extracted and paired
 * with the statements already there, and a report regroups only what the article touched. On a
 * story this small it regroups everything each time, so every report is the one `analyze` would
 * give on the articles so far. Divergence ids are derived from the statements they join, so a
 * divergence keeps its id from one report to the next and the new ones are easy to pick out.
 */
import { createAnalyzer, type Divergence, type Report } from '../src/index.js';
import { loadStory } from './story.js';

const analyzer = createAnalyzer();
let previous: Report | undefined;
for (const article of loadStory()) {
  analyzer.add(article);
  const report = analyzer.report();
  const seen = new Set(previous?.divergences.map((d) => d.id));
  const added = report.divergences.filter((d) => !seen.has(d.id));
  const gone = (previous?.divergences ?? []).filter((d) => !report.divergences.some((r) => r.id === d.id));

  console.log(`+ ${article.outlet} (${analyzer.size} article${analyzer.size > 1 ? 's' : ''}):`);
  console.log(
    `  ${report.statements.length} statements, ${report.clusters.length} things reported by more than one outlet, ${report.divergences.length} divergences`,
  );
  if (added.length > 0) console.log(`  new: ${describe(added)}`);
  for (const d of strongestPerKind(added)) console.log(`    e.g. ${d.kind}: ${d.explanation}`);
  if (gone.length > 0) console.log(`  no longer found (the statements were grouped differently): ${describe(gone)}`);
  previous = report;
}

/** "3 certainty, 1 quote". */
function describe(divergences: readonly Divergence[]): string {
  const counts = new Map<string, number>();
  for (const d of divergences) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${kind}`).join(', ');
}

/** The highest-scoring new divergence of each kind, between two outlets when there is one. */
function strongestPerKind(divergences: readonly Divergence[]): Divergence[] {
  const best = new Map<string, Divergence>();
  const rank = (d: Divergence) => d.score - (d.sameArticle ? 1 : 0);
  for (const d of divergences) {
    const kept = best.get(d.kind);
    if (!kept || rank(d) > rank(kept)) best.set(d.kind, d);
  }
  return [...best.values()];
}
