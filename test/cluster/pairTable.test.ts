import { describe, expect, it } from 'vitest';
import { PairTable } from '../../src/cluster/pairTable.js';

describe('PairTable', () => {
  it('gives back what a map of pairs gives, through many growths, in either order of a pair', () => {
    const table = new PairTable();
    const expected = new Map<string, number>();
    let state = 12345;
    const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0);
    for (let k = 0; k < 20_000; k++) {
      // Small ranges, so pairs repeat (replacing), and (x, y) and (y, x) both occur.
      const x = next() % 300;
      const y = k % 7 === 0 ? x : next() % 300;
      const value = (next() % 1000) / 997;
      table.set(x, y, value);
      expected.set(`${x},${y}`, value);
    }
    expect(table.size).toBe(expected.size);
    for (let x = 0; x < 300; x++) {
      for (let y = 0; y < 300; y++) expect(table.get(x, y)).toBe(expected.get(`${x},${y}`));
    }
  });

  it('keeps pairs of large indices and a value of 0 apart from an absent pair', () => {
    const table = new PairTable();
    table.set(2 ** 31 - 2, 0, 0);
    table.set(0, 2 ** 31 - 2, 1);
    table.set(1 << 20, 1 << 21, -0.5);
    expect(table.get(2 ** 31 - 2, 0)).toBe(0);
    expect(table.get(0, 2 ** 31 - 2)).toBe(1);
    expect(table.get(1 << 20, 1 << 21)).toBe(-0.5);
    expect(table.get(1 << 21, 1 << 20)).toBeUndefined();
    expect(table.get(0, 0)).toBeUndefined();
    expect(new PairTable().get(0, 0)).toBeUndefined();
  });

  it('refuses indices it cannot keep, naming the pair', () => {
    const table = new PairTable();
    expect(() => table.set(-1, 0, 1)).toThrow('PairTable: (-1, 0) is not a pair of integers');
    expect(() => table.set(0, 1.5, 1)).toThrow(RangeError);
    expect(() => table.set(2 ** 31 - 1, 0, 1)).toThrow(RangeError);
    expect(table.size).toBe(0);
  });
});
