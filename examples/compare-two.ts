/**
 * Comparing two statements directly, without a whole analysis: do they report the same thing,
 * how does the second stand toward the first, and where do they differ?
 *
 *   npx tsx examples/compare-two.ts
 *
 * `compare` takes two strings, or two `Statement`s from `extractStatements`. Here each sentence is
 * read as a statement of an article published on 14 March 2024, so that dates without a year
 * ("April 3") and relative ones ("last month") resolve against that day and can be compared.
 */
import { compare, extractStatements, type Statement } from '../src/index.js';

const PUBLISHED = '2024-03-14';

/** Pairs from the example story: five that disagree, two that only seem to. */
const PAIRS: Array<[what: string, a: string, b: string]> = [
  [
    'a date reported vs. the same date left unconfirmed',
    'Valmora has proposed a truce starting April 3, Aldanian officials say.',
    'Valmora has refused to confirm reports that the truce would begin on April 3.',
  ],
  ['the same demand, with different force', 'Aldanian diplomats said any truce must be immediate.', 'An Aldanian spokesman said an immediate truce is preferable.'],
  [
    'the same refusal, with different force',
    'Aldanian officials said Aldania cannot accept the Valmoran offer.',
    'An Aldanian official said Aldania is wary of accepting the Valmoran offer.',
  ],
  ['the same breakdown, at different times', 'The talks in Lausanne collapsed earlier this month.', 'The talks in Lausanne broke down last month.'],
  ['the same meeting, in different cities', 'Foreign ministers met in Oslo on Thursday.', 'Foreign ministers met in Helsinki on Thursday.'],
  [
    'no divergence: 48,000 is "tens of thousands"',
    'Tens of thousands of people have fled Meret this month.',
    'The U.N. says 48,000 people have fled Meret this month.',
  ],
  ['no divergence: last week is earlier this month', 'The talks in Lausanne collapsed earlier this month.', 'The talks in Lausanne stalled last week.'],
];

/** One sentence as a statement of an article published on {@link PUBLISHED}. */
function statement(id: string, text: string): Statement {
  const [read] = extractStatements({ id, text, published: PUBLISHED });
  if (!read) throw new Error(`no statement in "${text}"`);
  return read;
}

for (const [what, a, b] of PAIRS) {
  const result = compare(statement('a', a), statement('b', b));
  console.log(what);
  console.log(`  a: ${a}\n  b: ${b}`);
  console.log(`  same claim: ${result.sameClaim ? 'yes' : 'no'} (similarity ${result.similarity.toFixed(2)}); b ${result.stance} a`);
  for (const d of result.divergences) {
    const words = d.spans.map((side) => side.map((s) => `"${s.text}"`).join(', ') || '(no single words)').join(' vs ');
    console.log(`  ≠ ${d.kind}: ${d.explanation}`);
    console.log(`    words that differ: ${words}`);
  }
  if (result.divergences.length === 0) console.log('  no divergence');
  console.log('');
}
