/** Statements from different articles that report the same thing. */
export interface Cluster {
  /** `c-<hash>`: derived from the member statement ids, so it does not depend on input order. */
  id: string;
  /** Member statements, ordered by article id then position. A statement belongs to at most one cluster. */
  statementIds: string[];
  /** Articles the cluster spans, sorted. */
  articleIds: string[];
  /** Outlets the cluster spans, sorted. */
  outlets: string[];
  /** The member that shares most with the others, to name the cluster. */
  representative: { statementId: string; text: string };
  /** Mean similarity of the members' pairs (0..1). */
  cohesion: number;
}
