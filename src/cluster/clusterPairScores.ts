import type { Cluster } from './cluster.js';

/**
 * The grouping similarity of every two members of each cluster, kept when the clusters are
 * described (their cohesion sums it anyway) for the divergence stage, which compares the same
 * pairs: the grouping model with every statement's profile can then be let go before it runs,
 * which at ten thousand articles is a third of the memory in use.
 *
 * @example
 * const scores = new ClusterPairScores();
 * scores.add(cluster, new Float64Array([0.8])); // a cluster of two members
 * scores.similarity(cluster.statementIds[0], cluster.statementIds[1]); // 0.8
 * scores.of(cluster); // Float64Array [0.8]
 */
export class ClusterPairScores {
  /**
   * Cluster number and position in it of each member, by statement id: made when first asked for
   * (see {@link ClusterPairScores.similarity}), as the divergence stage reads a whole cluster's
   * scores by position instead.
   */
  private places: Map<string, { cluster: number; member: number }> | undefined;
  /** Each cluster's scores, pair (x, y) with x < y at `x * (2m - x - 1) / 2 + (y - x - 1)` for m members. */
  private readonly scores: Float64Array[] = [];
  private readonly clusters: Cluster[] = [];
  /** Cluster number by cluster id. */
  private readonly numbers = new Map<string, number>();

  /** Keeps the scores of a cluster's pairs of members, in the order above. */
  add(cluster: Cluster, scores: Float64Array): void {
    this.numbers.set(cluster.id, this.scores.length);
    this.scores.push(scores);
    this.clusters.push(cluster);
    this.places = undefined;
  }

  /**
   * The scores of a cluster's pairs of members, pair (x, y) at {@link pairSlot}`(x, y, m)`: the
   * order in which the divergence stage visits them, so that it reads each in turn, with no
   * lookup by id per pair. Undefined for a cluster not kept here (or kept with other members).
   */
  of(cluster: Cluster): Float64Array | undefined {
    const number = this.numbers.get(cluster.id);
    if (number === undefined) return undefined;
    const kept = this.clusters[number]!.statementIds;
    const ids = cluster.statementIds;
    if (kept !== ids && (kept.length !== ids.length || kept.some((id, k) => id !== ids[k]))) return undefined;
    return this.scores[number];
  }

  /** The similarity of two members of one cluster, by id; throws for statements that are not. */
  similarity(a: string, b: string): number {
    const places = (this.places ??= this.placesOfMembers());
    const p = places.get(a);
    const q = places.get(b);
    if (!p || !q || p.cluster !== q.cluster || p.member === q.member) throw new Error(`ClusterPairScores: ${a} and ${b} are not two members of one cluster`);
    const [x, y] = p.member < q.member ? [p.member, q.member] : [q.member, p.member];
    return this.scores[p.cluster]![pairSlot(x, y, this.clusters[p.cluster]!.statementIds.length)]!;
  }

  private placesOfMembers(): Map<string, { cluster: number; member: number }> {
    const places = new Map<string, { cluster: number; member: number }>();
    this.clusters.forEach((cluster, number) => cluster.statementIds.forEach((id, member) => places.set(id, { cluster: number, member })));
    return places;
  }
}

/** Where pair (x, y), x < y, of m members sits in a cluster's scores. */
export function pairSlot(x: number, y: number, m: number): number {
  return (x * (2 * m - x - 1)) / 2 + (y - x - 1);
}
