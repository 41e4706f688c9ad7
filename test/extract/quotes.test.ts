import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/index.js';
import { statementsOf } from './helpers.js';

/** A quote as a row states it: its words, its speaker (null when the text does not tell), whether it is a fragment. */
type QuoteRow = [words: string, speaker: string | null, fragment: boolean];

/** The quotes of every statement of an article, in order (a quote running over two sentences counts once per sentence). */
function quotesOf(article: string): Quote[] {
  return statementsOf(article).flatMap((s) => s.quotes);
}

function rowOf(quote: Quote): QuoteRow {
  return [quote.text, quote.speaker ?? null, quote.fragment];
}

/** Articles and the quotes each holds, with the speaker found from the speech tag or the context. */
const SPEAKERS: Array<[article: string, quotes: QuoteRow[]]> = [
  // a speech tag after the quote, in either order
  ['"We will rebuild every house," said Mayor Tomas Novak.', [['We will rebuild every house', 'Tomas Novak', false]]],
  ['"The evidence was never shown to the jury," defence lawyer Ruth Adler said.', [['The evidence was never shown to the jury', 'Ruth Adler', false]]],
  ['"Our players gave everything tonight," Netherlands coach Anna Smit told reporters.', [['Our players gave everything tonight', 'Anna Smit', false]]],
  // an unnamed speaker: the side it speaks for
  ['"The reactor is stable and the cooling system works," the Japanese prime minister said on Friday.', [['The reactor is stable and the cooling system works', 'Japan', false]]],
  // a frame before the quote
  ['Finance Minister Nils Berg said: "The budget will be balanced by 2027."', [['The budget will be balanced by 2027.', 'Nils Berg', false]]],
  // "he said" after a named speaker
  [
    'Mayor Tomas Novak said the town would need years to recover. "We will rebuild every house," he said.',
    [['We will rebuild every house', 'Tomas Novak', false]],
  ],
  [
    'Interior Minister Lena Falk said the border would stay open. "Nobody will be turned away at the crossing," she said.',
    [['Nobody will be turned away at the crossing', 'Lena Falk', false]],
  ],
  // a quote over two sentences: the first sentence gets the speaker named after the second
  [
    '"The water came in minutes. We had no time to save anything," said farmer Ilse Maas.',
    [
      ['The water came in minutes.', 'Ilse Maas', false],
      ['We had no time to save anything', 'Ilse Maas', false],
    ],
  ],
  [
    '"The league has ignored us for years. We will not play on that pitch again," club captain Marco Bianchi said.',
    [
      ['The league has ignored us for years.', 'Marco Bianchi', false],
      ['We will not play on that pitch again', 'Marco Bianchi', false],
    ],
  ],
  // a paragraph that continues the quote with no tag of its own
  [
    '"The board acted far too late," said shareholder Karin Vos.\n\n"Nobody asked the obvious questions about the debt."',
    [
      ['The board acted far too late', 'Karin Vos', false],
      ['Nobody asked the obvious questions about the debt.', 'Karin Vos', false],
    ],
  ],
  // news style for long quotes: each paragraph reopens the quote, only the last closes it
  [
    'Karin Vos, a shareholder, said the board had failed. "It acted far too late," she said. "Nobody asked the obvious questions.\n\n"We trusted them with our savings."',
    [
      ['It acted far too late', 'Karin Vos', false],
      ['Nobody asked the obvious questions.', 'Karin Vos', false],
      ['We trusted them with our savings.', 'Karin Vos', false],
    ],
  ],
  // a new quoted sentence right after a tagged one keeps its speaker
  [
    '"We are not leaving this valley," said Ilse Maas. "This farm has been in my family for a century."',
    [
      ['We are not leaving this valley', 'Ilse Maas', false],
      ['This farm has been in my family for a century.', 'Ilse Maas', false],
    ],
  ],
  // a quote that is the whole claim is never a fragment, however short
  ['"We are not leaving," said Ilse Maas.', [['We are not leaving', 'Ilse Maas', false]]],
  ['"Never again," said Tomas Novak.', [['Never again', 'Tomas Novak', false]]],
  // a quotation split by its speech tag: one claim, both parts said by the speaker
  [
    '"The board," Karin Vos said, "acted far too late."',
    [
      ['The board', 'Karin Vos', false],
      ['acted far too late.', 'Karin Vos', false],
    ],
  ],
  [
    '"This agreement," the minister said, "is a turning point for the region."',
    [
      ['This agreement', 'minister', false],
      ['is a turning point for the region.', 'minister', false],
    ],
  ],
  // a quotation after a colon is said by the sentence's subject
  ['Karin Vos, a shareholder, put it bluntly: "The board acted far too late."', [['The board acted far too late.', 'Karin Vos', false]]],
  ['Mayor Tomas Novak summed up the mood: "We are exhausted."', [['We are exhausted.', 'Tomas Novak', false]]],
  // "she" after a person named as the subject of the sentence before
  ['Coach Anna Smit praised her players after the final. "We never stopped believing," she said.', [['We never stopped believing', 'Anna Smit', false]]],
  // short quoted words inside a sentence are fragments (scare quotes)
  ['The minister described the tax plan as "reckless" in a speech on Monday.', [['reckless', null, true]]],
  [
    'Opposition leaders called the agreement a "historic betrayal" of the fishing communities.',
    [['historic betrayal', null, true]],
  ],
  ['Tomas Novak said the flood defences had been "a total failure" and called for an inquiry.', [['a total failure', 'Tomas Novak', true]]],
  // a headline quote set in single quotes
  ["Mayor vows 'we will rebuild every house'\n\nThe floods destroyed 300 homes.", [['we will rebuild every house', null, false]]],
  ["Tax plan is 'reckless', says opposition\n\nThe plan was published on Monday.", [['reckless', null, true]]],
];

describe('quotes: words, speaker and fragment', () => {
  it.each(SPEAKERS)('%s', (article, quotes) => {
    expect(quotesOf(article).map(rowOf)).toEqual(quotes);
  });
});

/** The speaker's canonical id is kept with the name as written. */
describe('quotes: speaker id', () => {
  it('keeps the id of the speaker named in the tag', () => {
    const [quote] = quotesOf('"We made specific proposals," Russian Foreign Minister Sergei Lavrov said.');
    expect(quote).toMatchObject({ speaker: 'Sergei Lavrov', speakerId: 'Sergei Lavrov' });
  });
});

/** Quotes are compared by their normalized words: lower case, punctuation and brackets dropped, single spaces. */
const NORMALIZED: Array<[article: string, normalized: string[]]> = [
  ['"We made proposals, quite specific ones!" the envoy said.', ['we made proposals quite specific ones']],
  ['"The Fed\'s decision was wrong; totally wrong," said economist Ada Park.', ["the fed's decision was wrong totally wrong"]],
  ['"[The bank] will not survive another year," said analyst Omar Haddad.', ['the bank will not survive another year']],
  ['"Is this   really a ceasefire?" asked aid worker Lise Holm.', ['is this really a ceasefire']],
  ['"We won. We deserved it," the captain said.', ['we won', 'we deserved it']],
];

describe('quotes: normalized words', () => {
  it.each(NORMALIZED)('%s', (article, normalized) => {
    expect(quotesOf(article).map((q) => q.normalized)).toEqual(normalized);
  });
});

/** Apostrophes and unmatched marks are not quotations. */
const NO_QUOTES: string[] = [
  "The club's owner said the players' wages would be cut.",
  "Rescuers said they'd found the hikers' tent near the ridge.",
  "The 1990s' boom ended in the markets' worst year since the war.",
  'The committee met for three hours on Tuesday.',
  // feet and inches
  'The club signed the 6\'2" striker on Monday.',
  'The 5\'11" goalkeeper and the 6\'4" defender both started.',
];

describe('quotes: none where there are only apostrophes', () => {
  it.each(NO_QUOTES)('%s', (article) => {
    expect(quotesOf(article)).toEqual([]);
  });
});
