import { describe, expect, it } from 'vitest';
import { segment } from '../../src/index.js';

/** Sentences the splitter must cut exactly as given (each string is one expected segment). */
const SPLITS: Array<[string, string[]]> = [
  ['Talks resume by Feb. 25. Officials agree.', ['Talks resume by Feb. 25.', 'Officials agree.']],
  ['The U.S. and the U.N. met. They agreed.', ['The U.S. and the U.N. met.', 'They agreed.']],
  ['Aid reached the U.S. The ships left at dawn.', ['Aid reached the U.S.', 'The ships left at dawn.']],
  ['U.S. officials said so. U.N. staff disagreed.', ['U.S. officials said so.', 'U.N. staff disagreed.']],
  ['Sen. Jane Roe and Gen. John Doe spoke. Mr. Poe did not.', ['Sen. Jane Roe and Gen. John Doe spoke.', 'Mr. Poe did not.']],
  ['John F. Kennedy Jr. visited Acme Inc. in Ohio.', ['John F. Kennedy Jr. visited Acme Inc. in Ohio.']],
  ['Prices rose 2.5 percent to $1,250.75 in Jan. 2020.', ['Prices rose 2.5 percent to $1,250.75 in Jan. 2020.']],
  ['The count reached 51,000. Then it fell.', ['The count reached 51,000.', 'Then it fell.']],
  ['The idea... seems odd. Then again... Nobody knows.', ['The idea... seems odd.', 'Then again...', 'Nobody knows.']],
  ['"We are ready. We will talk," she said. He left.', ['"We are ready.', 'We will talk," she said.', 'He left.']],
  ['"Is it over?" Jane Roe asked. Nobody answered.', ['"Is it over?" Jane Roe asked.', 'Nobody answered.']],
  ['He said no. 5 people agreed', ['He said no.', '5 people agreed']],
  ['The vote is set for No. 10 Downing St. on Monday.', ['The vote is set for No. 10 Downing St. on Monday.']],
  ['It ended at 10 p.m. The crowd left.', ['It ended at 10 p.m.', 'The crowd left.']],
  ['Officials met on Sept. 3. Nothing changed!', ['Officials met on Sept. 3.', 'Nothing changed!']],
  ['Why now? Because the deadline passed.', ['Why now?', 'Because the deadline passed.']],
  ['He cited the e.g. clause and i.e. its scope.', ['He cited the e.g. clause and i.e. its scope.']],
  // A title after an abbreviation's period opens the next sentence.
  ['The deal went to Acme Inc. Mr. Poe signed it.', ['The deal went to Acme Inc.', 'Mr. Poe signed it.']],
  ['The show airs on PBS (Wed. Dr. Roe hosts it.', ['The show airs on PBS (Wed.', 'Dr. Roe hosts it.']],
  // After a quotation closed by a period, a name and a verb start a sentence; an inverted tag goes on.
  ['He called it "a tribute, not a joke." Ms Roe said: "It hurt us."', ['He called it "a tribute, not a joke."', 'Ms Roe said: "It hurt us."']],
  ['"We won." said Jane Roe. He left.', ['"We won." said Jane Roe.', 'He left.']],
];

/** Lines and the role each must get (a text is the article; roles in order of segments). */
const ROLES: Array<[string, string, string[]]> = [
  ['headline then body', 'Ministers meet in Oslo\n\nThe ministers met on Monday. They talked.', ['headline', 'body', 'body']],
  ['subhead without period', 'Aid talks stall\n\nThe talks stalled.\n\nWhat comes next\n\nNobody knows.', ['headline', 'body', 'subhead', 'body']],
  ['dateline and read time', 'Floods hit the north\n3 min read\n12 March, 2021\nRivers rose overnight.', ['headline', 'boilerplate', 'dateline', 'body']],
  ['numeric dateline', 'Floods hit the north\n\n12/03/2021\n\nRivers rose.', ['headline', 'dateline', 'body']],
  ['byline', 'Floods hit the north\nBy Jane Roe and John Doe\nRivers rose.', ['headline', 'byline', 'body']],
  ['caption with credit', 'Floods hit the north\nRescuers wade through water in Leeds [Reuters]\nRivers rose.', ['headline', 'caption', 'body']],
  ['share buttons and comments', 'Rivers rose.\n\nShare on Facebook Share on Twitter\n\nComments 12', ['body', 'boilerplate', 'boilerplate']],
  ['read more link inside a paragraph', 'Rivers rose. Read more: Why rivers rise\n\nRain fell.', ['body', 'boilerplate', 'body']],
  ['horizontal rules and image codes', '---\n\nFloods hit\n\nX640\n\nRivers rose.\n\n***', ['boilerplate', 'headline', 'boilerplate', 'body', 'boilerplate']],
  ['tweet embed', 'Rivers rose.\n\nWater everywhere #flood\npic.twitter.com/abc123\n\n\u2014 Jane Roe (@janeroe) March 12, 2021\n\nRain fell.', ['body', 'boilerplate', 'boilerplate', 'boilerplate', 'body']],
  ['wire dateline prefix', 'OSLO (AP) \u2014 Ministers met on Monday.', ['dateline', 'body']],
  ['credit line', 'Rivers rose.\n\nReporting by Jane Roe; Editing by John Doe', ['body', 'boilerplate']],
  ['markdown heading', 'Rivers rose.\n\n## The aftermath\n\nRain fell.', ['body', 'subhead', 'body']],
];

describe('segment: sentence boundaries', () => {
  it.each(SPLITS)('%s', (text, expected) => {
    expect(segment(text).map((s) => s.text)).toEqual(expected);
  });
});

describe('segment: roles', () => {
  it.each(ROLES)('%s', (_name, text, roles) => {
    expect(segment(text).map((s) => s.role)).toEqual(roles);
  });
});

describe('segment: offsets into the original text', () => {
  it('maps normalized segments back to the raw markup', () => {
    const raw = 'He said \u201c*no*\u201d -- [twice](http://example.com).\n\n<p>Prices &amp; wages rose.</p>';
    const segments = segment(raw);
    expect(segments.map((s) => s.text)).toEqual(['He said "no" \u2014 twice.', 'Prices & wages rose.']);
    expect(raw.slice(segments[0]!.start, segments[0]!.end)).toBe('He said \u201c*no*\u201d -- [twice](http://example.com).');
    expect(raw.slice(segments[1]!.start, segments[1]!.end)).toBe('Prices &amp; wages rose.');
  });

  it('covers every visible character exactly once', () => {
    const raw = 'Title here\n\nOne sentence. Two sentences? Three!\n\nShare on Twitter';
    const covered = segment(raw).map((s) => raw.slice(s.start, s.end)).join('');
    expect(covered.replace(/\s/g, '')).toBe(raw.replace(/\s/g, ''));
  });

  it('rejects non-string input with a clear error', () => {
    expect(() => segment(42 as unknown as string)).toThrow(/text must be a string/);
  });
});
