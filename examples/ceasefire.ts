/**
 * The main example: five outlets report one (made-up) day of truce diplomacy, and crosscheck
 * finds what they share and where they disagree.
 *
 *   npm run example
 *
 * For the full report, with every statement linked to its place in the article:
 *
 *   npx tsx src/cli/main.ts examples/articles --format html --out report.html
 */
import { analyze, type Divergence, type Report, type Statement } from '../src/index.js';
import { loadStory } from './story.js';

const report = analyze(loadStory());
const statements = new Map(report.statements.map((s) => [s.id, s]));
const outlets = [...new Set(report.articles.map((a) => a.outlet))];

console.log(`crosscheck read ${report.articles.length} articles from ${outlets.length} outlets (${outlets.join(', ')})`);
console.log(`and split them into ${report.statements.length} statements.\n`);

if (report.clusters.length === 0) {
  console.log('No clusters yet: no statement was matched across outlets.');
  console.log('(The clustering and comparison stages are still being built; this example will show');
  console.log('what the outlets share and where they disagree as soon as they land.)\n');
  printStatementsPerArticle(report);
} else {
  console.log(`${report.clusters.length} things are reported by more than one outlet:\n`);
  report.clusters.forEach((cluster, n) => {
    console.log(`${n + 1}. ${cluster.representative.text}`);
    console.log(`   reported by ${cluster.outlets.join(', ')}`);
    const divergences = report.divergences.filter((d) => d.clusterId === cluster.id);
    for (const divergence of divergences) printDivergence(divergence);
    console.log('');
  });
  const byKind = Object.entries(report.stats.divergencesByKind).map(([kind, n]) => `${n} ${kind}`);
  console.log(`In all: ${report.divergences.length} divergences${byKind.length > 0 ? ` (${byKind.join(', ')})` : ''}.`);
}

/** A divergence: its kind, the detector's explanation, and the words that differ on each side. */
function printDivergence(divergence: Divergence): void {
  console.log(`   ≠ ${divergence.kind}: ${divergence.explanation}`);
  divergence.statementIds.forEach((id, side) => {
    const statement = statements.get(id);
    const words = divergence.spans[side]?.map((span) => `"${span.text}"`).join(', ') || '(no single words)';
    console.log(`       ${statement?.outlet ?? id}: ${words}  [${statement?.certainty ?? '?'}]`);
  });
}

function printStatementsPerArticle(r: Report): void {
  for (const article of r.articles) {
    const own: Statement[] = r.statements.filter((s) => s.articleId === article.id);
    const headline = own.find((s) => s.role === 'headline')?.text ?? own[0]?.text ?? '';
    console.log(`${article.outlet}: ${own.length} statements`);
    console.log(`   headline: ${headline}`);
  }
}
