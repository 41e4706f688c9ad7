import { describe, expect, it } from 'vitest';
import { OUTLET, onlyStatement, statementsOf } from './helpers.js';

/**
 * Plain statements in the outlet's own voice: no source, no hedge, no negation, no modal force,
 * no quotation and no named place or actor. Each must come out as one bare asserted claim.
 */
const PLAIN: string[] = [
  'The meeting lasted three hours.',
  'Heavy rain fell overnight across the valley.',
  'The bridge reopened to traffic after two years of repairs.',
  'Residents fled the burning hillside overnight.',
  'Several ministers left the meeting early.',
  'Shares rose sharply on the news.',
  'The jury reached its verdict after a week of deliberation.',
  'The vaccine was given to older patients first.',
  'Meanwhile, the markets stayed calm.',
  'Overall, prices rose 3 percent over the year.',
  'Firefighters battled the blaze through the night.',
  'The goalkeeper saved two penalties in the shootout.',
  'Turnout was higher than at the last election.',
  'The telescope recorded the flash just after midnight.',
];

describe('nothing: a plain statement has no facts beyond its words', () => {
  it.each(PLAIN)('%s', (sentence) => {
    const statement = onlyStatement(sentence);
    expect(statement.claim.text).toBe(sentence);
    expect(statement.attribution).toEqual({ kind: 'outlet', source: OUTLET });
    expect(statement.certainty).toBe('asserted');
    expect(statement.certaintyCue).toBeUndefined();
    expect(statement.quotes).toEqual([]);
    expect(statement.entities).toEqual([]);
    expect(statement.polarity).toEqual({ negated: false });
    expect(statement.modality).toEqual({ strength: 0, direction: 'for' });
  });
});

/** Common words that open a sentence with a capital letter are not names. */
const CAPITALIZED_COMMON_WORDS: string[] = [
  'Analysts expect the central bank to hold rates.',
  'Investigators are still searching the wreckage.',
  'Protesters blocked the main road for an hour.',
  'Economists expect growth to slow in the second half.',
  'Passengers waited for hours at the gate.',
  'Doctors at the clinic treated 40 patients.',
  'Tourists were evacuated from the beach.',
  'Ministers met for three hours on the budget.',
  'Voters queued for hours in the heat.',
  'Heavy snow closed the mountain pass.',
];

describe('nothing: a capitalized common word opening a sentence is not an entity', () => {
  it.each(CAPITALIZED_COMMON_WORDS)('%s', (sentence) => {
    expect(onlyStatement(sentence).entities).toEqual([]);
  });
});

/** ...nor a person's name when it is the source. */
const COMMON_SOURCES: string[] = [
  'Observers said the vote was orderly.',
  'Critics say the law is too vague.',
  'Analysts said the bank would hold rates.',
  'Witnesses said the gunman fled on foot.',
  'Residents said the water had risen within minutes.',
  'Scientists said the ice shelf was melting faster than expected.',
  'Farmers said the harvest had been ruined by the frost.',
];

describe('nothing: a capitalized common noun as a source is not a person', () => {
  it.each(COMMON_SOURCES)('%s', (sentence) => {
    const { attribution } = onlyStatement(sentence);
    expect(attribution.kind).toBe('anonymous');
    expect(attribution.id).toBeUndefined();
  });
});

/**
 * Words naming a member every object inherits ("constructor", "toString", "valueOf") are plain
 * words: no lexicon finds them, so they frame, hedge or name nothing.
 */
const INHERITED_NAMES: Array<[article: string, claim: string]> = [
  ['Bridge collapses - constructor\n\nThe bridge fell.', 'Bridge collapses - constructor'],
  ['The mayor dismissed the constructor of the bridge.', 'The mayor dismissed the constructor of the bridge.'],
  ['The constructor said the toString and valueOf fields were renamed.', 'The constructor said the toString and valueOf fields were renamed.'],
  ['The hasOwnProperty flag and the constructor were removed in the update.', 'The hasOwnProperty flag and the constructor were removed in the update.'],
];

describe('nothing: words naming inherited object members', () => {
  it.each(INHERITED_NAMES)('%s', (article, claim) => {
    const [first] = statementsOf(article);
    expect(first?.claim.text).toBe(claim);
    expect(first?.attribution).toEqual({ kind: 'outlet', source: OUTLET });
    expect(first?.certainty).toBe('asserted');
    expect(first?.certaintyCue).toBeUndefined();
  });
});

/** Page furniture: lines a scraper picks up that are not reporting, and must give no statement. */
const FURNITURE: Array<[kind: string, line: string]> = [
  ['share button', 'Share on Facebook'],
  ['share prompt', 'Share this article'],
  ['a single social button', 'Tweet'],
  ['comment counter', 'Comments 12'],
  ['reading time', '4 min read'],
  ['photo caption with a credit in parentheses', 'Rescuers search the rubble of a collapsed hotel in the old town. (Reuters/Jane Doe)'],
  ['photo caption with a credit in brackets', 'Rescuers search the rubble in the old town [AFP]'],
  ['photo credit line', 'Photo: Jane Doe'],
  ['image caption label', 'Image caption: Rescuers in the old town'],
  ['byline', 'By Jane Doe and Tom Roe'],
  ['date line', 'Updated: March 3, 2021 10:42 GMT'],
  ['plain date line', '12 March 2021'],
  ['"READ MORE:" link', 'READ MORE: Floods displace thousands in the north'],
  ['related link', 'Related: Floods displace thousands'],
  ['advertising label', 'Advertisement'],
  ['newsletter prompt', 'Sign up for our morning newsletter'],
  ['follow prompt', 'Follow us on Twitter'],
  ['credit line', 'Reporting by Jane Doe; Editing by Tom Roe'],
  ['copyright line', 'Copyright 2021 The Daily Ledger. All rights reserved.'],
  ['most-read box', 'Most read'],
];

const HEADLINE = 'Floods cut off northern villages';
const BODY = 'The river burst its banks on Sunday.';

describe('nothing: page furniture gives no statement', () => {
  it.each(FURNITURE)('%s: %s', (_kind, line) => {
    expect(statementsOf(`${HEADLINE}\n\n${line}\n\n${BODY}`).map((s) => s.text)).toEqual([HEADLINE, BODY]);
  });

  it.each(FURNITURE)('%s, alone: %s', (_kind, line) => {
    expect(statementsOf(line)).toEqual([]);
  });

  it('a "Read more" link after a sentence in the same paragraph', () => {
    const text = `${BODY} Read more: Why rivers flood in spring\n\nRain fell for a week.`;
    expect(statementsOf(text).map((s) => s.text)).toEqual([BODY, 'Rain fell for a week.']);
  });
});
