/**
 * Comparing two statements directly, without a whole analysis: are they the same claim, and if so,
 * where do they differ?
 *
 *   npx tsx examples/compare-two.ts
 *
 * TODO(compare): `compare()` is not exported yet. Once `src/index.ts` exports it, replace the
 * lookup below with `import { compare } from '../src/index.js'` and delete the local types.
 */
import * as crosscheck from '../src/index.js';
import type { Divergence, Statement } from '../src/index.js';

/** What `compare` will return. */
interface Comparison {
  /** 0..1: how much the two statements share. */
  similarity: number;
  /** Whether they report the same thing (and so can diverge). */
  sameClaim: boolean;
  divergences?: Divergence[];
  /** How the second statement stands to the first. */
  stance?: 'supports' | 'reports' | 'contradicts' | 'unrelated';
}
type Compare = (a: string | Statement, b: string | Statement, options?: Record<string, unknown>) => Comparison;

const compare = (crosscheck as unknown as Record<string, unknown>).compare as Compare | undefined;

/** Pairs from the example story: four that disagree, one that only seems to. */
const PAIRS: Array<[string, string, string]> = [
  [
    'a fact reported vs. a fact unconfirmed',
    'Valmora has proposed a truce starting April 3, Aldanian officials say.',
    'Valmora has refused to confirm reports that the truce would begin on April 3.',
  ],
  [
    'the same demand, with different force',
    'Aldanian diplomats said any truce must be immediate.',
    'An Aldanian spokesman said an immediate truce is preferable.',
  ],
  [
    'the same breakdown, at different times',
    'The talks in Lausanne collapsed earlier this month.',
    'The talks in Lausanne broke down last month.',
  ],
  ['the same meeting, in different cities', 'Foreign ministers met in Oslo on Thursday.', 'Foreign ministers met in Helsinki on Thursday.'],
  [
    'no divergence: 48,000 is "tens of thousands"',
    'Tens of thousands of people have fled Meret this month.',
    'The U.N. says 48,000 people have fled Meret this month.',
  ],
];

if (typeof compare !== 'function') {
  console.log('compare() is not available yet: it is being built with the comparison stage.');
  console.log('Once it is exported, this example compares these pairs:');
  for (const [what, a, b] of PAIRS) console.log(`  - ${what}:\n      ${a}\n      ${b}`);
} else {
  for (const [what, a, b] of PAIRS) {
    // Relative times ("last month") resolve against the day the statements were published.
    const result = compare(a, b, { published: '2024-03-14' });
    console.log(`${what}`);
    // `divergences` and `stance` arrive with the comparison stage; until then they may be missing.
    const divergences = result.divergences ?? [];
    console.log(`  same claim: ${result.sameClaim ? 'yes' : 'no'}, similarity ${result.similarity.toFixed(2)}, stance: ${result.stance ?? 'not yet'}`);
    for (const d of divergences) {
      const words = d.spans.map((side) => side.map((s) => `"${s.text}"`).join(', ')).join(' vs ');
      console.log(`  ≠ ${d.kind}: ${d.explanation} (${words})`);
    }
    if (divergences.length === 0) console.log('  no divergence');
    console.log('');
  }
}
