import { expect } from 'vitest';
import { extractStatements, type Attribution, type Statement } from '../../src/index.js';
import type { ExtractOptions } from '../../src/options.js';

/** The outlet every test article comes from: the source of claims in the outlet's own voice. */
export const OUTLET = 'Desk';

/**
 * The statements of one article written as plain text (the headline, when there is one, is its
 * first line). Every claim is checked to point at its own words in the text, so rows need only
 * say what the claim is.
 */
export function statementsOf(text: string, options?: ExtractOptions): Statement[] {
  const statements = extractStatements({ id: 'a', outlet: OUTLET, text }, options);
  for (const { claim, attribution } of statements) {
    const tag = attribution.span;
    if (tag && tag.start > claim.start && tag.end < claim.end) {
      // A quotation split by its speech tag: the claim is the words on both sides of the tag.
      const words = (t: string) => t.replace(/[^\p{L}\p{N}'\s]/gu, ' ').split(/\s+/).filter(Boolean);
      expect(words(claim.text)).toEqual(words(`${text.slice(claim.start, tag.start)} ${text.slice(tag.end, claim.end)}`));
    } else {
      expect(text.slice(claim.start, claim.end).replace(/\s+/g, ' ')).toBe(claim.text);
    }
  }
  return statements;
}

/** The first statement of an article (its headline, when it has one). */
export function firstStatement(text: string, options?: ExtractOptions): Statement {
  const [first] = statementsOf(text, options);
  expect(first, `no statement in ${JSON.stringify(text)}`).toBeDefined();
  return first as Statement;
}

/** The one statement of a sentence that must not be split. */
export function onlyStatement(text: string, options?: ExtractOptions): Statement {
  const statements = statementsOf(text, options);
  expect(statements.map((s) => s.text)).toHaveLength(1);
  return statements[0] as Statement;
}

/** The last statement of an article: the one read in the context of the sentences before it. */
export function lastStatement(text: string, options?: ExtractOptions): Statement {
  const statements = statementsOf(text, options);
  expect(statements.length, `no statement in ${JSON.stringify(text)}`).toBeGreaterThan(0);
  return statements[statements.length - 1] as Statement;
}

/** A claim's words as a row states them: without the sentence's closing period. */
export function claimOf(statement: Statement): string {
  return statement.claim.text.replace(/\.$/, '');
}

/** The fields of an attribution a row cares about (the frame's span is checked elsewhere). */
export type ExpectedAttribution = Partial<Pick<Attribution, 'kind' | 'source' | 'id' | 'side' | 'role' | 'verb' | 'via'>>;

/** The attribution of the outlet's own voice. */
export const OUTLET_VOICE: ExpectedAttribution = { kind: 'outlet', source: OUTLET };
