/**
 * Teaching crosscheck words it does not know: an alias (two names for one actor) and a reporting
 * verb (a word that attributes a claim to a source). The built-in word lists already know
 * "Pyongyang" and "tweeted" (see `src/lexicon/`), so this example teaches a nickname and a rarer verb.
 *
 *   npx tsx examples/custom-lexicon.ts
 *
 * TODO(options): `analyze(articles, { aliases, lexicon })` is the planned API and does not exist yet;
 * today `analyze` takes the articles only and ignores the second argument. Once it lands, call it
 * directly and delete `AnalyzeWithOptions`.
 */
import { analyze, type ArticleInput, type Report } from '../src/index.js';

/** The options this example needs from the planned API. */
interface LexiconOptions {
  /** Another name -> the canonical name it stands for. */
  aliases?: Record<string, string>;
  /** Word lists added to the built-in ones (see `src/lexicon/`); verbs in their base form. */
  lexicon?: { reportingVerbs?: string[] };
}
type AnalyzeWithOptions = (articles: readonly ArticleInput[], options: LexiconOptions) => Report;

const articles: ArticleInput[] = [
  { id: 'wire', outlet: 'Wire', published: '2024-04-20', text: 'The Hermit Kingdom quipped that talks would resume in Geneva on May 2.' },
  { id: 'daily', outlet: 'Daily', published: '2024-04-20', text: 'North Korea said that talks would resume in Vienna on May 2.' },
];

const report = (analyze as unknown as AnalyzeWithOptions)(articles, {
  aliases: { 'the Hermit Kingdom': 'North Korea' },
  lexicon: { reportingVerbs: ['quip'] },
});

const quipped = report.statements.find((s) => /^quip/.test(s.attribution.verb ?? '') && s.attribution.id === 'North Korea');
if (!quipped) {
  console.log('Custom aliases and lexicons are not available yet: "The Hermit Kingdom quipped" is not read');
  console.log('as North Korea reporting. When it is, this example shows that statement clustered with');
  console.log('"North Korea said ...", and the place divergence (Geneva vs Vienna) between them.');
} else {
  console.log(`"${quipped.text}"`);
  console.log(`  source: ${quipped.attribution.source} (id ${quipped.attribution.id}), verb: ${quipped.attribution.verb}, certainty: ${quipped.certainty}`);
  for (const d of report.divergences) console.log(`  ≠ ${d.kind}: ${d.explanation}`);
}
