import { describe, expect, it } from 'vitest';
import { compare, DEFAULT_DETECTORS, extractStatements, type Comparison, type Divergence, type Statement } from '../../src/index.js';

/** Publication day of the dated rows: Thursday 14 March 2024. */
const PUBLISHED = '2024-03-14';

/** One sentence read from an article published on {@link PUBLISHED}, so relative times resolve. */
function dated(text: string, id: string): Statement {
  const statements = extractStatements({ id, outlet: id, text, published: PUBLISHED });
  expect(statements).toHaveLength(1);
  return statements[0]!;
}

/**
 * A row: two statements that must be flagged, the words each span must hold (in order), and the
 * normalized values (matched as a subset: a value row need only name what it is about).
 */
type Row = [a: string, b: string, spansA: string[], spansB: string[], valueA: unknown, valueB: unknown];

/**
 * The one divergence of `kind` in a comparison, checked for the shape every divergence promises:
 * the detector's name, the two statements, spans that point at their own words, a score, and a
 * one-line explanation.
 */
function divergenceOf(result: Comparison, kind: string, texts: [string, string]): Divergence {
  const found = result.divergences.filter((d) => d.kind === kind);
  expect(found, `${kind} in ${JSON.stringify(result.divergences.map((d) => d.kind))}`).toHaveLength(1);
  const divergence = found[0]!;
  expect(divergence.detector).toBe(DEFAULT_DETECTORS.find((d) => d.kind === kind)!.name);
  expect(divergence.id).toMatch(/^d-[0-9a-f]{8}$/);
  expect(divergence.clusterId).toBe('');
  expect(divergence.statementIds).toEqual([result.statements[0].id, result.statements[1].id]);
  expect(divergence.sameArticle).toBe(false);
  expect(divergence.score).toBeGreaterThan(0);
  expect(divergence.score).toBeLessThanOrEqual(1);
  expect(divergence.explanation.trim().length).toBeGreaterThan(0);
  expect(divergence.explanation).not.toMatch(/\n/);
  expect(divergence.values).toHaveLength(2);
  divergence.spans.forEach((spans, side) => {
    for (const span of spans) expect(texts[side]!.slice(span.start, span.end)).toBe(span.text);
  });
  return divergence;
}

/** Runs a table row through `compare()` on plain strings. */
function checkRow(kind: string, [a, b, spansA, spansB, valueA, valueB]: Row): Divergence {
  const divergence = divergenceOf(compare(a, b), kind, [a, b]);
  expect(divergence.spans.map((spans) => spans.map((s) => s.text))).toEqual([spansA, spansB]);
  expect(divergence.values).toMatchObject([valueA, valueB] as [unknown, unknown]);
  return divergence;
}

/** Runs a table row through `compare()` on statements published on {@link PUBLISHED}. */
function checkDatedRow(kind: string, [a, b, spansA, spansB, valueA, valueB]: Row): Divergence {
  const divergence = divergenceOf(compare(dated(a, 'a'), dated(b, 'b')), kind, [a, b]);
  expect(divergence.spans.map((spans) => spans.map((s) => s.text))).toEqual([spansA, spansB]);
  expect(divergence.values).toMatchObject([valueA, valueB] as [unknown, unknown]);
  return divergence;
}

describe('certainty: certainties two or more steps apart', () => {
  // The spans are the words that set each certainty; a claim in the outlet's own voice has none.
  const ROWS: Row[] = [
    ['Valmora has proposed a truce starting April 3.', 'Valmora has refused to confirm a truce starting April 3.', [], ['has refused to confirm'], 'asserted', 'unconfirmed'],
    ['The army shelled the village, witnesses said.', 'The army denied shelling the village.', ['said'], ['denied'], 'reported', 'denied'],
    ['Rebels seized the airport on Sunday.', 'Rebels may have seized the airport on Sunday.', [], ['may'], 'asserted', 'hedged'],
    ['The minister resigned on Tuesday.', 'The ministry denied that the minister had resigned on Tuesday.', [], ['denied'], 'asserted', 'denied'],
    ['The company closed the plant, officials say.', 'Officials could not confirm that the company closed the plant.', ['say'], ['could not confirm'], 'reported', 'unconfirmed'],
    ['It is unclear whether the company closed the plant.', 'The company closed the plant.', ['It is unclear'], [], 'unconfirmed', 'asserted'],
    ['The company closed the plant.', 'There was no confirmation that the company closed the plant.', [], ['There was no confirmation'], 'asserted', 'unconfirmed'],
    ['The company allegedly bribed the inspector.', 'The company bribed the inspector.', ['allegedly'], [], 'hedged', 'asserted'],
  ];

  it.each(ROWS)('%s / %s', (...row) => {
    const divergence = checkRow('certainty', row);
    // The explanation quotes the cue that weakens the claim.
    const cue = [...row[2], ...row[3]].at(-1)!;
    expect(divergence.explanation).toContain(cue);
  });

  it('scores a wider gap higher', () => {
    const hedged = compare('Rebels seized the airport on Sunday.', 'Rebels may have seized the airport on Sunday.').divergences[0]!;
    const denied = compare('The minister resigned on Tuesday.', 'The ministry denied that the minister had resigned on Tuesday.').divergences[0]!;
    expect(denied.score).toBeGreaterThan(hedged.score);
  });
});

describe('polarity: one report negates what the other asserts', () => {
  // The spans are the negation cue on one side and the predicate it negates on the other.
  const ROWS: Row[] = [
    ['The rebels will return to the talks.', 'The rebels will not return to the talks.', ['return'], ['not'], 'affirmed', 'negated'],
    ['The convoy reached the town before dark.', 'The convoy did not reach the town before dark.', ['reached'], ['not'], 'affirmed', 'negated'],
    ['The government has signed the deal.', 'The government has not signed the deal.', ['signed'], ['not'], 'affirmed', 'negated'],
    ['Officials never authorized the strike.', 'Officials authorized the strike.', ['never'], ['authorized'], 'negated', 'affirmed'],
    ['The agency approved the vaccine.', "The agency didn't approve the vaccine.", ['approved'], ["didn't"], 'affirmed', 'negated'],
    ['Valmora has proposed a truce starting April 3.', 'Valmora has not proposed a truce.', ['proposed'], ['not'], 'affirmed', 'negated'],
  ];

  it.each(ROWS)('%s / %s', (...row) => {
    checkRow('polarity', row);
  });
});

describe('number: amounts of the same thing that cannot both be right', () => {
  const ROWS: Row[] = [
    ['Jets struck 1,900 targets overnight.', 'Jets struck 900 targets overnight.', ['1,900'], ['900'], { low: 1900, high: 1900, unit: 'target' }, { low: 900, high: 900, unit: 'target' }],
    ['Floods forced 12,000 people from their homes.', 'Floods forced 3,000 people from their homes.', ['12,000'], ['3,000'], { low: 12000, unit: 'people' }, { low: 3000, unit: 'people' }],
    ['About 200 people died in the fire.', 'More than 1,000 people died in the fire.', ['About 200'], ['More than 1,000'], { low: 180, high: 220, approx: true }, { low: 1000, high: null }],
    ['Donors pledged $2 billion for the rebuilding.', 'Donors pledged $5 billion for the rebuilding.', ['$2 billion'], ['$5 billion'], { low: 2e9, unit: 'usd' }, { low: 5e9, unit: 'usd' }],
    ['Prices rose 40% in March.', 'Prices rose 60% in March.', ['40%'], ['60%'], { low: 40, unit: 'percent' }, { low: 60, unit: 'percent' }],
    ['Three hospitals were hit in the strikes.', 'Seven hospitals were hit in the strikes.', ['Three'], ['Seven'], { low: 3, unit: 'hospital' }, { low: 7, unit: 'hospital' }],
    ['Flooding cut power to 15,000 homes.', 'Flooding cut power to 150,000 homes.', ['15,000'], ['150,000'], { low: 15000, unit: 'home' }, { low: 150000, unit: 'home' }],
    // One amount agrees, the other does not: the agreeing one settles nothing about the other.
    ['Tarvel shares fell $2.10 to close at $18.40.', 'Tarvel shares fell $2.10 to close at $31.75.', ['$18.40'], ['$31.75'], { low: 18.4, unit: 'usd' }, { low: 31.75, unit: 'usd' }],
    // Two lower bounds far apart: both may hold, the figures differ.
    ['More than 500 prisoners escaped from the jail.', 'More than 1,000 prisoners escaped from the jail.', ['More than 500'], ['More than 1,000'], { low: 500, high: null }, { low: 1000, high: null }],
    // A number without a unit, in the same place of the same words.
    ['Marta Vidal, 41, who runs the bakery, saw the fire.', 'Marta Vidal, 29, who runs the bakery, saw the fire.', ['41'], ['29'], { low: 41 }, { low: 29 }],
    // Lengths of time are amounts too, compared in days.
    ['The judge sentenced Orlov to 12 years in prison.', 'The judge sentenced Orlov to 4 years in prison.', ['12 years'], ['4 years'], { unit: 'time' }, { unit: 'time' }],
    ['The mill has 60 days to answer the complaint.', 'The mill has 14 days to answer the complaint.', ['60 days'], ['14 days'], { low: 60, unit: 'time' }, { low: 14, unit: 'time' }],
    ['The siege of the port lasted 48 hours.', 'The siege of the port lasted six weeks.', ['48 hours'], ['six weeks'], { low: 2 }, { low: 42 }],
    ['The charges carry four to 12 years in prison.', 'The charges carry four to 20 years in prison.', ['four to 12 years'], ['four to 20 years'], { high: 12 * 365.25 }, { high: 20 * 365.25 }],
    // In the same words, two ranges or two bounds of one kind with other ends are other figures, though they overlap.
    ['The mayor hopes to raise $40 million to $65 million for the stadium.', 'The mayor hopes to raise $40 million to $90 million for the stadium.', ['$40 million to $65 million'], ['$40 million to $90 million'], { low: 4e7, high: 6.5e7 }, { low: 4e7, high: 9e7 }],
    ['New infections in the region stayed below 40 for a second week.', 'New infections in the region stayed below 90 for a second week.', ['below 40'], ['below 90'], { high: 40 }, { high: 90 }],
    ['The Tarvel index fell 3.14 to 412.60 in early trading.', 'The Tarvel index fell 3.14 to 824.20 in early trading.', ['412.60'], ['824.20'], { low: 412.6 }, { low: 824.2 }],
  ];

  it.each(ROWS)('%s / %s', (...row) => {
    const divergence = checkRow('number', row);
    expect(divergence.explanation).toContain(row[2][0]!);
    expect(divergence.explanation).toContain(row[3][0]!);
  });
});

describe('time: resolved times that do not overlap', () => {
  // Dated Thursday 14 March 2024: last week is 4-10 March, Monday the 11th, yesterday the 13th.
  const ROWS: Row[] = [
    ['The talks broke down last month.', 'The talks broke down last week.', ['last month'], ['last week'], { start: '2024-02-01', end: '2024-03-01' }, { start: '2024-03-04', end: '2024-03-11' }],
    ['Talks resumed on Monday.', 'Talks resumed on Wednesday.', ['Monday'], ['Wednesday'], { start: '2024-03-11' }, { start: '2024-03-13' }],
    ['The bridge reopened on March 3.', 'The bridge reopened on March 5.', ['March 3'], ['March 5'], { start: '2024-03-03', end: '2024-03-04' }, { start: '2024-03-05', end: '2024-03-06' }],
    ['The vote took place yesterday.', 'The vote took place on Monday.', ['yesterday'], ['Monday'], { start: '2024-03-13' }, { start: '2024-03-11' }],
    ['The ceasefire starts on April 3.', 'The ceasefire starts on April 10.', ['April 3'], ['April 10'], { start: '2024-04-03' }, { start: '2024-04-10' }],
    ['The strike hit the depot on 12 February.', 'The strike hit the depot on February 19.', ['12 February'], ['February 19'], { start: '2024-02-12' }, { start: '2024-02-19' }],
    ['The dam was completed in 2019.', 'The dam was completed in 2021.', ['2019'], ['2021'], { start: '2019-01-01', end: '2020-01-01' }, { start: '2021-01-01', end: '2022-01-01' }],
    // One time agrees, the other does not: the agreeing one settles nothing about the other.
    ['The index hit a peak last week and a low on March 1.', 'The index hit a peak last week and a low on February 2.', ['March 1'], ['February 2'], { start: '2024-03-01' }, { start: '2024-02-02' }],
    // Changed in otherwise the same words, in a subordinate clause.
    ['Strand, who survived a recall vote in January, kept her post.', 'Strand, who survived a recall vote in February, kept her post.', ['January'], ['February'], { start: '2024-01-01' }, { start: '2024-02-01' }],
  ];

  it('flags a day changed in the reporting frame, by name (frame times are not resolved)', () => {
    const texts: [string, string] = ['Prices rose 2 percent in May, the statistics office reported Friday.', 'Prices rose 2 percent in May, the statistics office reported Monday.'];
    const result = compare(dated(texts[0], 'a'), dated(texts[1], 'b'));
    const divergence = divergenceOf(result, 'time', texts);
    expect(divergence.values).toEqual(['Friday', 'Monday']);
  });

  it.each(ROWS)('%s / %s', (...row) => {
    const divergence = checkDatedRow('time', row);
    expect(divergence.explanation).toContain(row[2][0]!);
    expect(divergence.explanation).toContain(row[3][0]!);
  });

  it.each([
    ['The dam was completed in 2019.', 'The dam was completed in 2021.', ['2019'], ['2021'], { start: '2019-01-01' }, { start: '2021-01-01' }],
    ['The truce begins on April 3, 2024.', 'A truce will start on April 9, 2024.', ['April 3, 2024'], ['April 9, 2024'], { start: '2024-04-03' }, { start: '2024-04-09' }],
  ] as Row[])('needs no publication date for times with a year: %s / %s', (...row) => {
    checkRow('time', row);
  });
});

describe('place: different cities for the same event', () => {
  const ROWS: Row[] = [
    ['The ministers meet in Oslo on Friday.', 'The ministers meet in Helsinki on Friday.', ['Oslo'], ['Helsinki'], 'Oslo', 'Helsinki'],
    ['Talks resumed in Geneva.', 'Talks resumed in Vienna.', ['Geneva'], ['Vienna'], 'Geneva', 'Vienna'],
    ['The summit will be held in Paris next month.', 'The summit will be held in Berlin next month.', ['Paris'], ['Berlin'], 'Paris', 'Berlin'],
    ['The council will hold its meeting in Lyon.', 'The council will meet in Strasbourg.', ['Lyon'], ['Strasbourg'], 'Lyon', 'Strasbourg'],
    // Changed in otherwise the same words, in the reporting frame: read from the frame's words.
    ['"The dam will hold," said Ines Varga, an engineer in Lyon.', '"The dam will hold," said Ines Varga, an engineer in Marseille.', ['Lyon'], ['Marseille'], 'Lyon', 'Marseille'],
  ];

  it.each(ROWS)('%s / %s', (...row) => {
    checkRow('place', row);
  });
});

describe('quote: one speaker quoted in different words', () => {
  // The spans are the words that differ inside the quotations.
  const ROWS: Row[] = [
    ['"We have made very concrete proposals for a truce," Castell said.', '"We have made very specific proposals for a truce," Castell said.', ['concrete'], ['specific'], 'we have made very concrete proposals for a truce', 'we have made very specific proposals for a truce'],
    ['Castell said: "The door to negotiation remains open."', 'Castell said: "The door to negotiations remains wide open."', ['negotiation'], ['negotiations', 'wide'], 'the door to negotiation remains open', 'the door to negotiations remains wide open'],
    ['"This is much more hard than we expected," the mayor said.', '"This is much more difficult than we expected," the mayor said.', ['hard'], ['difficult'], 'this is much more hard than we expected', 'this is much more difficult than we expected'],
  ];

  it.each(ROWS)('%s / %s', (...row) => {
    const divergence = checkRow('quote', row);
    for (const word of [...row[2], ...row[3]]) expect(divergence.explanation).toContain(word);
  });
});

describe('modality: the same position stated with different force', () => {
  const ROWS: Row[] = [
    ['Any truce must be immediate.', 'An immediate truce is preferable.', ['must'], ['preferable'], { strength: 1, direction: 'for' }, { strength: 0.5, direction: 'for' }],
    ['Aldania cannot accept the offer.', 'Aldania is wary of accepting the offer.', ['cannot accept'], ['wary of'], { strength: 1, direction: 'against' }, { strength: 0.4, direction: 'against' }],
    ['The council demands an immediate ceasefire.', 'The council hopes for an immediate ceasefire.', ['demands'], ['hopes for'], { strength: 1, direction: 'for' }, { strength: 0.5, direction: 'for' }],
    ['The opposition will not accept the budget.', 'The opposition is hesitant about the budget.', ['will not accept'], ['hesitant about'], { strength: 1, direction: 'against' }, { strength: 0.4, direction: 'against' }],
    // Two auxiliaries in the same slot: a smaller gap is a change of force.
    ['The ministry must publish the report.', 'The ministry should publish the report.', ['must'], ['should'], { strength: 1, direction: 'for' }, { strength: 0.75, direction: 'for' }],
  ];

  it.each(ROWS)('%s / %s', (...row) => {
    const divergence = checkRow('modality', row);
    expect(divergence.explanation).toContain(row[2][0]!);
    expect(divergence.explanation).toContain(row[3][0]!);
  });
});

describe('actor: the same statement naming a different party', () => {
  const ROWS: Row[] = [
    ['France will send troops to the border.', 'Germany will send troops to the border.', ['France'], ['Germany'], ['France'], ['Germany']],
    ['The rebels accused Turkey of shelling the town.', 'The rebels accused Russia of shelling the town.', ['Turkey'], ['Russia'], ['Turkey'], ['Russia']],
    ['Iran supplied the drones to the militia.', 'Russia supplied the drones to the militia.', ['Iran'], ['Russia'], ['Iran'], ['Russia']],
    ['Officials said Egypt will host the next round of talks.', 'Officials said Qatar will host the next round of talks.', ['Egypt'], ['Qatar'], ['Egypt'], ['Qatar']],
  ];

  it.each(ROWS)('%s / %s', (...row) => {
    checkRow('actor', row);
  });

  // The agent of one noun (or of its synonym), in other words: a collective party against a named one, or two named parties.
  const AGENT_ROWS: Row[] = [
    ['Valmora is waiting for a reaction from world powers.', 'Valmora is waiting for a US response.', ['world powers'], ['US'], ['world powers'], ['US']],
    ['The plan drew a swift response from the international community.', 'The plan drew a Chinese response.', ['the international community'], ['Chinese'], ['the international community'], ['China']],
    ["An offer by Western governments arrived on Monday.", "Japan's offer arrived on Monday.", ['Western governments'], ["Japan's"], ['western governments'], ['Japan']],
    ["Ministers rejected Turkey's proposal.", 'Ministers rejected a proposal by Qatar.', ["Turkey's"], ['Qatar'], ['Turkey'], ['Qatar']],
  ];

  it.each(AGENT_ROWS)('%s / %s', (...row) => {
    const divergence = checkRow('actor', row);
    expect(divergence.explanation).toMatch(/same role/);
  });
});

describe('dispute: sources of opposing sides say different things about one matter', () => {
  // The spans are the two claims; the values the sides.
  const ROWS: Row[] = [
    ['Russia says the strikes target terrorists.', 'The US says the strikes prop up the government.', ['the strikes target terrorists.'], ['the strikes prop up the government.'], 'Russia', 'US'],
    ['Israel says the rocket was fired by militants.', 'Palestinian officials say the rocket was an Israeli missile.', ['the rocket was fired by militants.'], ['the rocket was an Israeli missile.'], 'Israel', 'Palestine'],
    ['Ukrainian officials say the dam was blown up by Russian troops.', 'Russian officials say the dam collapsed after Ukrainian shelling.', ['the dam was blown up by Russian troops.'], ['the dam collapsed after Ukrainian shelling.'], 'Ukraine', 'Russia'],
  ];

  it.each(ROWS)('%s / %s', (...row) => {
    checkRow('dispute', row);
  });
});

describe('detectors run in the configured list', () => {
  const [a, b] = ['Jets struck 1,900 targets overnight.', 'Jets struck 900 targets overnight.'];

  it('a trimmed list no longer reports the removed kind', () => {
    expect(compare(a, b).divergences.map((d) => d.kind)).toContain('number');
    const trimmed = compare(a, b, { detectors: (defaults) => defaults.filter((d) => d.kind !== 'number') });
    expect(trimmed.divergences.map((d) => d.kind)).not.toContain('number');
  });

  it('a detector of our own reports its findings with its kind and name', () => {
    const result = compare(a, b, {
      detectors: [
        {
          kind: 'length',
          name: 'word-count',
          compare: (x, y) => (x.text.length === y.text.length ? undefined : { spans: [[], []], values: [x.text.length, y.text.length], score: 0.2, explanation: 'One is longer.' }),
        },
      ],
    });
    expect(result.divergences).toMatchObject([{ kind: 'length', detector: 'word-count', values: [a.length, b.length], score: 0.2, explanation: 'One is longer.' }]);
  });
});
