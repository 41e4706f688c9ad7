/**
 * Negation-scope alignment: what a negation denies (its predicate and the arguments around it),
 * and whether the other report asserts that, negates it too, or does not talk about it.
 */
import { describe, expect, it } from 'vitest';
import { negationScope, scopeSupport, type ScopeSupport } from '../../src/compare/negationScope.js';
import { readWholeStatement } from '../../src/extract/extractStatements.js';
import { resolveExtractOptions } from '../../src/extract/extractionSettings.js';
import { compare, type Statement } from '../../src/index.js';

const settings = resolveExtractOptions();

function read(text: string, id = 'a'): Statement {
  return readWholeStatement(text, id, settings);
}

/** [negated sentence, its cue, the negated predicate (or undefined), the arguments in the negated clause]. */
const SCOPES: Array<[string, string, string | undefined, string[]]> = [
  ['The rebels will not return to the talks.', 'not', 'return', ['rebels', 'talks']],
  ['The minister has never visited the refugee camp.', 'never', 'visited', ['minister', 'refugee', 'camp']],
  ["The mayor didn't sign the trade deal.", "didn't", 'sign', ['mayor', 'trade', 'deal']],
  // A cue opening the subject: the predicate follows the verb.
  ['No bodies were found in the harbour.', 'No', 'found', ['bodies', 'harbour']],
  ['No one was hurt in the blast.', 'No', 'hurt', ['blast']],
  // A negative implicative is read with its "to".
  ['The council refused to approve the budget.', 'refused', 'approve', ['council', 'budget']],
  // A copula: the predicate is the noun.
  ['Kessler is not a member of the party board.', 'not', 'member', ['Kessler', 'party', 'board']],
  // The negated clause ends where another begins.
  ['The ferry did not sink, but the crew was evacuated.', 'not', 'sink', ['ferry']],
  // "did not say that X" negates the saying, not X.
  ['The ministry did not say that the plant had closed.', 'not', undefined, ['ministry']],
];

describe('negationScope: the negated predicate and its arguments', () => {
  it.each(SCOPES)('%s', (sentence, cue, predicate, args) => {
    const scope = negationScope(read(sentence))!;
    expect(scope.cue.text).toBe(cue);
    expect(scope.predicate?.token.text).toBe(predicate);
    expect(scope.arguments.map((w) => w.token.text)).toEqual(args);
  });

  it('is undefined for a statement that is not negated', () => {
    expect(negationScope(read('The rebels returned to the talks.'))).toBeUndefined();
  });
});

/** [negated statement, the other statement, how the other bears on the negation]. */
const SUPPORT: Array<[string, string, ScopeSupport['kind']]> = [
  // The other states the negated predicate with its arguments.
  ['The rebels will not return to the talks.', 'The rebels returned to the talks on Monday.', 'asserted'],
  ['Police did not arrest the driver.', 'Police arrested the driver after the crash.', 'asserted'],
  ['The factory never closed.', 'The factory closed in March, the union said.', 'asserted'],
  ['Kessler is not a member of the party board.', 'Kessler, a member of the party board, spoke on Monday.', 'asserted'],
  // Other forms of the word, a synonym, another spelling.
  ['The agency did not authorise the strike.', 'The agency authorized the strike.', 'asserted'],
  ['Officials did not halt the trains.', 'Officials stopped the trains at the border.', 'asserted'],
  // "not only" does not negate.
  ['The mayor did not resign.', 'Not only did the mayor resign, she left the party.', 'asserted'],
  // The other negates the same predicate, in a clause of its own.
  ['The company did not pay the fine.', 'The fine, which the company has not paid, was raised again.', 'negated'],
  ['The company did not pay the fine.', 'The regulator raised the fine because the company had not paid it.', 'negated'],
  // The other does not talk about what is negated.
  ['The ministry has not published the audit of the port contracts.', 'The mayor opened a new school in the port.', 'unsaid'],
  ['No soldiers were wounded in the ambush near the northern border crossing.', 'Rebels ambushed a convoy on Tuesday.', 'unsaid'],
  // Too little to tell: other words for the predicate, or a short clause.
  ['The rebels will not return to the talks.', 'Envoys met in Geneva to prepare the talks.', 'unclear'],
  // The other has the predicate only as tried, asked for, possible, conditional or charged.
  ['Gunmen did not kidnap the reporter in the capital.', 'Gunmen attempted to kidnap the reporter in the capital.', 'unasserted'],
  ['The minister did not resign over the scandal.', 'Lawmakers called on the minister to resign over the scandal.', 'unasserted'],
  ['The dam did not burst after the storm.', 'The dam could burst after the storm, engineers said.', 'unasserted'],
  ['The troops did not withdraw from the province.', 'Talks will collapse if the troops withdraw from the province.', 'unasserted'],
  ['The guards did not mistreat the prisoners.', 'Lawyers described the alleged mistreatment of the prisoners by the guards.', 'unasserted'],
  // ...but a modal denied against the same modal is the same possibility.
  ['The dam could not burst after the storm.', 'The dam could burst after the storm, engineers said.', 'asserted'],
  // A future state denied, against the present: what will not be is not denied by what is.
  ['The stadium will never be the largest in the league.', 'The stadium is the largest in the league.', 'otherTense'],
  ['Kessler will not be a member of the party board.', 'Kessler, a member of the party board, spoke on Monday.', 'otherTense'],
  ['The stadium will never be the largest in the league.', 'The stadium will be the largest in the league.', 'asserted'],
  // A future event denied is contradicted by the event, whenever it is told.
  ["The coach won't extend his contract with the club.", 'The coach extends his contract with the club.', 'asserted'],
  ['The rebels will not return to the talks.', 'Rebels to return to talks', 'asserted'],
];

describe('scopeSupport: how the other statement bears on the negation', () => {
  it.each(SUPPORT)('%s / %s: %s', (negated, plain, kind) => {
    expect(scopeSupport(read(negated, 'a'), read(plain, 'b')).kind).toBe(kind);
  });

  it('points at the asserted predicate in the other claim', () => {
    const plain = read('Police arrested the driver after the crash.', 'b');
    const support = scopeSupport(read('Police did not arrest the driver.'), plain);
    expect(support.kind).toBe('asserted');
    if (support.kind === 'asserted') expect(plain.claim.text.slice(support.predicate.start, support.predicate.end)).toBe('arrested');
  });
});

/** One negates what the other asserts: a polarity divergence and a contradiction, whichever side negates. */
const CONTRADICTING: Array<[string, string]> = [
  ['The rebels will not return to the talks.', 'The rebels returned to the talks on Monday.'],
  ['The factory closed in March, the union said.', 'The factory never closed.'],
  ['Kessler, a member of the party board, spoke on Monday.', 'Kessler is not a member of the party board.'],
  ['The guards mistreated the prisoners, lawyers said.', 'The guards did not mistreat the prisoners.'],
  ['The coach extends his contract with the club.', "The coach won't extend his contract with the club."],
];

/** Negation that must not be read as a contradiction. */
const NOT_CONTRADICTING: Array<[string, string]> = [
  // Both negate the predicate, one of them in a subordinate clause.
  ['The company did not pay the fine.', 'The fine, which the company has not paid, was raised again.'],
  ['The company did not pay the fine.', 'The regulator raised the fine because the company had not paid it.'],
  // The negation is about something the other does not say.
  ['The ministry has not published the audit of the port contracts.', 'The mayor opened a new school in the port.'],
  ['The harbour authority never inspected the cargo ship in Vardo.', 'Fishermen in Vardo protested against the new quotas.'],
  ['No soldiers were wounded in the ambush near the northern border crossing.', 'Rebels ambushed a convoy on Tuesday.'],
  // The other does not say it is so: it was tried, asked for, or is a condition.
  ['Gunmen did not kidnap the reporter in the capital.', 'Gunmen attempted to kidnap the reporter in the capital.'],
  ['The troops did not withdraw from the province.', 'Talks will collapse if the troops withdraw from the province.'],
  // A future state denied, against the present.
  ['The stadium will never be the largest in the league.', 'The stadium is the largest in the league.'],
];

describe('compare(): negation against the other report', () => {
  it.each(CONTRADICTING)('contradicts, both ways: %s / %s', (a, b) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const result = compare(x, y);
      expect(result.divergences.map((d) => d.kind)).toContain('polarity');
      expect(result.stance).toBe('contradicts');
    }
  });

  it.each(NOT_CONTRADICTING)('does not contradict, both ways: %s / %s', (a, b) => {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const result = compare(x, y);
      expect(result.divergences.map((d) => d.kind)).not.toContain('polarity');
      expect(result.stance).not.toBe('contradicts');
    }
  });
});
