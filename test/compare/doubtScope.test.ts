/**
 * What a certainty cue leaves in doubt: the whole claim, or only a detail of it (a date, a figure,
 * a place) or the cause it is blamed on. A gap of certainty is a divergence only where the firmer
 * report states what the weaker one doubts.
 */
import { describe, expect, it } from 'vitest';
import { doubtReaches } from '../../src/compare/doubtScope.js';
import { readWholeStatement } from '../../src/extract/extractStatements.js';
import { resolveExtractOptions } from '../../src/extract/extractionSettings.js';
import { compare, type Statement } from '../../src/index.js';

const settings = resolveExtractOptions({ published: '2024-03-14' });

function read(text: string, id: string): Statement {
  return readWholeStatement(text, id, settings);
}

/** [the weaker report, the firmer one, whether the weaker one's doubt bears on what the firmer one states]. */
const ROWS: Array<[weak: string, firm: string, reaches: boolean]> = [
  // Not knowing a date leaves the event as it was; it bears on a report that gives a date.
  ['A ministry spokesman said he was not aware of Valmora proposing a specific date for the truce.', 'Valmora has made a detailed offer of a truce, its envoy said.', false],
  ['A ministry spokesman said he was not aware of Valmora proposing a specific date for the truce.', 'Valmora has offered a truce starting April 3, officials say.', true],
  ['The exact date of the referendum remains unclear.', 'The island will hold a referendum on independence.', false],
  ['The exact date of the referendum remains unclear.', 'The island will hold a referendum on independence on June 9.', true],
  ['It was not immediately clear when the ferry service would resume.', 'The ferry service will resume, the operator said.', false],
  ['It was not immediately clear when the ferry service would resume.', 'The ferry service will resume on Friday, the operator said.', true],
  ['It is unclear how many climbers are still missing.', 'Climbers were missing after the avalanche.', false],
  ['It is unclear how many climbers are still missing.', 'Six climbers were missing after the avalanche.', true],
  // A figure, a place.
  ['Police could not confirm the death toll from the landslide.', 'The landslide buried several homes in the valley.', false],
  ['Police could not confirm the death toll from the landslide.', 'The landslide killed 14 people.', true],
  ['The ministry refused to confirm the location of the prisoner exchange.', 'The two sides swapped prisoners on Sunday.', false],
  ['The ministry refused to confirm the location of the prisoner exchange.', 'The two sides swapped prisoners in Vienna.', true],
  // "A number of" counts; it asks for no figure. A doubt about the event itself reaches any report of it.
  ['It is unclear whether a number of miners were trapped.', 'Miners were trapped underground.', true],
  ['The spokesman was not aware of any plan to close the border.', 'The government plans to close the border.', true],
  ['Officials could not confirm that the plant had closed.', 'The plant closed last month.', true],
  // Blaming takes the event as given and holds back only its cause.
  ['The collapse of the coalition has been blamed on a row over pensions.', 'The coalition collapsed on Tuesday.', false],
  ['The collapse of the coalition has been blamed on a row over pensions.', 'A row over pensions brought down the coalition.', true],
  ['Farmers blamed the drought for the poor harvest.', 'The harvest was the poorest in a decade.', false],
  ['Farmers blamed the drought for the poor harvest.', 'The drought ruined the harvest.', true],
  ['The operator was blamed for the blackout in the capital.', 'A blackout hit the capital on Monday.', false],
  ['The operator was blamed for the blackout in the capital.', 'The operator caused the blackout in the capital.', true],
  ['Residents blamed the flooding of the old town on the broken dam.', 'The old town was flooded overnight.', false],
  ['Residents blamed the flooding of the old town on the broken dam.', 'The broken dam flooded the old town.', true],
  // An accusation is not a blaming: the charged act itself is the claim.
  ['The union accused the airline of cancelling the flights.', 'The airline cancelled the flights.', true],
];

describe('doubtReaches: whether the firmer report states what the weaker one doubts', () => {
  it.each(ROWS)('%s / %s', (weak, firm, reaches) => {
    expect(doubtReaches(read(weak, 'w'), read(firm, 'f'))).toBe(reaches);
  });
});

describe('certainty detector: a gap counts only on what both report', () => {
  it.each(ROWS.filter(([weak]) => !/accused/.test(weak)))('%s / %s', (weak, firm, reaches) => {
    const flagged = compare(read(weak, 'w'), read(firm, 'f')).divergences.filter((d) => d.kind === 'certainty');
    expect(flagged.length > 0).toBe(reaches);
  });
});
