import { describe, expect, it } from 'vitest';
import { IdfTable, MIN_DOCUMENTS } from '../../src/cluster/idf.js';

/** Ten documents about one story: "talk" in all, "truce" in five, "oslo" in two, "helsinki" in one. */
const STORY = [
  ['talk', 'truce', 'oslo'],
  ['talk', 'truce', 'oslo'],
  ['talk', 'truce', 'helsinki'],
  ['talk', 'truce'],
  ['talk', 'truce'],
  ['talk', 'flood'],
  ['talk', 'flood'],
  ['talk', 'vote'],
  ['talk', 'vote'],
  ['talk', 'vote'],
];

/** The trusted formula: `1 + ln(N / (1 + df))`. */
const idf = (n: number, df: number) => 1 + Math.log(n / (1 + df));

describe('IdfTable weights with enough documents', () => {
  const table = IdfTable.fromDocuments(STORY);

  it.each([
    ['talk', 10],
    ['truce', 5],
    ['vote', 3],
    ['oslo', 2],
    ['helsinki', 1],
    ['vienna', 0],
  ] as Array<[string, number]>)('%s (in %i of 10 documents) weighs 1 + ln(N / (1 + df))', (term, df) => {
    expect(table.weight(term)).toBeCloseTo(idf(10, df), 10);
  });

  it.each([
    ['helsinki', 'oslo'],
    ['oslo', 'vote'],
    ['vote', 'truce'],
    ['truce', 'talk'],
    ['vienna', 'helsinki'],
  ])('the rarer %s weighs more than %s', (rare, common) => {
    expect(table.weight(rare)).toBeGreaterThan(table.weight(common));
  });

  it('counts documents, not repetitions within one', () => {
    const once = IdfTable.fromDocuments([['truce'], ['talk'], ['talk'], ['talk'], ['talk'], ['talk']]);
    const repeated = IdfTable.fromDocuments([['truce', 'truce', 'truce'], ['talk'], ['talk'], ['talk'], ['talk'], ['talk']]);
    expect(repeated.weight('truce')).toBe(once.weight('truce'));
    expect(repeated.size).toBe(6);
  });

  it('weighs copies added at once as the same documents added one by one', () => {
    const oneByOne = IdfTable.fromDocuments([['truce', 'talk'], ['truce', 'talk'], ['truce', 'talk'], ['talk'], ['geneva']]);
    const atOnce = new IdfTable();
    atOnce.add(['truce', 'talk', 'truce'], 3);
    atOnce.add(['talk']);
    atOnce.add(['geneva']);
    expect(atOnce.size).toBe(5);
    for (const term of ['truce', 'talk', 'geneva', 'vienna']) expect(atOnce.weight(term)).toBe(oneByOne.weight(term));
  });

  it.each([0, -1, 1.5, Number.NaN])('refuses %s copies', (copies) => {
    expect(() => new IdfTable().add(['talk'], copies)).toThrow(/copies must be a whole number of at least 1/);
  });

  it('updates weights when a document is added', () => {
    const growing = IdfTable.fromDocuments(STORY);
    const before = growing.weight('helsinki');
    growing.add(['helsinki', 'talk']);
    expect(growing.size).toBe(11);
    expect(growing.weight('helsinki')).toBeCloseTo(idf(11, 2), 10);
    expect(growing.weight('helsinki')).toBeLessThan(before);
  });
});

describe('IdfTable blends towards 1 below MIN_DOCUMENTS', () => {
  it('weighs every term 1 with no documents', () => {
    const empty = new IdfTable();
    expect(empty.size).toBe(0);
    for (const term of ['truce', 'talk', 'constructor']) expect(empty.weight(term)).toBe(1);
  });

  it.each(Array.from({ length: MIN_DOCUMENTS }, (_, k) => k + 1))('with %i document(s), trusts the IDF in proportion', (n) => {
    const table = IdfTable.fromDocuments(Array.from({ length: n }, (_, k) => (k === 0 ? ['rare', 'common'] : ['common'])));
    const trust = Math.min(1, n / MIN_DOCUMENTS);
    expect(table.weight('rare')).toBeCloseTo(trust * idf(n, 1) + (1 - trust), 10);
    expect(table.weight('common')).toBeCloseTo(trust * idf(n, n) + (1 - trust), 10);
  });

  it('lets term weights spread further apart as documents accumulate', () => {
    const spread = (n: number) => {
      const table = IdfTable.fromDocuments(Array.from({ length: n }, (_, k) => (k === 0 ? ['rare', 'common'] : ['common'])));
      return table.weight('rare') - table.weight('common');
    };
    for (let n = 2; n <= MIN_DOCUMENTS; n++) expect(spread(n)).toBeGreaterThan(spread(n - 1));
  });

  it('keeps the rarer term heavier even on two documents', () => {
    const table = IdfTable.fromDocuments([['truce', 'talk'], ['flood', 'talk']]);
    expect(table.weight('truce')).toBeGreaterThan(table.weight('talk'));
    expect(table.weight('talk')).toBeGreaterThan(0);
  });
});

describe('IdfTable terms named like Object.prototype members', () => {
  const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

  it.each(NAMES)('"%s" unseen weighs like any unseen term', (name) => {
    const table = IdfTable.fromDocuments(STORY);
    expect(table.weight(name)).toBe(table.weight('vienna'));
    expect(Number.isFinite(table.weight(name))).toBe(true);
  });

  it.each(NAMES)('"%s" seen once weighs like any term seen once', (name) => {
    const table = IdfTable.fromDocuments([...STORY.slice(0, 9), ['talk', name]]);
    const reference = IdfTable.fromDocuments([...STORY.slice(0, 9), ['talk', 'vienna']]);
    expect(table.weight(name)).toBeCloseTo(reference.weight('vienna'), 10);
    expect(table.size).toBe(10);
  });
});
