import { describe, expect, it } from 'vitest';
import { ContentVectors } from '../../src/cluster/contentVectors.js';
import type { StatementProfile } from '../../src/cluster/profile.js';

/** A weighed profile as far as the content cosine reads it: its vector and norm. */
function weighed(vector: Map<string, number>): StatementProfile {
  let sum = 0;
  for (const w of vector.values()) sum += w * w;
  return { vector, norm: Math.sqrt(sum) } as StatementProfile;
}

/** The cosine worked out from the profiles' maps, walking the smaller (the first when as large). */
function mapCosine(a: StatementProfile, b: StatementProfile): number {
  if (!a.vector || !b.vector || !a.norm || !b.norm) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot / (a.norm * b.norm);
}

/** Deterministic pseudo-random numbers in [0, 1). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('ContentVectors', () => {
  it('gives the cosine of the maps to the last bit, whichever vector is larger and past the first room', () => {
    const next = random(7);
    const profiles: StatementProfile[] = [];
    for (let p = 0; p < 300; p++) {
      const vector = new Map<string, number>();
      const size = Math.floor(next() * 25);
      // Terms from a vocabulary of 3,000, weights with many digits: sums in another order would differ.
      for (let k = 0; k < size; k++) vector.set(`t${Math.floor(next() ** 2 * 3000)}`, 0.05 + next() * 7);
      profiles.push(weighed(vector));
    }
    const vectors = new ContentVectors();
    const ids = profiles.map((p) => vectors.add(p));
    let shared = 0;
    for (let a = 0; a < profiles.length; a++) {
      for (let b = 0; b < profiles.length; b += 1 + (a % 4)) {
        const expected = mapCosine(profiles[a]!, profiles[b]!);
        if (expected > 0) shared++;
        expect(vectors.cosine(ids[a]!, ids[b]!)).toBe(expected);
      }
    }
    expect(shared).toBeGreaterThan(1000);
  });

  it('says 0 for a vector without terms or a profile never weighed', () => {
    const vectors = new ContentVectors();
    const some = vectors.add(weighed(new Map([['talk', 1.5]])));
    const none = vectors.add(weighed(new Map()));
    const unweighed = vectors.add({} as StatementProfile);
    expect(vectors.cosine(some, some)).toBeCloseTo(1, 12);
    expect(vectors.cosine(some, none)).toBe(0);
    expect(vectors.cosine(unweighed, some)).toBe(0);
  });

  it('reads vectors added after another was spread out', () => {
    const vectors = new ContentVectors();
    const first = vectors.add(weighed(new Map([['a', 1], ['b', 2], ['c', 3]])));
    const second = vectors.add(weighed(new Map([['a', 1]])));
    const before = vectors.cosine(second, first);
    // New terms come after the first was spread out; the first stays spread for the next pair.
    const third = vectors.add(weighed(new Map([['z', 4], ['c', 1]])));
    expect(vectors.cosine(third, first)).toBe(mapCosine(weighed(new Map([['z', 4], ['c', 1]])), weighed(new Map([['a', 1], ['b', 2], ['c', 3]]))));
    expect(vectors.cosine(second, first)).toBe(before);
  });
});
