/** The result depends on the articles, not on their order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type ArticleInput, type Report } from '../../src/index.js';
import { anyText, articlesOf, PROPERTY_RUNS, storyArticles } from './arbitraries.js';

/** The articles with a permutation of them. */
const withPermutation = (articles: fc.Arbitrary<ArticleInput[]>) =>
  articles.chain((list) => fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length })));

/** The report without its timings (the only part that changes from run to run). */
function stable(report: Report) {
  const { stats, ...rest } = report;
  return { ...rest, stats: { ...stats, stages: stats.stages.map(({ ms: _ms, ...stage }) => stage) } };
}

describe('article order', () => {
  it('does not change statements, clusters or divergences of one story', () => {
    fc.assert(
      fc.property(withPermutation(storyArticles), ([articles, permuted]) => {
        expect(stable(analyze(permuted))).toEqual(stable(analyze(articles)));
      }),
      PROPERTY_RUNS,
    );
  });

  it('does not change the result for any text', () => {
    fc.assert(
      fc.property(withPermutation(articlesOf(anyText, { maxLength: 4 })), ([articles, permuted]) => {
        expect(stable(analyze(permuted))).toEqual(stable(analyze(articles)));
      }),
      PROPERTY_RUNS,
    );
  });

  it('gives the same result on a second run', () => {
    fc.assert(
      fc.property(storyArticles, (articles) => {
        expect(stable(analyze(articles))).toEqual(stable(analyze(articles)));
      }),
      PROPERTY_RUNS,
    );
  });
});
