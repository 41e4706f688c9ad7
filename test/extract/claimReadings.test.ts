import { describe, expect, it } from 'vitest';
import { ArticleNames, quotedStretches } from '../../src/extract/claimReadings.js';
import { extractStatements, type Statement } from '../../src/index.js';
import { RecentCache } from '../../src/text/recentCache.js';

/** A wire sentence several outlets print word for word, with a relative time, a name and a quotation. */
const WIRE = 'The accord Halvorsen signed in Tromsø last week "will not hold", mediators said.';

function statementsOf(id: string, text: string, published: string): Statement[] {
  return extractStatements({ id, outlet: id, text, published });
}

/** The statement printing the wire sentence, without what says where it stands. */
function wireReading(statements: readonly Statement[]): unknown {
  const statement = statements.find((s) => s.text === WIRE);
  expect(statement).toBeDefined();
  const { id, articleId, outlet, start, end, segment, ...reading } = statement!;
  void [id, articleId, outlet, start, end, segment];
  // Offsets from the statement's start, so that two articles printing it at different places compare.
  return JSON.parse(JSON.stringify(reading, (key, value: unknown) => ((key === 'start' || key === 'end') && typeof value === 'number' ? value - start : value)));
}

describe('claim readings kept for reprinted sentences', () => {
  const first = `Fishing talks stalled on Tuesday. ${WIRE}`;
  const reprint = `The quota dispute goes on. ${WIRE} Halvorsen leads the northern fleet.`;

  it('reads a reprinted sentence as it would be read alone', () => {
    RecentCache.forgetAll();
    const alone = wireReading(statementsOf('b', reprint, '2024-05-20'));
    RecentCache.forgetAll();
    statementsOf('a', first, '2024-05-20');
    const afterTheFirst = wireReading(statementsOf('b', reprint, '2024-05-20'));
    expect(afterTheFirst).toEqual(alone);
  });

  it('reuses the reading when nothing it depends on differs', () => {
    RecentCache.forgetAll();
    const a = statementsOf('a', `${WIRE} Talks go on.`, '2024-05-20').find((s) => s.text === WIRE)!;
    const b = statementsOf('b', `Talks go on. ${WIRE}`, '2024-05-20').find((s) => s.text === WIRE)!;
    expect(a.times[0]?.interval).toBeDefined();
    // Read once: the resolved interval is the very same object.
    expect(b.times[0]!.interval).toBe(a.times[0]!.interval);
    // Each statement still has its own polarity and lists.
    expect(b.polarity).not.toBe(a.polarity);
    expect(b.times).not.toBe(a.times);
  });

  it('reads the sentence again for another publication date: "last week" is another week', () => {
    RecentCache.forgetAll();
    const may = statementsOf('a', first, '2024-05-20').find((s) => s.text === WIRE)!;
    const june = statementsOf('b', reprint, '2024-06-20').find((s) => s.text === WIRE)!;
    expect(june.times[0]!.interval).not.toEqual(may.times[0]!.interval);
    RecentCache.forgetAll();
    expect(wireReading([june])).toEqual(wireReading(statementsOf('b', reprint, '2024-06-20')));
  });

  it('reads the sentence again where the article knows other names', () => {
    // A capitalized first word is a name only if the article uses it elsewhere inside a sentence.
    const opening = 'Brekke will not sign the accord, mediators said.';
    const entitiesOf = (id: string, text: string) => statementsOf(id, text, '2024-05-20').find((s) => s.text === opening)!.entities.map((e) => e.id);
    RecentCache.forgetAll();
    expect(entitiesOf('a', `Talks go on. ${opening}`)).toEqual([]);
    expect(entitiesOf('b', `Officials met Brekke on Monday. ${opening}`)).toEqual(['Brekke']);
    expect(entitiesOf('c', `Talks go on. ${opening}`)).toEqual([]);
  });

  it('reads the sentence again where it stands inside quotation marks', () => {
    // Quoted, "officials said" is the speaker's words, not the article's reporting frame.
    const sentence = 'Officials said the accord is dead.';
    const claimOf = (id: string, text: string) => statementsOf(id, text, '2024-05-20').find((s) => s.text === sentence)!.claim.text;
    RecentCache.forgetAll();
    expect(claimOf('a', `Talks go on. ${sentence} Nobody will sign.`)).toBe('the accord is dead.');
    expect(claimOf('b', `"We are tired. ${sentence} Nobody will sign," the envoy said.`)).toBe(sentence);
    expect(claimOf('c', `Talks go on. ${sentence} Nobody will sign.`)).toBe('the accord is dead.');
  });

  it('reads the words again where they are a headline, not a sentence of the body', () => {
    const words = 'Ministers Say Brekke Must Not Sign';
    RecentCache.forgetAll();
    const both = statementsOf('a', `${words}\n\nThe storm moved north. ${words}`, '2024-05-20').filter((s) => s.text === words);
    expect(both.map((s) => [s.role, s.claim.text])).toEqual([
      ['headline', 'Brekke Must Not Sign'],
      ['body', words],
    ]);
  });
});

describe('ArticleNames', () => {
  const names = new ArticleNames(new Set(['Halvorsen', 'Tromsø', 'Hal', 'Oslo']));

  it('finds every name the text holds, at any position, each once', () => {
    expect(names.foundIn('Halvorsen met Halvorsen in Tromsø.').split('\u0001')).toEqual(['Hal', 'Halvorsen', 'Tromsø', '']);
  });

  it('finds a name inside a longer word too (a word of a claim may be cut anywhere)', () => {
    expect(names.foundIn('the Oslofjord ferry')).toBe('Oslo\u0001');
  });

  it('finds names starting with a letter past ASCII as well', () => {
    const accented = new ArticleNames(new Set(['Łódź', 'Émile', 'Éric', 'Oslo']));
    expect(accented.foundIn('Émile left Łódź for Oslo; Éric stayed in Łódź.')).toBe('Émile\u0001Łódź\u0001Oslo\u0001Éric\u0001');
    expect(accented.foundIn('Emile left Lodz')).toBe('');
  });

  it('finds nothing in a text without them', () => {
    expect(names.foundIn('talks in Bergen')).toBe('');
    expect(new ArticleNames(new Set()).foundIn('Halvorsen')).toBe('');
  });
});

describe('quotedStretches', () => {
  const quotes = [
    { open: 5, close: 20, innerStart: 6, innerEnd: 19 },
    { open: 30, close: 60, innerStart: 31, innerEnd: 59 },
  ];

  it('gives the quoted stretches of a range, clipped to it, from its start', () => {
    expect(quotedStretches(quotes, [0, 1], 10, 40)).toBe('0-10,20-30,');
    expect(quotedStretches(quotes, [], 21, 29)).toBe('');
  });
});
