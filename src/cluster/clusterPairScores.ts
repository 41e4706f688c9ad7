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
 */
export class ClusterPairScores {
  /** Cluster number and position in it of each member, by statement id. */
  private readonly places = new Map<string, { cluster: number; member: number }>();
  /** Each cluster's scores, pair (x, y) with x < y at `x * (2m - x - 1) / 2 + (y - x - 1)` for m members. */
  private readonly scores: Float64Array[] = [];
  private readonly sizes: number[] = [];

  /** Keeps the scores of a cluster's pairs of members, in the order above. */
  add(cluster: Cluster, scores: Float64Array): void {
    const number = this.scores.length;
    cluster.statementIds.forEach((id, member) => this.places.set(id, { cluster: number, member }));
    this.scores.push(scores);
    this.sizes.push(cluster.statementIds.length);
  }

  /** The similarity of two members of one cluster, by id; throws for statements that are not. */
  similarity(a: string, b: string): number {
    const p = this.places.get(a);
    const q = this.places.get(b);
    if (!p || !q || p.cluster !== q.cluster || p.member === q.member) throw new Error(`ClusterPairScores: ${a} and ${b} are not two members of one cluster`);
    const [x, y] = p.member < q.member ? [p.member, q.member] : [q.member, p.member];
    return this.scores[p.cluster]![pairSlot(x, y, this.sizes[p.cluster]!)]!;
  }
}

/** Where pair (x, y), x < y, of m members sits in a cluster's scores. */
export function pairSlot(x: number, y: number, m: number): number {
  return (x * (2 * m - x - 1)) / 2 + (y - x - 1);
}
