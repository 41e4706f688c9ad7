import { describe, expect, it } from 'vitest';
import type { Certainty } from '../../src/index.js';
import { claimOf, lastStatement, onlyStatement } from './helpers.js';

/** Sentence, certainty, the words that set it (null when none do), and the claim it applies to. */
type Row = [sentence: string, certainty: Certainty, cue: string | null, claim: string];

const ASSERTED: Row[] = [
  ['The central bank raised its main rate to 4.5 percent on Thursday.', 'asserted', null, 'The central bank raised its main rate to 4.5 percent on Thursday'],
  ['Two climbers died on the north face of the mountain last week.', 'asserted', null, 'Two climbers died on the north face of the mountain last week'],
  ['The treaty was signed in Lisbon in 2007.', 'asserted', null, 'The treaty was signed in Lisbon in 2007'],
  ['The home side won the final 3-1 after extra time.', 'asserted', null, 'The home side won the final 3-1 after extra time'],
  // a denial verb with an ordinary object is an act in the outlet's voice, not a denial
  ['Iran has rejected the proposal.', 'asserted', null, 'Iran has rejected the proposal'],
  ['The Senate rejected the bill by 52 votes to 48.', 'asserted', null, 'The Senate rejected the bill by 52 votes to 48'],
  ['Russia has rejected the proposal as unacceptable.', 'asserted', null, 'Russia has rejected the proposal as unacceptable'],
  ['The committee dismissed the complaint on Tuesday.', 'asserted', null, 'The committee dismissed the complaint on Tuesday'],
  // a capitalized "May" inside a sentence is the month
  ['The festival will return in May next year.', 'asserted', null, 'The festival will return in May next year'],
];

const REPORTED: Row[] = [
  ['The dam is structurally sound, engineers said.', 'reported', 'said', 'The dam is structurally sound'],
  ['Finance Minister Nils Berg said the deficit would shrink next year.', 'reported', 'said', 'the deficit would shrink next year'],
  ['The ambassador told reporters that the embassy would reopen in June.', 'reported', 'told', 'the embassy would reopen in June'],
  ['According to the Red Cross, 40 trucks crossed the border on Monday.', 'reported', 'According to', '40 trucks crossed the border on Monday'],
  ['The carrier will cut 300 flights this winter, Spanish officials announced.', 'reported', 'announced', 'The carrier will cut 300 flights this winter'],
  ['Police confirmed that the suspect had been released on bail.', 'reported', 'confirmed', 'the suspect had been released on bail'],
  ['The ambassador told reporters that the embassy would reopen in May.', 'reported', 'told', 'the embassy would reopen in May'],
  ['The company said it would close three factories.', 'reported', 'said', 'it would close three factories'],
];

const HEDGED: Row[] = [
  ['The striker has reportedly agreed a move to a club in Spain.', 'hedged', 'reportedly', 'The striker has reportedly agreed a move to a club in Spain'],
  ['The senator allegedly accepted bribes from two construction firms.', 'hedged', 'allegedly', 'The senator allegedly accepted bribes from two construction firms'],
  ['The day before, the mayor accused the contractor of faking safety reports.', 'hedged', 'accused', 'The day before, the mayor accused the contractor of faking safety reports'],
  ['The billionaire is said to be planning a bid for the newspaper.', 'hedged', 'is said to', 'The billionaire is said to be planning a bid for the newspaper'],
  ['Dozens of fishermen were reported to be missing after the storm.', 'hedged', 'were reported to', 'Dozens of fishermen were reported to be missing after the storm'],
  ['The outbreak could spread to neighbouring provinces within weeks.', 'hedged', 'could', 'The outbreak could spread to neighbouring provinces within weeks'],
  ['The vote may be delayed until after the summer recess.', 'hedged', 'may', 'The vote may be delayed until after the summer recess'],
  ['The rebels claimed that they had shot down a helicopter.', 'hedged', 'claimed', 'they had shot down a helicopter'],
  ['Reuters cited two officials who claimed that the minister had offered to resign.', 'hedged', 'claimed', 'the minister had offered to resign'],
  ['Will the ceasefire hold through the winter?', 'hedged', '?', 'Will the ceasefire hold through the winter?'],
  ['The new treatment appears to slow the disease in older patients.', 'hedged', 'appears to', 'The new treatment appears to slow the disease in older patients'],
  ['Experts warned the dam could fail.', 'hedged', 'could', 'the dam could fail'],
  ['The energy company Norvex claimed the leak had been contained by Friday, state media said.', 'hedged', 'claimed', 'the leak had been contained by Friday'],
];

const UNCONFIRMED: Row[] = [
  ['The ministry refused to confirm reports that the ambassador had been expelled.', 'unconfirmed', 'refused to confirm', 'the ambassador had been expelled'],
  ['The ministry declined to confirm that the coach had been dismissed.', 'unconfirmed', 'declined to confirm', 'the coach had been dismissed'],
  ['A spokesman for the army was not aware of any casualties in the village.', 'unconfirmed', 'was not aware of', 'any casualties in the village'],
  ['It is unclear whether the pilot survived the crash.', 'unconfirmed', 'It is unclear', 'the pilot survived the crash'],
  ['There was no confirmation that the hostages had been freed.', 'unconfirmed', 'There was no confirmation', 'the hostages had been freed'],
  ['The cause of the explosion remains unknown.', 'unconfirmed', 'remains unknown', 'The cause of the explosion remains unknown'],
  ['It was not known whether the pilot had ejected before the crash.', 'unconfirmed', 'It was not known', 'the pilot had ejected before the crash'],
  ['The claims could not be independently verified.', 'unconfirmed', 'could not be independently verified', 'The claims could not be independently verified'],
  ['The club declined to confirm that the coach had been sacked.', 'unconfirmed', 'declined to confirm', 'the coach had been sacked'],
  // "was not known" leaves the claim unconfirmed; "how" is part of the question
  ['The number of people still trapped under the rubble was not known.', 'unconfirmed', 'was not known', 'The number of people still trapped under the rubble was not known'],
  ["The cause of the fire wasn't immediately clear.", 'unconfirmed', "wasn't immediately clear", "The cause of the fire wasn't immediately clear"],
  ['It was not known how many people were still trapped.', 'unconfirmed', 'It was not known', 'how many people were still trapped'],
  ['It is unclear how the fire started.', 'unconfirmed', 'It is unclear', 'how the fire started'],
];

const DENIED: Row[] = [
  ['The minister denied that she had misled parliament.', 'denied', 'denied', 'she had misled parliament'],
  ['The ministry rejected claims that it had broken procurement rules.', 'denied', 'rejected', 'it had broken procurement rules'],
  ['The general flatly denied that his troops had fired on civilians.', 'denied', 'flatly denied', 'his troops had fired on civilians'],
  ['The ministry dismissed reports that it was preparing to sell the state airline.', 'denied', 'dismissed', 'it was preparing to sell the state airline'],
  ['The video of the collapsing bridge is a hoax, police said.', 'denied', 'hoax', 'The video of the collapsing bridge is a hoax'],
  ['Reports that the singer had died were false, her lawyer said.', 'denied', 'false', 'Reports that the singer had died were false'],
  ['The story about the minister\'s resignation is not true.', 'denied', 'is not true', 'The story about the minister\'s resignation is not true'],
  ['The photograph of the flooded runway was fake.', 'denied', 'fake', 'The photograph of the flooded runway was fake'],
  // a denial frames a claim when a clause follows: a gerund, a claim noun, a bare clause
  ['The army denied striking the city.', 'denied', 'denied', 'striking the city'],
  ['Police denied the man had been armed.', 'denied', 'denied', 'the man had been armed'],
  ['The minister rejected the accusations that she had lied.', 'denied', 'rejected', 'she had lied'],
  ['The club dismissed the allegations.', 'denied', 'dismissed', 'the allegations'],
];

describe.each([
  ['asserted: the outlet says it', ASSERTED],
  ['reported: a source says it', REPORTED],
  ['hedged: said with reserve', HEDGED],
  ['unconfirmed: nobody will stand behind it', UNCONFIRMED],
  ['denied: called false', DENIED],
])('certainty: %s', (_name, rows) => {
  it.each(rows)('%s', (sentence, certainty, cue, claim) => {
    const statement = onlyStatement(sentence);
    expect(statement.certainty).toBe(certainty);
    expect(statement.certaintyCue?.text ?? null).toBe(cue);
    expect(claimOf(statement)).toBe(claim);
  });
});

/** A frame inside the claim refines it: the weaker certainty wins, and the claim is the innermost one. */
const NESTED: Array<[sentence: string, certainty: Certainty, sourceId: string, claim: string]> = [
  ['Interior Minister Lena Falk said that she was not aware of any plan to close the border.', 'unconfirmed', 'Lena Falk', 'any plan to close the border'],
  ['Prime Minister Ana Duarte said she was not aware of reports that troops had crossed the river.', 'unconfirmed', 'Ana Duarte', 'troops had crossed the river'],
  ['The minister said that he had not confirmed the sale of the state airline.', 'unconfirmed', 'minister', 'the sale of the state airline'],
  ['U.S. officials said they had denied that the drone was armed.', 'denied', 'US', 'the drone was armed'],
];

describe('certainty: nested frames', () => {
  it.each(NESTED)('%s', (sentence, certainty, sourceId, claim) => {
    const statement = lastStatement(sentence);
    expect(statement.certainty).toBe(certainty);
    expect(statement.attribution.id ?? statement.attribution.source).toBe(sourceId);
    expect(claimOf(statement)).toBe(claim);
  });
});

/** Words calling a claim false set its certainty wherever they stand in the sentence. */
const FALSE_WORDS: Array<[sentence: string, cue: string]> = [
  ['Police called it a hoax.', 'hoax'],
  ['The ministry called the reports a hoax.', 'hoax'],
  ['The agency said the letter was a fabrication.', 'fabrication'],
  ['The claims about the vaccine are baseless, the regulator said.', 'baseless'],
  ['The newspaper retracted the story on Sunday.', 'retracted'],
];

describe('certainty: words calling a claim false', () => {
  it.each(FALSE_WORDS)('%s', (sentence, cue) => {
    const statement = onlyStatement(sentence);
    expect(statement.certainty).toBe('denied');
    expect(statement.certaintyCue?.text).toBe(cue);
  });
});

/** "X called/described/dismissed Y (as) a hoax/false/baseless": X denies Y. */
const CALLED_FALSE: Array<[sentence: string, source: string, cue: string, claim: string]> = [
  ['Police called it a hoax.', 'Police', 'hoax', 'it'],
  ['The ministry called the reports a hoax.', 'ministry', 'hoax', 'the reports'],
  ['The regulator dismissed the claims as baseless.', 'regulator', 'baseless', 'the claims'],
  ['The club described the story as completely false.', 'club', 'false', 'the story'],
];

describe('certainty: a source calling something false', () => {
  it.each(CALLED_FALSE)('%s', (sentence, source, cue, claim) => {
    const statement = onlyStatement(sentence);
    expect(statement.certainty).toBe('denied');
    expect(statement.attribution.source).toBe(source);
    expect(statement.certaintyCue?.text).toBe(cue);
    expect(claimOf(statement)).toBe(claim);
  });
});
