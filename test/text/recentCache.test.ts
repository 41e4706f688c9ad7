import { describe, expect, it } from 'vitest';
import { RecentCache } from '../../src/text/recentCache.js';

describe('RecentCache', () => {
  it('keeps the last `limit` answers and drops the oldest first', () => {
    const cache = new RecentCache<string, number>(2);
    cache.set('a', 1);
    cache.set('b', 2);
    expect(cache.get('a')).toBe(1);
    cache.set('c', 3);
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toBe(2);
    expect(cache.get('c')).toBe(3);
    cache.set('d', 4);
    expect(cache.get('b')).toBeUndefined();
    expect([cache.get('c'), cache.get('d')]).toEqual([3, 4]);
  });

  it('never answers with a value other than the last one set for a key', () => {
    const cache = new RecentCache<string, number>(3);
    cache.set('a', 1);
    cache.set('a', 2);
    expect(cache.get('a')).toBe(2);
    for (const key of ['x', 'y', 'z']) cache.set(key, 0);
    expect(cache.get('a')).toBeUndefined();
  });

  it('forgets every answer of every cache on forgetAll, then keeps new ones again', () => {
    const first = new RecentCache<string, number>(4);
    const second = new RecentCache<string, number>(4);
    first.set('a', 1);
    second.set('b', 2);
    RecentCache.forgetAll();
    expect(first.get('a')).toBeUndefined();
    expect(second.get('b')).toBeUndefined();
    first.set('c', 3);
    expect(first.get('c')).toBe(3);
    // The ring starts over: four new keys fit without dropping 'c'.
    for (const key of ['d', 'e', 'f']) first.set(key, 0);
    expect(first.get('c')).toBe(3);
    first.set('g', 0);
    expect(first.get('c')).toBeUndefined();
  });
});
