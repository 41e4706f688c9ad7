import { withRoom, withRoomKeeping } from '../text/workArray.js';
import type { StatementProfile } from './profile.js';

/**
 * The TF-IDF vectors of weighed profiles laid out for the plain content cosine, the first look at
 * every candidate pair: each vector's terms as numbers with their weights, all in two arrays. A
 * cosine spreads the larger vector's weights over an array indexed by term and walks the smaller
 * one, instead of looking each term up in a map of strings; the larger vector spread out stays
 * for the next pair, which often shares it (the pairs of one statement come one after another).
 * The products are summed in the same order as the profiles' own vectors give their terms, so the
 * cosine is the same number, to the last bit, as one worked out from those maps.
 */
export class ContentVectors {
  private readonly termIds = new Map<string, number>();
  /** The term of each id. */
  private readonly termList: string[] = [];
  /** Vector k holds `terms`/`weights` from `starts[k]` to `starts[k + 1]`; `norms[k]` is its norm. */
  private starts = new Int32Array(64);
  private norms = new Float64Array(64);
  private terms = new Int32Array(1024);
  private weights = new Float64Array(1024);
  private count = 0;
  /** The weight of each term of the vector last spread out, valid where `stamps` holds `spread + 1`. */
  private spreadWeights = new Float64Array(1024);
  private stamps = new Int32Array(1024);
  private spread = -1;

  /** Adds the vector of a weighed profile; returns its number. */
  add(profile: StatementProfile): number {
    const k = this.count++;
    const start = this.starts[k]!;
    const vector = profile.vector ?? new Map<string, number>();
    this.starts = withRoomKeeping(this.starts, k + 2);
    this.norms = withRoomKeeping(this.norms, k + 1);
    this.terms = withRoomKeeping(this.terms, start + vector.size);
    this.weights = withRoomKeeping(this.weights, start + vector.size);
    let at = start;
    for (const [term, weight] of vector) {
      let id = this.termIds.get(term);
      if (id === undefined) {
        this.termIds.set(term, (id = this.termList.length));
        this.termList.push(term);
      }
      this.terms[at] = id;
      this.weights[at++] = weight;
    }
    this.starts[k + 1] = at;
    // No terms, or a profile never weighed: the cosine with it is 0.
    this.norms[k] = profile.vector ? (profile.norm ?? 0) : 0;
    return k;
  }

  /**
   * The terms of vector `k` as numbers, in the order of the profile's vector (the same number for
   * the same term in every vector; numbers are given in the order terms are first added).
   */
  termsOf(k: number): Int32Array {
    return this.terms.subarray(this.starts[k]!, this.starts[k + 1]!);
  }

  /** The term numbered `id`. */
  termOf(id: number): string {
    return this.termList[id]!;
  }

  /**
   * The cosine of vectors `a` and `b`: 0 when either has no terms.
   *
   * @example
   * const vectors = new ContentVectors();
   * vectors.cosine(vectors.add(profileA), vectors.add(profileB)); // 0.42
   */
  cosine(a: number, b: number): number {
    const normA = this.norms[a]!;
    const normB = this.norms[b]!;
    if (!normA || !normB) return 0;
    const sizeA = this.starts[a + 1]! - this.starts[a]!;
    const sizeB = this.starts[b + 1]! - this.starts[b]!;
    // The smaller is walked (the first when they are as large), as the profiles' maps would be.
    const small = sizeA <= sizeB ? a : b;
    const large = small === a ? b : a;
    if (this.spread !== large) this.spreadOut(large);
    const { terms, weights, spreadWeights, stamps } = this;
    const stamp = large + 1;
    let dot = 0;
    for (let k = this.starts[small]!; k < this.starts[small + 1]!; k++) {
      const term = terms[k]!;
      if (stamps[term] === stamp) dot += weights[k]! * spreadWeights[term]!;
    }
    return dot / (normA * normB);
  }

  private spreadOut(vector: number): void {
    this.spreadWeights = withRoom(this.spreadWeights, this.termIds.size);
    // A new stamps array is zeros, which is no vector's stamp.
    this.stamps = withRoomKeeping(this.stamps, this.termIds.size);
    const { terms, weights, spreadWeights, stamps } = this;
    for (let k = this.starts[vector]!; k < this.starts[vector + 1]!; k++) {
      spreadWeights[terms[k]!] = weights[k]!;
      stamps[terms[k]!] = vector + 1;
    }
    this.spread = vector;
  }
}
