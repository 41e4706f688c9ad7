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

describe('certainty: a cue both sentences write is no gap, however each was read', () => {
  it.each([
    // "estimate(s)" with and without "that": the frame is read in one only.
    ['Analysts at Marlow Research estimate the harbour project will cost $40 million.', 'Analysts at Marlow Research estimate that the harbour project will cost $40 million.', [], ['certainty']],
    ['Many economists had predicted the bank would cut rates in May.', 'Many economists had predicted that the bank would cut rates in May.', [], ['certainty']],
    // The hedge in one only: still a gap.
    ['The council would probably reject the plan.', 'The council rejected the plan.', ['certainty'], []],
    ['The bank cut rates in May.', 'It is unclear whether the bank cut rates in May.', ['certainty'], []],
  ] as Row[])('%s / %s', (...row) => check(row));
});

describe('polarity: negations that do not deny the claim', () => {
  it.each([
    // "of no": a noun phrase inside another.
    ['Last week the board issued a no-confidence vote in the director.', 'Last week the board gave the director a vote of no confidence.', [], ['polarity']],
    // The other's "not" went into its certainty ("is not clear"): it affirms nothing.
    ['Who will replace Ms. Varga at the museum is not clear.', 'There is no clear successor for Ms. Varga at the museum.', [], ['polarity']],
    ['The board has confidence in the director.', 'The board has no confidence in the director.', ['polarity'], []],
  ] as Row[])('%s / %s', (...row) => check(row));
});

describe('number: figures of two parties, of two days, and a thousands separator', () => {
  it.each([
    // Two companies' shares: each figure is its own company's.
    ['In late trading, shares of Halvorsen closed at $11.45, up 2 cents on the Oslo exchange.', 'In late trading, shares of Brekke were down 2 cents at $43.99 on the Oslo exchange.', [], ['number']],
    ['Halvorsen shares closed at $11.45 on the Oslo exchange.', 'Halvorsen shares closed at $14.25 on the Oslo exchange.', ['number'], []],
    // Three figures each, none alike: two days' figures ("500" is part of the index's name).
    ["The Standard & Poor's 500 Index rose 3.47 points, or 0.36 percent, to 977.59.", "The Standard & Poor's 500 Index was off 1.07 points, or 0.11 percent, at 1,010.59.", [], ['number']],
    ["The Standard & Poor's 500 Index rose 3.47 points, or 0.36 percent, to 977.59.", "The Standard & Poor's 500 Index rose 9.47 points, or 0.36 percent, to 977.59.", ['number'], []],
    // ",000 reported a year ago" is no speech tag: the whole amount is read.
    ['Operating income was $570 million, up 26% from the $452 million reported a year ago.', 'Operating income was $570 million, up 26% from the $452,000,000 reported a year ago.', [], ['number']],
    ['Operating income was $570 million, up 26% from the $452 million reported a year ago.', 'Operating income was $570 million, up 26% from the $152,000,000 reported a year ago.', ['number'], []],
  ] as Row[])('%s / %s', (...row) => check(row));
});

describe('actor: one name spelled two ways, names cut at a colon', () => {
  it.each([
    // One letter added or changed in a name of five letters or more.
    ['While Mr. Qurei is widely respected, he cannot expect a warm welcome.', 'While Qureia is respected, a warm welcome is not expected.', [], ['actor']],
    ['A smiling officer shook hands with Mr Laczynski and patted him on the shoulder.', "An officer smiled and shook Mr Lacsynski's hand and patted him on the shoulder.", [], ['actor']],
    // Two countries of the gazetteer are two parties, however alike their names.
    ['Iran has offered to host the talks next month in its capital.', 'Iraq has offered to host the talks next month in its capital.', ['actor'], []],
    // "Notes:" is no part of the name after it.
    ['Notes: Varga, at 20 years, is the youngest player to join the club.', 'Noteworthy: Varga became the youngest player to join the club at 20 years.', [], ['actor']],
    ['The Air Force and the Pentagon also are investigating the crash.', 'The Air Force and the Defense Department also are investigating the crash.', [], ['actor']],
  ] as Row[])('%s / %s', (...row) => check(row));
});

describe('certainty: a hedge, an unconfirming frame or a denial put into the other report\'s words', () => {
  it.each([
    // In a subordinate clause: the main claim's certainty is unchanged, the outlet still hedges.
    ['The visiting side, who are defending champions, will play in Lyon on May 25.', 'The visiting side, who are reportedly defending champions, will play in Lyon on May 25.', ['certainty'], []],
    // Around a claim already hedged or attributed: one step on the scale, but words added to weaken it.
    ['Economists have speculated that the merger will fail next year.', 'It is unclear whether economists have speculated that the merger will fail next year.', ['certainty'], []],
    ['A spokesman for the port declined to say how many ships were held.', 'Officials denied that a spokesman for the port declined to say how many ships were held.', ['certainty'], []],
    ['The mayor was charged with fraud and her aide with perjury.', 'The mayor was allegedly charged with fraud and her aide with perjury.', ['certainty'], []],
    // Words added that weaken nothing.
    ['The visiting side, who are defending champions, will play in Lyon on May 25.', 'The visiting side, who are also defending champions, will play in Lyon on May 25.', [], ['certainty']],
    ['Some 2,000 people marched through the old town on Friday.', 'Some 2,000 people marched peacefully through the old town on Friday.', [], ['certainty']],
  ] as Row[])('%s / %s', (...row) => check(row));
});
