/**
 * The main example: five outlets report one (made-up) day of truce diplomacy, and crosscheck
 * finds what they share and where they disagree.
 *
 *   npm run example
 *
 * It prints, for each thing several outlets report, the strongest divergences with the words
 * that differ in [brackets]; then what the outlets agree on. For the full report, with every
 * statement linked to its place in the article:
 *
 *   npx crosscheck examples/articles --format html --out report.html
 */
import { analyze, type Cluster, type Divergence, type Statement, type TextSpan } from '../src/index.js';
import { loadStory } from './story.js';

/** Divergences shown per cluster; the rest are counted (the full report lists them all). */
const SHOWN_PER_CLUSTER = 3;
/** Statements longer than this are cut around the words that differ. */
const LINE_WIDTH = 110;

const report = analyze(loadStory());
const statements = new Map(report.statements.map((s) => [s.id, s]));
const outlets = [...new Set(report.articles.map((a) => a.outlet))];
const disputed = report.clusters.filter((c) => report.divergences.some((d) => d.clusterId === c.id));
const agreed = report.clusters.filter((c) => !disputed.includes(c));

console.log(`crosscheck read ${report.articles.length} articles (${outlets.join(', ')})`);
console.log(`and split them into ${report.statements.length} statements. ${report.clusters.length} things are reported by more than one outlet.\n`);

console.log(`WHERE THE OUTLETS DISAGREE (${disputed.length} of ${report.clusters.length})\n`);
disputed.forEach((cluster, n) => {
  const divergences = report.divergences.filter((d) => d.clusterId === cluster.id);
  console.log(`${n + 1}. ${cut(cluster.representative.text)}`);
  console.log(`   reported by ${cluster.outlets.join(', ')}`);
  const shown = strongest(divergences);
  for (const divergence of shown) printDivergence(divergence);
  const more = divergences.length - shown.length;
  if (more > 0) console.log(`   … and ${more} more; in all ${divergences.length} ${kindCounts(divergences)}`);
  console.log('');
});

console.log(`WHAT THEY AGREE ON (no divergence found, ${agreed.length} of ${report.clusters.length})\n`);
for (const cluster of agreed) printAgreement(cluster);

console.log(`\nIn all: ${report.divergences.length} divergences ${kindCounts(report.divergences)}.`);
console.log('Every one of them, with the statements in their articles:');
console.log('  npx crosscheck examples/articles --format html --out report.html');

/**
 * The divergences worth reading first: between two outlets before those inside one article, each
 * bringing in outlets not shown yet, then the highest score. One per kind and pair of outlets
 * (the others repeat it with a sibling statement).
 */
function strongest(divergences: readonly Divergence[]): Divergence[] {
  const outletsOf = (d: Divergence) => d.statementIds.map((id) => statements.get(id)?.outlet ?? id);
  const candidates = [...divergences].sort((a, b) => Number(a.sameArticle) - Number(b.sameArticle) || b.score - a.score);
  const shownOutlets = new Set<string>();
  const shownPairs = new Set<string>();
  const picked: Divergence[] = [];
  while (picked.length < SHOWN_PER_CLUSTER) {
    const fresh = candidates.filter((d) => !shownPairs.has(`${d.kind} ${outletsOf(d).sort().join('+')}`));
    if (fresh.length === 0) break;
    const news = (d: Divergence) => new Set(outletsOf(d).filter((o) => !shownOutlets.has(o))).size;
    const best = fresh.reduce((a, b) => (news(b) > news(a) && !b.sameArticle ? b : a));
    picked.push(best);
    shownPairs.add(`${best.kind} ${outletsOf(best).sort().join('+')}`);
    for (const outlet of outletsOf(best)) shownOutlets.add(outlet);
  }
  return picked;
}

/** The detector's one-line explanation, then each statement with the differing words in [brackets]. */
function printDivergence(divergence: Divergence): void {
  console.log(`   ≠ ${divergence.kind}: ${divergence.explanation}`);
  divergence.statementIds.forEach((id, side) => {
    const statement = statements.get(id);
    if (statement) console.log(`       ${`${statement.outlet}:`.padEnd(18)}${excerpt(statement, divergence.spans[side] ?? [])}`);
  });
}

function printAgreement(cluster: Cluster): void {
  const members = cluster.statementIds.map((id) => statements.get(id)).filter((s): s is Statement => s !== undefined);
  console.log(`= ${cut(cluster.representative.text)}`);
  for (const outlet of cluster.outlets) {
    const own = members.find((s) => s.outlet === outlet && s.id !== cluster.representative.statementId) ?? members.find((s) => s.outlet === outlet);
    if (own && own.id !== cluster.representative.statementId) console.log(`     ${`${outlet}:`.padEnd(18)}${excerpt(own, [])}`);
  }
}

/** `(20 certainty, 1 time)`: how many divergences of each kind. */
function kindCounts(divergences: readonly Divergence[]): string {
  const counts = new Map<string, number>();
  for (const d of divergences) counts.set(d.kind, (counts.get(d.kind) ?? 0) + 1);
  return `(${[...counts].map(([kind, n]) => `${n} ${kind}`).join(', ')})`;
}

/**
 * The statement's text with `words` in [brackets], cut to one line around the first of them. The
 * words are looked for near their offset in the article (the statement's text is normalized, so
 * offsets can drift a little); a word spelled differently there stays unmarked.
 */
function excerpt(statement: Statement, words: readonly TextSpan[]): string {
  let text = statement.text;
  const marked = [...words].sort((a, b) => b.start - a.start);
  for (const word of marked) {
    const wanted = word.text.replace(/\s+/g, ' ');
    const near = Math.max(0, word.start - statement.start - 10);
    const at = text.indexOf(wanted, near) !== -1 ? text.indexOf(wanted, near) : text.indexOf(wanted);
    if (at !== -1) text = `${text.slice(0, at)}[${wanted}]${text.slice(at + wanted.length)}`;
  }
  if (text.length <= LINE_WIDTH) return text;
  const mark = text.indexOf('[');
  if (mark < LINE_WIDTH - 30) return cut(text, LINE_WIDTH);
  // The words that differ are far in: keep the opening (what is claimed), then the words in context.
  const half = LINE_WIDTH / 2;
  const from = text.lastIndexOf(' ', mark - 20) + 1;
  return `${cut(text, half)} ${cut(text.slice(from), half)}`;
}

/** `text` cut at a word end to fit `width`, with "…" when something was cut. */
function cut(text: string, width = LINE_WIDTH): string {
  return text.length <= width ? text : `${text.slice(0, text.lastIndexOf(' ', width))} …`;
}
