/**
 * Teaching crosscheck names and words it does not know. Valmora is an invented country, so the
 * built-in alias table (real countries, their capitals and demonyms: "Moscow" and "Russian" are
 * Russia) knows neither its capital, Castra, nor its demonym, "Valmoran"; and "affirm" is not one
 * of the reporting verbs in `src/lexicon/reportingVerbs.ts`. Two options fix that:
 *
 * - `aliases` maps a name to a canonical id. Give the `kind` when the id is new to crosscheck:
 *   `{ id: 'Valmora', kind: 'country' }` makes "Valmoran officials" speak for Valmora, as
 *   "Russian officials" speak for Russia. A plain string (`{ Pyongyang: 'North Korea' }`) is
 *   enough for an id crosscheck already knows.
 * - `lexicon.reportingVerbs` adds verbs (in their base form) with the certainty they give a claim.
 *
 *   npx tsx examples/custom-lexicon.ts
 */
import { analyze, type AnalyzeOptions, type ArticleInput, type Report, type Statement } from '../src/index.js';

const articles: ArticleInput[] = [
  { id: 'wire', outlet: 'Harbor Wire', published: '2024-03-14', text: 'Castra affirmed on Thursday that peace talks would resume in Oslo on March 28.' },
  { id: 'post', outlet: 'Meridian Post', published: '2024-03-14', text: 'Valmoran officials said peace talks would resume in Helsinki on March 28.' },
];

const options: AnalyzeOptions = {
  aliases: {
    Castra: { id: 'Valmora', kind: 'city', country: 'Valmora' },
    Valmoran: { id: 'Valmora', kind: 'country' },
  },
  lexicon: { reportingVerbs: { affirm: 'reported' } },
};

for (const article of articles) console.log(`${article.outlet}: ${article.text}`);

console.log('\nWithout options:');
printReading(analyze(articles));

console.log('\nWith { aliases: { Castra, Valmoran }, lexicon: { reportingVerbs: { affirm: "reported" } } }:');
const taught = analyze(articles, options);
printReading(taught);

const sides = new Set(taught.statements.map((s) => s.attribution.id));
if (sides.size === 1) console.log(`\nBoth claims now come from one side (${[...sides].join('')}), and that side is reported two ways:`);
for (const d of taught.divergences) console.log(`  ≠ ${d.kind}: ${d.explanation}`);

/** How each statement was read: its certainty, who says it, and for which side. */
function printReading(report: Report): void {
  for (const s of report.statements) console.log(`  ${s.outlet.padEnd(14)} ${s.certainty.padEnd(9)} ${describeSource(s)}`);
}

function describeSource(s: Statement): string {
  const { kind, source, id, verb } = s.attribution;
  if (kind === 'outlet') return `in the outlet's own voice ("${s.claim.text}")`;
  return `by "${source}" (${kind}${id ? `, speaking for ${id}` : ', side unknown'}; verb "${verb ?? '?'}"): "${s.claim.text}"`;
}
