import type { ArticleInput } from '../src/index.js';
import { packageUnderTest } from './packageUnderTest.js';

/** One family of hostile input, made at a given size. */
interface Case {
  name: string;
  /** What `size` counts. */
  unit: string;
  sizes: readonly number[];
  make: (size: number) => ArticleInput[];
}

const SENTENCE = 'A winter storm closed the old river bridge on Monday and cut power to 15,000 homes, the regional utility said. ';

/** Repeats `unit` to about `bytes` bytes. */
const about = (unit: string, bytes: number) => unit.repeat(Math.max(1, Math.round(bytes / unit.length)));

const CASES: readonly Case[] = [
  { name: 'one line of sentences', unit: 'MB', sizes: [1, 3, 10], make: (mb) => [{ id: 'a', text: about(SENTENCE, mb * 1e6) }] },
  { name: 'one line, no sentence end', unit: 'MB', sizes: [1, 3, 10], make: (mb) => [{ id: 'a', text: about('the storm closed the bridge and ', mb * 1e6) }] },
  { name: 'one-word sentences', unit: 'sentences', sizes: [10_000, 30_000, 100_000], make: (n) => [{ id: 'a', text: 'Yes. '.repeat(n) }] },
  { name: 'nested quotes', unit: 'levels', sizes: [1_000, 3_000, 10_000], make: (n) => [{ id: 'a', text: `${'He said "'.repeat(n)}no${'" '.repeat(n)}.` }] },
  {
    name: 'nested curly quotes',
    unit: 'levels',
    sizes: [1_000, 3_000, 10_000],
    make: (n) => [{ id: 'a', text: `${Array.from({ length: n }, (_, i) => (i % 2 ? 'she said \u2018' : 'he said \u201c')).join('')}no.` }],
  },
  { name: 'quotations in one paragraph', unit: 'quotes', sizes: [1_000, 3_000, 10_000], make: (n) => [{ id: 'a', text: '"Yes," he said. \'No\' she said. '.repeat(n) }] },
  { name: 'commas in one sentence', unit: 'commas', sizes: [1_000, 10_000, 30_000], make: (n) => [{ id: 'a', text: `${'the storm closed the bridge, '.repeat(n)}officials said.` }] },
  { name: 'a long number', unit: 'digits', sizes: [5_000, 50_000, 500_000], make: (n) => [{ id: 'a', text: `The toll rose to ${'1234567890'.repeat(n / 10)} people on Monday.` }] },
  {
    name: 'identical articles',
    unit: 'articles',
    sizes: [1_000, 3_000, 10_000],
    make: (n) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, text: `${SENTENCE}Schools stayed open.` })),
  },
];

/**
 * Time against size for hostile input (`npm run bench -- pathological`): each family at three
 * sizes, with seconds per MB and how time grew against size between the sizes (1.0 is linear).
 * Figures only: nothing is asserted. Measures the built package when there is one.
 */
export async function benchPathological(): Promise<Record<string, unknown>> {
  const { crosscheck, code } = await packageUnderTest();
  const { analyze } = crosscheck;
  console.log(`  code: ${code}`);
  analyze([{ id: 'warm-up', text: SENTENCE }]);
  const figures: Record<string, Array<Record<string, number>>> = {};
  console.log('  | input | size | MB | seconds | s/MB | statements | growth |');
  console.log('  | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const family of CASES) {
    const rows: Array<Record<string, number>> = [];
    for (const size of family.sizes) {
      const articles = family.make(size);
      const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
      const started = performance.now();
      // The 10 MB inputs are over the default `maxArticleBytes`: it is raised, as a caller with such text would.
      const report = analyze(articles, { maxArticleBytes: 50_000_000 });
      const seconds = (performance.now() - started) / 1000;
      const previous = rows[rows.length - 1];
      // Time ratio over size ratio from the size before: 1 when time grows as the input does.
      const growth = previous ? seconds / previous.seconds! / (bytes / previous.bytes!) : Number.NaN;
      rows.push({ size, bytes, seconds, statements: report.statements.length, growth });
      const mb = bytes / 1e6;
      console.log(
        `  | ${family.name} | ${size.toLocaleString('en')} ${family.unit} | ${mb.toFixed(2)} | ${seconds.toFixed(2)} | ${(seconds / mb).toFixed(2)} | ${report.statements.length} | ${Number.isNaN(growth) ? '-' : growth.toFixed(2)} |`,
      );
    }
    figures[family.name] = rows;
  }
  return { code, cases: figures };
}
