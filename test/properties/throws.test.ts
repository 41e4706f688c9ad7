/** Whatever it is given, `analyze` returns a report or throws its own validation error, nothing else. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, compare, CrosscheckInputError, extractStatements, segment } from '../../src/index.js';
import { anyText, articlesOf, PROPERTY_RUNS } from './arbitraries.js';

/** Runs `run`; passes when it returns or throws a `CrosscheckInputError`. */
function onlyInputErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(error, String(error instanceof Error ? error.stack : error)).toBeInstanceOf(CrosscheckInputError);
  }
}

/** An article-shaped record whose fields may be anything at all. */
const oddArticle = fc.record(
  {
    id: fc.oneof(fc.string(), fc.anything()),
    text: fc.oneof(anyText, fc.anything()),
    outlet: fc.anything(),
    title: fc.oneof(anyText, fc.anything()),
    published: fc.oneof(fc.string(), fc.date({ noInvalidDate: false }), fc.anything()),
    url: fc.anything(),
  },
  { requiredKeys: [] },
);

describe('never throws but CrosscheckInputError', () => {
  it('on any text', () => {
    fc.assert(fc.property(articlesOf(anyText, { maxLength: 4 }), (articles) => void analyze(articles)), PROPERTY_RUNS);
  });

  it('on anything given as the articles', () => {
    fc.assert(fc.property(fc.anything(), (input) => onlyInputErrors(() => analyze(input as never))), PROPERTY_RUNS);
  });

  it('on articles whose fields are anything', () => {
    fc.assert(fc.property(fc.array(fc.oneof(oddArticle, fc.anything()), { maxLength: 4 }), (input) => onlyInputErrors(() => analyze(input as never))), PROPERTY_RUNS);
  });

  // Lines that once made a regular expression backtrack for minutes (see `npm run redos`).
  it.each([
    ['a byline of repeated "and"', `By A${' and'.repeat(40)} !`],
    ['an unclosed comment, again and again', '<!--'.repeat(5000)],
    ['unclosed links', '[a]('.repeat(5000)],
    ['a run of dots', `Yes${'.'.repeat(20000)}x`],
    ['a run of spaces before a dash', `WASHINGTON${' '.repeat(20000)}x`],
    ['a tweet handle line of spaces', `\u2014${' '.repeat(20000)}x`],
    ['a speech tag without end', `"No," said ${'Ab '.repeat(5000)}x`],
    ['open brackets in a caption', `(AFP ${'(AFP '.repeat(5000)}`],
  ])('on %s', (_name, text) => {
    expect(analyze([{ id: 'a', text }]).articles).toHaveLength(1);
  });

  it('on any text in the single-article and two-statement entry points', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        segment(a);
        extractStatements({ id: 'a', text: a, title: b });
        compare(a, b);
      }),
      PROPERTY_RUNS,
    );
  });
});
