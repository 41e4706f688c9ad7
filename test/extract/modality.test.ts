import { describe, expect, it } from 'vitest';
import type { Modality } from '../../src/index.js';
import { onlyStatement } from './helpers.js';

/** Sentence, modal strength (0-1), direction, and the words that carry it. */
type Row = [sentence: string, strength: number, direction: Modality['direction'], cue: string];

const MODAL: Row[] = [
  // necessity and demands: 1
  ['Airlines must refund passengers within seven days.', 1, 'for', 'must'],
  ['The club has to sell two players to balance its books.', 1, 'for', 'has to'],
  ['The union demands a 10 percent pay rise for nurses.', 1, 'for', 'demands'],
  ['Tenants need to leave the building by noon.', 1, 'for', 'need to'],
  ['The treaty requires both sides to withdraw.', 1, 'for', 'requires'],
  ['New drivers are required to carry a first-aid kit.', 1, 'for', 'required'],
  ['Foreign troops must leave the country, the president said.', 1, 'for', 'must'],
  ['The opposition insisted on a recount in three districts.', 1, 'for', 'insisted on'],
  ['The health minister insists on a full inquiry.', 1, 'for', 'insists on'],
  // advice and calls: 0.75
  ['Schools should stay open during the heatwave.', 0.75, 'for', 'should'],
  ['The opposition calls for an early election.', 0.75, 'for', 'calls for'],
  ['The World Health Organization urged governments to ban flavoured vapes.', 0.75, 'for', 'urged'],
  ['The education minister said schools should stay open.', 0.75, 'for', 'should'],
  // desire and preference: 0.5
  ['The city wants a new stadium by 2030.', 0.5, 'for', 'wants'],
  ['Most voters prefer a coalition government.', 0.5, 'for', 'prefer'],
  ['A negotiated settlement is preferable to a long war.', 0.5, 'for', 'preferable'],
  ['The airline hopes to resume flights to the island in March.', 0.5, 'for', 'hopes to'],
  ['Farmers would like a longer transition period.', 0.5, 'for', 'would like'],
  // possibility: 0.25
  ['The bridge may reopen next month.', 0.25, 'for', 'may'],
  ['The strike could spread to other ports.', 0.25, 'for', 'could'],
  ['Stocks might fall further this week.', 0.25, 'for', 'might'],
  // refusals: the same scale against
  ['The ministers cannot accept the proposal in its current form.', 1, 'against', 'cannot accept'],
  ["We can't accept these terms, the union leader said.", 1, 'against', "can't accept"],
  ['The new tariffs are unacceptable to European farmers.', 1, 'against', 'unacceptable'],
  ['The government will not tolerate further delays to the railway.', 1, 'against', 'will not tolerate'],
  ['Russia opposes the plan to expand the peacekeeping mission.', 0.75, 'against', 'opposes'],
  ['The union rejects the latest pay offer.', 0.75, 'against', 'rejects'],
  ['Investors are wary of the new lending rules.', 0.4, 'against', 'wary of'],
  ['Banks are reluctant to lend to small farms.', 0.4, 'against', 'reluctant to'],
  ['Regulators remain sceptical about the merger.', 0.4, 'against', 'sceptical about'],
  // a denial verb with an ordinary object is a refusal
  ['Iran has rejected the proposal.', 0.75, 'against', 'rejected'],
  ['The Senate rejected the bill by 52 votes to 48.', 0.75, 'against', 'rejected'],
  ['Russia has rejected the proposal as unacceptable.', 0.75, 'against', 'rejected'],
  // in a title-case headline a capital says nothing: "May" before a verb is the modal
  ['Apple May Buy Social Network Path', 0.25, 'for', 'May'],
];

describe('modality: strength, direction and cue', () => {
  it.each(MODAL)('%s', (sentence, strength, direction, cue) => {
    const { modality } = onlyStatement(sentence);
    expect(modality).toMatchObject({ strength, direction });
    expect(modality.cue?.text).toBe(cue);
  });
});

/** Plain statements, and modal words outside the claim's main clause: no modal force. */
const NONE: Array<[sentence: string, why: string]> = [
  ['The ferry left port at dawn.', 'a plain statement'],
  ['Unemployment fell to 4.1 percent in March.', 'a plain statement'],
  ['The jury found the defendant guilty on all counts.', 'a plain statement'],
  ['The ferry left early because the captain had to reach port before the storm.', 'necessity only in a subordinate clause'],
  ['The plant, which must close by 2030, produced a record output last year.', 'necessity only in a relative clause'],
  ['The museum reopened after the city demanded repairs.', 'a demand only in a subordinate clause'],
  ['The president said the troops had left the country.', 'a modal-free claim inside a frame'],
  ['The candidate won the vote with a comfortable majority.', '"won" is not "want"'],
  ['The canal was widened in 2015.', '"can" only inside another word'],
  ['The ambassador told reporters that the embassy would reopen in May.', '"May" inside a sentence is the month'],
  ['The talks will resume on May 5 in Geneva.', '"May" before a day is the month'],
  ['Prime Minister Theresa May visited the flooded towns.', '"May" after a name is a surname'],
  ['Talks To Resume In May After Summit', 'in a title-case headline, "May" after "In" is the month'],
];

describe('modality: none', () => {
  it.each(NONE)('%s (%s)', (sentence) => {
    expect(onlyStatement(sentence).modality).toEqual({ strength: 0, direction: 'for' });
  });
});
