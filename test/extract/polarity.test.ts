import { describe, expect, it } from 'vitest';
import { onlyStatement } from './helpers.js';

/** Sentence, and the negation cue of its claim's main clause. */
const NEGATED: Array<[sentence: string, cue: string]> = [
  ["The officials weren't authorized to speak to the press.", "weren't"],
  ['The officials were not authorised to speak to the press.', 'not'],
  ['No solution has been found for the striking miners.', 'No'],
  ['The ferry will not sail until the storm passes.', 'not'],
  ['The club has never won the league in its 120-year history.', 'never'],
  ['Nobody was hurt in the warehouse fire.', 'Nobody'],
  ['None of the ballots had been tampered with, the commission said.', 'None'],
  ["The minister didn't attend the climate summit.", "didn't"],
  ['Investigators found nothing suspicious in the cockpit recordings.', 'nothing'],
  ['Neither side has agreed to the ceasefire.', 'Neither'],
  ['The court cannot hear the appeal before the autumn.', 'cannot'],
  ['The hostages have not been released, officials said.', 'not'],
  ['The health ministry said the vaccine had not been approved for children.', 'not'],
  ["The striker won't play in Saturday's derby.", "won't"],
  ['There is no evidence of a second gunman.', 'no'],
  ['The council refused to renew the bus company\'s licence.', 'refused to'],
  ['The two parties failed to agree on a coalition.', 'failed to'],
  ['The goalkeeper declined to sign a new contract.', 'declined to'],
  // "such as", "as well as", "as of" open no clause: the negation after them is the main clause's.
  ['State parks such as the Ridge Lake campground will not be open this weekend.', 'not'],
  ['The mayor as well as two aides did not attend.', 'not'],
  ['As of Monday, the border crossing was not open to trucks.', 'not'],
];

/** Sentences whose claim is not negated, though a negation word may occur in them. */
const NOT_NEGATED: Array<[sentence: string, why: string]> = [
  ['The officials resigned because they could not agree on the budget.', 'negation only in a subordinate clause'],
  ['The rescue crews, which had not slept for two days, reached the village.', 'negation only in a relative clause'],
  ['The company will keep the plant open if the subsidy is not cut.', 'negation only in a condition'],
  ['The ceasefire held although neither side had withdrawn its heavy guns.', 'negation only in a concessive clause'],
  ['The drug not only cut deaths but also shortened hospital stays.', '"not only ... but"'],
  ['The concert drew nothing but praise from the critics.', '"nothing but"'],
  ['The river will no doubt flood again next spring.', '"no doubt"'],
  ['The bill passed without amendments on Thursday.', '"without" negates an adjunct, not the claim'],
  ['The ministers cannot accept the proposal in its current form.', 'a refusal, read as modality'],
  ["We can't accept these terms, the union leader said.", 'a refusal, read as modality'],
  ['The government will not tolerate further delays to the railway.', 'a refusal, read as modality'],
  ['The minister denied that she had misled parliament.', 'a denial is certainty, the denied claim is positive'],
  ['The plane landed safely after the engine failed.', 'no negation at all'],
  ['The mayor refused a second term.', '"refused" without "to" is an act, not a negated verb'],
  ['Notwithstanding the protests, the law took effect on Monday.', 'a word that only contains "not"'],
  ['The novelist Anna Nothomb won the prize.', 'a name that starts like "no"'],
  ['The number of people still trapped under the rubble was not known.', '"not known" leaves the claim unconfirmed, not false'],
  ["The cause of the fire wasn't immediately clear.", '"wasn\'t clear" leaves the claim unconfirmed, not false'],
  ['No more than 40 people were hurt when the stand collapsed.', '"no more than" bounds an amount: people were hurt'],
  ['Not fewer than 300 workers joined the strike on Monday.', '"not fewer than" bounds an amount'],
];

describe('polarity: the claim is negated', () => {
  it.each(NEGATED)('%s', (sentence, cue) => {
    const { polarity } = onlyStatement(sentence);
    expect(polarity.negated).toBe(true);
    expect(polarity.cue?.text).toBe(cue);
  });
});

describe('polarity: the claim is not negated', () => {
  it.each(NOT_NEGATED)('%s (%s)', (sentence) => {
    const { polarity } = onlyStatement(sentence);
    expect(polarity).toEqual({ negated: false });
  });
});

describe('polarity: a refusal is modality, not negation', () => {
  it('cannot accept', () => {
    const statement = onlyStatement('The ministers cannot accept the proposal in its current form.');
    expect(statement.polarity.negated).toBe(false);
    expect(statement.modality).toMatchObject({ strength: 1, direction: 'against', cue: { text: 'cannot accept' } });
  });
});
