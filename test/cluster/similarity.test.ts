import { describe, expect, it } from 'vitest';
import { statementIdf } from '../../src/cluster/cluster.js';
import { buildProfile, weighProfile } from '../../src/cluster/profile.js';
import { SIGNALS, similaritySignals, softCosine } from '../../src/cluster/similarity.js';
import { compare, DEFAULT_SIMILARITY, extractStatements, type Statement } from '../../src/index.js';

/** Publication day of the dated rows: Thursday 14 March 2024. */
const PUBLISHED = '2024-03-14';

/** One sentence read from an article published on {@link PUBLISHED}, so relative times resolve. */
function dated(text: string, id: string): Statement {
  const statements = extractStatements({ id, outlet: id, text, published: PUBLISHED });
  expect(statements).toHaveLength(1);
  return statements[0]!;
}

/** Compares two sentences as published on {@link PUBLISHED}. */
function compareDated(a: string, b: string) {
  return compare(dated(a, 'a'), dated(b, 'b'));
}

const SENTENCES = [
  'The ministers will meet in Oslo on Friday to discuss the truce.',
  'Floods forced 12,000 people from their homes.',
  'Valmora has proposed a truce starting April 3, officials say.',
  '"We will rebuild every school in the valley," the governor said.',
  'Storm cuts power to 40,000 homes',
];

const UNRELATED: Array<[string, string]> = [
  ['The ministers will meet in Oslo on Friday to discuss the truce.', 'Heavy rain flooded farmland across the southern valley.'],
  ['Valmora has proposed a truce starting April 3.', 'The central bank raised interest rates by half a point.'],
  ['A strong earthquake struck the coast overnight.', 'The football club signed a new goalkeeper.'],
  ['The central bank raised interest rates.', 'The striker scored twice in the final.'],
];

const PARAPHRASES: Array<[string, string]> = [
  ['Police arrested the suspect at the airport on Sunday.', 'The suspect was detained by police at the airport on Sunday.'],
  ['The storm knocked out power across the city.', 'Power went out across the city after the storm hit.'],
  ['The mayor resigned on Tuesday.', 'The mayor stepped down on Tuesday.'],
  ['Militants attacked the convoy, killing four soldiers.', 'Four soldiers were killed when militants attacked the convoy.'],
  ['Valmora has proposed a truce starting April 3.', 'Valmora proposes April 3 truce'],
];

/** Words spelled two ways (British/American, or WordNet synonyms): the soft cosine matches them, the exact one does not. */
const SPELLING_VARIANTS: Array<[string, string]> = [
  ['Officials authorised the convoy to cross the border.', 'Officials authorized the convoy to cross the border.'],
  ['The council approved the programme to rebuild the harbour.', 'The council approved the program to rebuild the harbor.'],
  ["The hospital's labour ward was damaged.", "The hospital's labor ward was damaged."],
  ['"This is much more hard than we expected," the mayor said.', '"This is much more difficult than we expected," the mayor said.'],
];

/** Synonyms of three letters ("aim", "bid", "hit"): too short for spelling variants, not for synonyms. */
const SHORT_SYNONYMS: Array<[string, string]> = [
  ['Warplanes aim at the rebel bases.', 'Warplanes target the rebel bases.'],
  ['The company made a bid for the port.', 'The company made an offer for the port.'],
  ['Floods hit the northern towns.', 'Floods struck the northern towns.'],
];

/** Both place it on the same specific day, written differently. */
const SAME_DAY: Array<[string, string]> = [
  ['The truce begins on April 3.', 'A truce will start on 3 April.'],
  ['The truce starts on Apr. 3.', 'The truce starts on April 3.'],
  ['The deal was signed on Tuesday.', 'The deal was signed on March 12.'],
  ['The deal was signed yesterday.', 'The deal was signed on Wednesday.'],
  ['The bridge will reopen on March 3.', 'The bridge will reopen on Sunday, March 3.'],
];

const DIFFERENT_DAYS: Array<[string, string]> = [
  ['The truce begins on April 3.', 'A truce will start on April 9.'],
  ['Talks resumed on Monday.', 'Talks resumed on Wednesday.'],
  // A month and a day inside it overlap, but only two specific days count.
  ['The bridge reopened in March.', 'The bridge reopened on March 3.'],
  ['The bridge reopened.', 'The bridge reopened on March 3.'],
];

/** Agreeing amounts of the same thing. */
const SHARED_AMOUNTS: Array<[string, string]> = [
  ['Floods forced 12,000 people from their homes.', 'Floods forced 12,000 residents from their homes.'],
  ['More than a quarter of a million people have been killed in the war.', 'More than a quarter-million people have been killed in the war.'],
  ['Rescuers pulled 12 survivors from the rubble.', 'Rescuers pulled twelve survivors from the rubble.'],
  ['Aid agencies say 51,000 people fled the fighting.', 'Aid agencies say tens of thousands of people fled the fighting.'],
  ['The fund has $1.5 billion.', 'The fund has $1,500 million.'],
  ['Nearly half of the voters stayed home.', 'About 48% of the voters stayed home.'],
];

const UNSHARED_AMOUNTS: Array<[string, string]> = [
  ['Floods forced 12,000 people from their homes.', 'Floods forced 3,000 people from their homes.'],
  ['Jets struck 1,900 targets overnight.', 'Jets struck 900 targets overnight.'],
  ['Floods forced 12,000 people from their homes.', 'Floods forced people from their homes.'],
  ['Floods forced 12,000 people from their homes.', 'Floods destroyed 12,000 hectares of crops.'],
];

/** Both give numbers and none is shared. */
const NUMBERS_CONFLICT: Array<[string, string]> = [
  ['Jets struck 1,900 targets overnight.', 'Jets struck 900 targets overnight.'],
  ['Donors pledged $2 billion for the rebuilding.', 'Donors pledged $5 billion for the rebuilding.'],
  ['Prices rose 40% in March.', 'Prices rose 60% in March.'],
];

const NUMBERS_AGREE: Array<[string, string]> = [
  ['Floods forced 12,000 people from their homes.', 'Floods forced 12,000 residents from their homes.'],
  ['Jets struck 1,900 targets overnight.', 'Overnight, jets struck 1,900 targets.'],
  // Only one side gives a number: nothing to conflict with.
  ['Jets struck 1,900 targets overnight.', 'Jets struck targets overnight.'],
];

describe('similarity of a sentence to itself', () => {
  it.each(SENTENCES)('%s', (sentence) => {
    const result = compare(sentence, sentence);
    expect(result.similarity).toBeGreaterThan(0.9);
    expect(result.sameClaim).toBe(true);
    expect(result.signals.lexical).toBeCloseTo(1, 6);
    expect(result.signals.soft).toBeCloseTo(1, 6);
  });
});

describe('similarity of unrelated sentences', () => {
  it.each(UNRELATED)('%s / %s', (a, b) => {
    const result = compare(a, b);
    expect(result.similarity).toBeLessThan(0.1);
    expect(result.sameClaim).toBe(false);
    expect(result.signals.lexical).toBe(0);
    expect(result.signals.soft).toBe(0);
  });
});

describe('similarity of paraphrases', () => {
  it.each(PARAPHRASES)('%s / %s is the same claim', (a, b) => {
    const result = compare(a, b);
    expect(result.sameClaim).toBe(true);
    expect(result.similarity).toBeGreaterThan(Math.max(...UNRELATED.map(([x, y]) => compare(x, y).similarity)));
  });
});

describe('soft: near-identical spellings and synonyms match', () => {
  it.each(SPELLING_VARIANTS)('%s / %s', (a, b) => {
    const { signals, sameClaim } = compare(a, b);
    expect(signals.soft).toBeGreaterThan(signals.lexical + 0.1);
    expect(signals.soft).toBeGreaterThan(0.9);
    expect(sameClaim).toBe(true);
  });

  it.each(SHORT_SYNONYMS)('synonyms of three letters too: %s / %s', (a, b) => {
    const { signals } = compare(a, b);
    expect(signals.soft).toBeGreaterThan(signals.lexical + 0.1);
  });

  it('is worked out alone, as the similarity works it out', () => {
    const statements = [...SENTENCES, ...PARAPHRASES.flat(), ...SPELLING_VARIANTS.flat(), ...SHORT_SYNONYMS.flat()].map((text, k) => dated(text, `s${k}`));
    const idf = statementIdf(statements);
    const profiles = statements.map((s) => weighProfile(buildProfile(s), idf));
    let matched = 0;
    for (const a of profiles) {
      for (const b of profiles) {
        const soft = similaritySignals(a, b).soft;
        expect(softCosine(a, b)).toBe(soft);
        if (soft > 0) matched++;
      }
    }
    expect(matched).toBeGreaterThan(profiles.length);
  });

  it.each(PARAPHRASES.slice(0, 2))('adds nothing when no spelling is a variant: %s / %s', (a, b) => {
    const { signals } = compare(a, b);
    expect(signals.soft).toBeCloseTo(signals.lexical, 10);
  });
});

describe('timesShared: both place it on the same specific day (as the rarity of that day)', () => {
  it.each(SAME_DAY)('%s / %s', (a, b) => {
    const result = compareDated(a, b);
    expect(result.signals.timesShared).toBeGreaterThan(0);
    const without = compare(result.statements[0], result.statements[1], { similarity: { weights: { ...DEFAULT_SIMILARITY.weights, timesShared: 0 } } });
    expect(result.similarity).toBeGreaterThan(without.similarity);
  });

  it('reads a date with its year without a publication date', () => {
    expect(compare("The truce begins on April 3, 2024.", "A truce will start on 3 April 2024.").signals.timesShared).toBeGreaterThan(0);
  });

  it.each(DIFFERENT_DAYS)('not for %s / %s', (a, b) => {
    expect(compareDated(a, b).signals.timesShared).toBe(0);
  });
});

describe('quantitiesShared: both give agreeing amounts of the same thing', () => {
  it.each(SHARED_AMOUNTS)('%s / %s', (a, b) => {
    expect(compare(a, b).signals.quantitiesShared).toBe(1);
  });

  it.each(UNSHARED_AMOUNTS)('not for %s / %s', (a, b) => {
    expect(compare(a, b).signals.quantitiesShared).toBe(0);
  });
});

describe('numbersConflict and numbersShared', () => {
  it.each(NUMBERS_CONFLICT)('%s / %s conflict', (a, b) => {
    const { signals } = compare(a, b);
    expect(signals.numbersConflict).toBe(1);
    expect(signals.numbersShared).toBe(0);
  });

  it.each(NUMBERS_AGREE)('%s / %s do not conflict', (a, b) => {
    expect(compare(a, b).signals.numbersConflict).toBe(0);
  });

  it('a shared number is numbersShared', () => {
    const { signals } = compare('Jets struck 1,900 targets overnight.', 'Overnight, jets struck 1,900 targets.');
    expect(signals.numbersShared).toBe(1);
  });
});

describe('the similarity is symmetric and bounded', () => {
  const ROWS = [...UNRELATED, ...PARAPHRASES, ...SPELLING_VARIANTS, ...SHARED_AMOUNTS, ...UNSHARED_AMOUNTS, ...NUMBERS_CONFLICT, ...NUMBERS_AGREE];

  it.each(ROWS)('%s / %s', (a, b) => {
    const forward = compare(a, b);
    const backward = compare(b, a);
    expect(forward.similarity).toBeCloseTo(backward.similarity, 9);
    expect(forward.sameClaim).toBe(backward.sameClaim);
    for (const name of SIGNALS) {
      expect(forward.signals[name], name).toBeCloseTo(backward.signals[name], 9);
      // Within rounding: a cosine of identical vectors may come out a hair above 1.
      expect(forward.signals[name], name).toBeGreaterThanOrEqual(-1e-9);
      expect(forward.signals[name], name).toBeLessThanOrEqual(1 + 1e-9);
    }
    expect(forward.similarity).toBeGreaterThan(0);
    expect(forward.similarity).toBeLessThanOrEqual(1);
  });

  it.each(SAME_DAY.concat(DIFFERENT_DAYS))('dated: %s / %s', (a, b) => {
    const forward = compare(dated(a, 'a'), dated(b, 'b'));
    const backward = compare(dated(b, 'b'), dated(a, 'a'));
    expect(forward.similarity).toBeCloseTo(backward.similarity, 9);
  });
});

describe('sameClaim follows options.similarity.sameClaim', () => {
  const [a, b] = PARAPHRASES[0]!;

  it('is similarity >= sameClaim', () => {
    const { similarity } = compare(a, b);
    expect(compare(a, b, { similarity: { sameClaim: similarity } }).sameClaim).toBe(true);
    expect(compare(a, b, { similarity: { sameClaim: Math.min(1, similarity + 0.01) } }).sameClaim).toBe(false);
  });
});
