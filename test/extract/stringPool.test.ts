import { describe, expect, it, vi } from 'vitest';
import { StringPool } from '../../src/extract/stringPool.js';

// Which copy of a string a variable holds cannot be seen from JavaScript: what the pool saves is
// measured by the stories benchmark. These tests check what it reads and that it changes no value.

class Stamp {
  constructor(readonly label: string) {
    Object.freeze(this);
  }
}

describe('StringPool', () => {
  it('reads every string of nested plain objects and arrays, long ones too', () => {
    const pool = new StringPool();
    const get = vi.spyOn(pool, 'get');
    const long = 'Talks resumed in Geneva on Monday after a week of shelling around the city.';
    pool.share({ kind: 'actor', ids: ['Russia', ['Syria']], nested: { role: 'place', text: long }, count: 3, none: null });
    expect(get.mock.calls.map(([text]) => text).sort()).toEqual([long, 'Russia', 'Syria', 'actor', 'place'].sort());
  });

  it('changes no value, and walks no object but plain objects and arrays', () => {
    const pool = new StringPool();
    const published = new Date('2021-03-10');
    const stamp = new Stamp('frozen');
    const tree = { kind: 'actor', at: published, stamp, list: [{ role: 'place' }, 'body', 7] };
    const before = structuredClone({ ...tree, stamp: undefined });
    // A frozen object walked would throw on the assignment.
    expect(() => pool.share(tree)).not.toThrow();
    expect({ ...tree, stamp: undefined }).toEqual(before);
    expect(tree.stamp).toBe(stamp);
    expect(tree.at).toBe(published);
  });

  it('gives back the first of equal strings', () => {
    const pool = new StringPool();
    expect(pool.get('reported')).toBe('reported');
    expect(pool.get(['re', 'ported'].join(''))).toBe('reported');
  });
});
