import { describe, expect, it } from 'vitest';
import { compare, type Stance } from '../../src/index.js';

/** The claim every headline below is read against. */
const TRUCE = 'Valmora has proposed a truce starting April 3.';
const RESIGNATION = 'The mayor resigned on Tuesday.';

/** [claim a, report b, the stance of b toward a]. */
const ROWS: Array<[string, string, Stance]> = [
  // b states it as fact, in its own words.
  [TRUCE, 'Valmora proposes April 3 truce', 'supports'],
  [TRUCE, 'Valmora has proposed a truce starting April 3.', 'supports'],
  [RESIGNATION, 'The mayor stepped down on Tuesday.', 'supports'],
  ['Police arrested the suspect at the airport on Sunday.', 'The suspect was detained by police at the airport on Sunday.', 'supports'],
  ['Officials authorised the convoy to cross the border.', 'Officials authorized the convoy to cross the border.', 'supports'],

  // b relays it without asserting it: attributed, hedged or left unconfirmed.
  [TRUCE, 'Valmora has proposed a truce starting April 3, officials say.', 'reports'],
  [TRUCE, 'Valmora proposes April 3 truce, officials say', 'reports'],
  [TRUCE, 'Valmora may have proposed a truce starting April 3.', 'reports'],
  [RESIGNATION, 'The mayor resigned on Tuesday, according to local media.', 'reports'],
  [RESIGNATION, 'City officials could not confirm that the mayor resigned.', 'reports'],
  ['The army shelled the village.', 'The army shelled the village, witnesses said.', 'reports'],

  // b denies it, negates it, or gives other facts.
  [TRUCE, 'Valmora denied proposing a truce.', 'contradicts'],
  [TRUCE, 'Valmora has not proposed a truce.', 'contradicts'],
  [RESIGNATION, 'The ministry denied that the mayor had resigned on Tuesday.', 'contradicts'],
  ['Jets struck 1,900 targets overnight.', 'Jets struck 900 targets overnight.', 'contradicts'],
  ['The miner was trapped underground for 9 days.', 'The miner was trapped underground for 3 days.', 'contradicts'],
  ['Talks resumed in Geneva.', 'Talks resumed in Vienna.', 'contradicts'],
  ['The dam was completed in 2019.', 'The dam was completed in 2021.', 'contradicts'],
  ['Russia says the strikes target terrorists.', 'The US says the strikes prop up the government.', 'contradicts'],

  // "no more than", "not fewer than" bound an amount; they do not negate the claim.
  ['Forty people were hurt when the stand collapsed.', 'No more than 40 people were hurt when the stand collapsed.', 'supports'],
  ['More than 300 people were hurt when the stand collapsed.', 'No more than 40 people were hurt when the stand collapsed.', 'contradicts'],
];

describe('compare().stance: how b stands toward a', () => {
  it.each(ROWS)('%s / %s: %s', (a, b, stance) => {
    expect(compare(a, b).stance).toBe(stance);
  });

  it.each([
    ['Any truce must be immediate.', 'An immediate truce is preferable.'],
    ['"We have made very concrete proposals for a truce," Castell said.', '"We have made very specific proposals for a truce," Castell said.'],
    // A figure within a tenth of the other's, or bounds both of which may hold: the figures differ, one does not deny the other.
    ['The clerk had not come to work in 30 years.', 'The clerk had not come to work in 29 years.'],
    ['A diner left the waiter a tip of $1,040.', 'A diner left the waiter a tip of $1,000.'],
    ['More than 500 prisoners escaped from the jail.', 'More than 1,000 prisoners escaped from the jail.'],
  ])('a difference of force, of quoted wording or of a near figure is not a contradiction: %s / %s', (a, b) => {
    const result = compare(a, b);
    expect(result.divergences.length).toBeGreaterThan(0);
    expect(result.stance).not.toBe('contradicts');
  });
});
