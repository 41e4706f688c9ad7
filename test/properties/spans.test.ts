/**
 * Every span lies inside the text it points into and reproduces the words it claims to cover:
 * a statement's `start`/`end` (and each fact's) are offsets into its article's `text` or `title`,
 * and the raw characters there are the statement's text before normalizing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type Report, type Statement } from '../../src/index.js';
import { anyText, articlesOf, cutsSurrogatePair, factSpans, fieldOf, fold, isSubsequence, plainText, PROPERTY_RUNS, storyArticles } from './arbitraries.js';

/** The offsets of `statement` and of everything it carries lie inside its field, facts inside the statement. */
function checkBounds(report: Report, statement: Statement): void {
  const field = fieldOf(report, statement);
  const where = `${statement.id} ${JSON.stringify(statement.text)}`;
  expect(0 <= statement.start && statement.start <= statement.end && statement.end <= field.length, `${where}: [${statement.start}, ${statement.end}) in ${field.length}`).toBe(true);
  expect(statement.text.trim(), `${where}: has words`).not.toBe('');
  expect(cutsSurrogatePair(field, statement.start) || cutsSurrogatePair(field, statement.end), `${where}: cuts a surrogate pair`).toBe(false);
  for (const [name, span] of [['claim', statement.claim] as const, ...factSpans(statement)]) {
    expect(statement.start <= span.start && span.start <= span.end && span.end <= statement.end, `${where}: ${name} [${span.start}, ${span.end}) outside [${statement.start}, ${statement.end})`).toBe(true);
  }
}

/** Each span's raw characters fold to the text it carries (the claim: its words, in order, when a speech tag splits it). */
function checkTexts(report: Report, statement: Statement): void {
  const field = fieldOf(report, statement);
  const raw = (span: { start: number; end: number }) => fold(field.slice(span.start, span.end));
  const where = `${statement.id}`;
  expect(fold(statement.text), `${where}: statement text`).toBe(raw(statement));
  expect(statement.text).toBe(statement.text.trim());
  expect(statement.text).not.toMatch(/\n/);
  expect(isSubsequence(fold(statement.claim.text), raw(statement.claim)), `${where}: claim ${JSON.stringify(statement.claim.text)}`).toBe(true);
  for (const [name, span] of factSpans(statement)) expect(fold(span.text), `${where}: ${name}`).toBe(raw(span));
}

describe('spans', () => {
  it('lie inside their text, for any text', () => {
    fc.assert(
      fc.property(articlesOf(anyText, { maxLength: 3 }), (articles) => {
        const report = analyze(articles);
        for (const statement of report.statements) checkBounds(report, statement);
      }),
      PROPERTY_RUNS,
    );
  });

  it('reproduce the statement text and each fact, for text without markup', () => {
    fc.assert(
      fc.property(articlesOf(plainText, { maxLength: 3 }), (articles) => {
        const report = analyze(articles);
        for (const statement of report.statements) {
          checkBounds(report, statement);
          checkTexts(report, statement);
        }
      }),
      PROPERTY_RUNS,
    );
  });

  // Found by the properties above: a title whose line breaks were collapsed had its facts' offsets
  // shifted, and a title of nothing but markup gave an empty statement.
  it.each([
    ['Russia \n\nRussia says no', 'Russia Russia says no'],
    ['Storm \n cuts power to\n\n15,000 homes', 'Storm cuts power to 15,000 homes'],
    ['<p>![i](x.png)', undefined],
    ['&nbsp;\n', undefined],
  ])('of a title %j: the statement %j', (title, expected) => {
    const report = analyze([{ id: 'a', text: '', title }]);
    expect(report.statements[0]?.text).toBe(expected);
    for (const statement of report.statements) {
      checkBounds(report, statement);
      checkTexts(report, statement);
    }
  });

  it('of divergences lie inside the two statements they compare', () => {
    fc.assert(
      fc.property(storyArticles, (articles) => {
        const report = analyze(articles);
        const byId = new Map(report.statements.map((s) => [s.id, s]));
        for (const divergence of report.divergences) {
          divergence.statementIds.forEach((id, k) => {
            const statement = byId.get(id)!;
            const field = fieldOf(report, statement);
            for (const span of divergence.spans[k]!) {
              expect(statement.start <= span.start && span.start <= span.end && span.end <= statement.end, `${divergence.id} ${divergence.kind}: span ${JSON.stringify(span)} outside ${id}`).toBe(true);
              expect(fold(span.text), `${divergence.id} ${divergence.kind}: span text`).toBe(fold(field.slice(span.start, span.end)));
            }
          });
        }
      }),
      PROPERTY_RUNS,
    );
  });
});
