import { describe, expect, it } from 'vitest';
import { claimOf, statementsOf } from './helpers.js';

/**
 * Sentences that join separate claims, and the claims each must give (frames removed, in order).
 * A semicolon, or a comma before "but", "while", "whereas", "although", "yet", joins two claims
 * that can be true or false on their own.
 */
const SPLITS: Array<[string, string[]]> = [
  // the reference shape: a suffix frame, then a contrastive claim with its own frame
  [
    'The new drug cut hospital admissions by a third, researchers say, but regulators believe the trial was too small.',
    ['The new drug cut hospital admissions by a third', 'the trial was too small'],
  ],
  [
    'The ceasefire has largely held since Sunday, United Nations monitors say, but aid groups believe the shelling will resume within days.',
    ['The ceasefire has largely held since Sunday', 'the shelling will resume within days'],
  ],
  // semicolons
  ['The airline will cut 2,000 jobs this year; its pilots plan to strike next month.', ['The airline will cut 2,000 jobs this year', 'its pilots plan to strike next month']],
  ['Prosecutors said the fraud ran for a decade; the defence says it lasted a few months.', ['the fraud ran for a decade', 'it lasted a few months']],
  ['The river peaked at nine metres overnight; two villages downstream were evacuated before dawn.', ['The river peaked at nine metres overnight', 'two villages downstream were evacuated before dawn']],
  // ", while" and ", whereas"
  ['Exports to China rose sharply in March, while imports from Europe fell for a third month.', ['Exports to China rose sharply in March', 'imports from Europe fell for a third month']],
  ['Firefighters contained the blaze on the northern ridge, whereas crews in the valley were still evacuating homes.', ['Firefighters contained the blaze on the northern ridge', 'crews in the valley were still evacuating homes']],
  ['The governing party won most seats in the cities, while the opposition swept the rural north.', ['The governing party won most seats in the cities', 'the opposition swept the rural north']],
  // ", but", ", although", ", yet"
  ['The home side dominated possession for most of the match, but the visitors scored twice in stoppage time.', ['The home side dominated possession for most of the match', 'the visitors scored twice in stoppage time']],
  ['The court upheld the conviction, although two of the five judges dissented.', ['The court upheld the conviction', 'two of the five judges dissented']],
  ['The company posted record revenue last quarter, yet its shares fell nine percent on Thursday.', ['The company posted record revenue last quarter', 'its shares fell nine percent on Thursday']],
  ['Ticket sales doubled after the festival moved to the coast, but the organisers still lost money.', ['Ticket sales doubled after the festival moved to the coast', 'the organisers still lost money']],
  // "and" or "but" before a finite auxiliary: a second verb phrase of the same subject
  ['The mayor had signed the flood relief order and was waiting for the council to approve it.', ['The mayor had signed the flood relief order', 'was waiting for the council to approve it']],
  ['The driver was arrested at the scene but has not been charged with any offence.', ['The driver was arrested at the scene', 'has not been charged with any offence']],
  ['The bridge was closed to traffic in April, and will reopen once the repairs are finished.', ['The bridge was closed to traffic in April', 'will reopen once the repairs are finished']],
  ['The union said on Monday that its members had rejected the offer and would strike next week.', ['its members had rejected the offer', 'would strike next week']],
  ['The minister visited the damaged port and didn\'t answer questions from reporters.', ['The minister visited the damaged port', 'didn\'t answer questions from reporters']],
  // a comma before "and" closes a restrictive relative clause: the verb phrase is the subject's
  [
    'The summit in Oslo hopes to revive the trade talks that stalled in June, and is expected to draw twenty leaders.',
    ['The summit in Oslo hopes to revive the trade talks that stalled in June', 'is expected to draw twenty leaders'],
  ],
  // more than one juncture
  [
    'Turnout was high in the capital; it was far lower in rural districts, while the north reported long queues at polling stations.',
    ['Turnout was high in the capital', 'it was far lower in rural districts', 'the north reported long queues at polling stations'],
  ],
];

/** Sentences that hold one claim, however many commas and conjunctions they have. */
const ONE_CLAIM: Array<[string, string]> = [
  // a reporting frame and its claim are one statement, not two
  ['The European Space Agency said that the satellite had lost contact with ground control.', 'the satellite had lost contact with ground control'],
  ['Finance Minister Jan Berg said on Tuesday that the budget would be balanced by 2027.', 'the budget would be balanced by 2027'],
  ['The vaccine is safe for children over five, health officials said.', 'The vaccine is safe for children over five'],
  ['According to the port authorities, the ferry was carrying 212 passengers.', 'the ferry was carrying 212 passengers'],
  // a piece of fewer than four words stays with its neighbour
  ['Rain fell, but play resumed after an hour.', 'Rain fell, but play resumed after an hour'],
  ['The talks continued through the night, but slowly.', 'The talks continued through the night, but slowly'],
  ['Prices rose; sharply.', 'Prices rose; sharply'],
  // plain "and" joins verbs and objects far more often than claims
  ['The storm flooded hundreds of homes and cut power to thousands of residents.', 'The storm flooded hundreds of homes and cut power to thousands of residents'],
  ['The striker scored twice and the keeper saved a penalty in the second half.', 'The striker scored twice and the keeper saved a penalty in the second half'],
  // "and" before a noun phrase, or before an auxiliary that belongs to a relative clause or asks a question
  ['The council and the mayor were waiting for the report on the flood damage.', 'The council and the mayor were waiting for the report on the flood damage'],
  ['Police questioned a man who lives near the depot and was seen there on Sunday.', 'Police questioned a man who lives near the depot and was seen there on Sunday'],
  ['The plan offers a truce that starts at once and is watched by neutral monitors.', 'The plan offers a truce that starts at once and is watched by neutral monitors'],
  ['The singer cancelled her tour this spring but is she really retiring from music?', 'The singer cancelled her tour this spring but is she really retiring from music?'],
  ['Crowds gathered in the square after the verdict and Will Marsh spoke to them.', 'Crowds gathered in the square after the verdict and Will Marsh spoke to them'],
  // a juncture inside a quotation or parentheses belongs to the quote or the aside
  ['"We will appeal the ruling, but we respect the court and its judges," the lawyer said.', 'We will appeal the ruling, but we respect the court and its judges'],
  ['"Our forecasts were too optimistic; the slowdown came faster than expected," the governor said.', 'Our forecasts were too optimistic; the slowdown came faster than expected'],
  [
    'The merger (approved by regulators in May, while unions protested outside) created the largest brewer in Europe.',
    'The merger (approved by regulators in May, while unions protested outside) created the largest brewer in Europe',
  ],
  [
    'The rescue plan [drafted over the weekend; revised on Monday] needs the approval of parliament.',
    'The rescue plan [drafted over the weekend; revised on Monday] needs the approval of parliament',
  ],
  // commas that set off adjuncts
  ['On Monday, in a rare show of unity, both parties voted for the flood relief bill.', 'On Monday, in a rare show of unity, both parties voted for the flood relief bill'],
  // a quotation split by its speech tag is one claim, made of both parts
  ['"The board," Karin Vos said, "acted far too late."', 'The board acted far too late'],
  ['"This agreement," the minister said, "is a turning point for the region."', 'This agreement is a turning point for the region'],
  // the tag after a prefix frame's claim relays it: it is not part of the claim
  ['The energy company Norvex claimed the leak had been contained by Friday, state media said.', 'the leak had been contained by Friday'],
  ['The rebels claimed they had taken the airport, the army said.', 'they had taken the airport'],
  // a denial verb with an ordinary object: the whole sentence is the claim
  ['Iran has rejected the proposal.', 'Iran has rejected the proposal'],
];

describe('claims: a sentence joining separate claims is split', () => {
  it.each(SPLITS)('%s', (sentence, claims) => {
    expect(statementsOf(sentence).map(claimOf)).toEqual(claims);
  });
});

describe('claims: a sentence holding one claim stays whole', () => {
  it.each(ONE_CLAIM)('%s', (sentence, claim) => {
    expect(statementsOf(sentence).map(claimOf)).toEqual([claim]);
  });
});

describe('claims: each claim keeps its own source', () => {
  it('"X, officials say, but Y believes Z"', () => {
    const [first, second] = statementsOf(
      'Russia has proposed a truce starting March 1, U.S. officials say, but Washington believes it only buys time for an offensive.',
    );
    expect(first?.attribution).toMatchObject({ kind: 'officials', source: 'U.S. officials', side: 'US', verb: 'say' });
    expect(second?.attribution).toMatchObject({ kind: 'government', source: 'Washington', id: 'US', verb: 'believe' });
    expect([first, second].map((s) => s && claimOf(s))).toEqual(['Russia has proposed a truce starting March 1', 'it only buys time for an offensive']);
  });
});

describe('claims: a second verb phrase split off after "and" keeps the sentence\'s source', () => {
  it('"X said A and was B": B is X\'s too', () => {
    const [first, second] = statementsOf('Finance Minister Jan Berg said the bank had raised its rates and was ready to raise them again.');
    expect([first, second].map((s) => s && claimOf(s))).toEqual(['the bank had raised its rates', 'was ready to raise them again']);
    expect(first?.attribution).toMatchObject({ kind: 'person', id: 'Jan Berg' });
    expect(second?.attribution).toMatchObject({ kind: 'person', id: 'Jan Berg' });
    expect(second?.certainty).toBe('reported');
  });
  it('in the outlet\'s voice, both stay the outlet\'s', () => {
    const statements = statementsOf('The ferry left the harbour at noon and was carrying 212 passengers.');
    expect(statements.map((s) => [claimOf(s), s.attribution.kind, s.certainty])).toEqual([
      ['The ferry left the harbour at noon', 'outlet', 'asserted'],
      ['was carrying 212 passengers', 'outlet', 'asserted'],
    ]);
  });
});

describe('claims: each claim of a sentence keeps its own words and its sentence', () => {
  it('offsets and segment', () => {
    const text = 'Exports to China rose sharply in March, while imports from Europe fell for a third month.';
    const statements = statementsOf(text);
    expect(statements.map((s) => text.slice(s.start, s.end))).toEqual([
      'Exports to China rose sharply in March',
      'imports from Europe fell for a third month.',
    ]);
    expect(statements.map((s) => s.segment)).toEqual([0, 0]);
    expect(statements.map((s) => s.id)).toEqual(['a#0', 'a#1']);
  });
});
