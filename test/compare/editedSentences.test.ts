import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';

/**
 * One outlet's sentence and another's, with the kinds `compare()` must report for the pair and
 * the kinds it must not. Sentences written for these tests.
 */
type Row = [a: string, b: string, flagged: string[], notFlagged: string[]];

function check([a, b, flagged, notFlagged]: Row): void {
  const kinds = compare(a, b).divergences.map((d) => d.kind);
  for (const kind of flagged) expect(kinds, `${kind} in ${JSON.stringify(kinds)}`).toContain(kind);
  for (const kind of notFlagged) expect(kinds, `${kind} in ${JSON.stringify(kinds)}`).not.toContain(kind);
}

describe('polarity: a "not" added to a predicate the scope reader cannot align', () => {
  it.each([
    // "announced" is a reporting verb, no content word: the sentence is the other's with "not" added.
    ['The new phones were not announced at the trade fair in Lisbon.', 'The new phones were announced at the trade fair in Lisbon.', ['polarity'], []],
    ['The results were not announced on Monday.', 'The results were not made public on Monday.', [], ['polarity']],
  ] as Row[])('%s / %s', (...row) => check(row));
});

describe('number: amounts the other report gives too, and reports of two occasions', () => {
  it.each([
    ['The Halden index rose 12.5 points, or 0.8 percent, to 1,580 in heavy trading.', 'The Halden index rose 30 points, or 0.8 percent, to 1,580 in heavy trading.', ['number'], []],
    // Both bounds are in both sentences: "at least $3 million" is not a bound apart from "more than $5 million".
    ['The charity has raised at least $3 million of the more than $5 million it needs.', 'The charity has raised at least $3 million of the more than $5 million it needs.', [], ['number']],
    // Every amount of one is in the other, in another order.
    ['Tickets cost $15 for adults and $8 for children.', 'Children pay $8 and adults pay $15 for tickets.', [], ['number']],
    // No amount in common and little else: two days' reports, not one figure told two ways.
    ['The Halden index rose 12.5 points, or 0.8 percent, to 1,580 in heavy trading.', 'The Halden index fell 4.2 points, or 0.3 percent, after the bank raised rates.', [], ['number']],
  ] as Row[])('%s / %s', (...row) => check(row));
});

describe('actor and place: a name put for another in otherwise the same words', () => {
  it.each([
    // A country outside a phrase of place is a party, not a location.
    ["Turkey's foreign ministry summoned the ambassador over the remarks.", "Greece's foreign ministry summoned the ambassador over the remarks.", ['actor'], ['place']],
    // Names of two kinds as read from their words (two words, one word): the sentence gives them one role.
    ['The statement was read by the Ardent Labs spokesman on Friday evening.', 'The statement was read by the Corvane spokesman on Friday evening.', ['actor'], []],
    // Reworded around the names: one party named two ways.
    ['Pentagon officials said there were no plans to build new bases in the region.', 'Defense Department officials say there are no plans to build new bases in the region.', [], ['actor']],
    // One name spelled two ways.
    ['The talks were led by Kowalczyk on Monday in the capital.', 'The talks were led by Kowalczik on Monday in the capital.', [], ['actor']],
    // A name for a title and a first name: the slot holds more than a name.
    ['Brennan has also told his officers that more agents are in the country.', 'Sir Tom has also told his officers that more agents are in the country.', [], ['actor']],
  ] as Row[])('%s / %s', (...row) => check(row));
});
