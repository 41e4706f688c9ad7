import type { Statement } from '../extract/statement.js';
import { groupStatements, describeClusters, type Cluster, type ClusterOptions } from './cluster.js';
import { GroupingModel } from './groupingModel.js';
import { IdfTable } from './idf.js';
import { averageLinkage, type ScoredPair } from './linkage.js';
import type { SimilarityOptions } from './similarity.js';

/**
 * Clusters kept up to date as articles come and go, without grouping everything again.
 *
 * Grouping decomposes: two groups merge only when their mean similarity reaches the threshold,
 * so when at least one pair across them does. Groups never reach across the parts of the graph
 * that pairs scoring at least the threshold join, and the clusters of each such part can be found
 * alone, from the pairs within it (weaker ones included): the same clusters as the whole. An
 * added article's statements are profiled, paired through the inverted index with the statements
 * already there, scored, and only the parts they touch are grouped again; a removed article's
 * neighbours likewise. The cost of an addition grows with the story it joins, not with the whole
 * collection.
 *
 * What is approximate: weights come from the IDF table of the last *rebuild*, which
 * {@link LiveClustering.rebuild} recomputes from all the statements, as `analyze` does. Until then
 * statements added since are weighed with the older table, and a term that has become too common
 * to propose pairs (`maxPosting`) still does. Right after a rebuild, the clusters are exactly
 * those `analyze` would give; the analyzer rebuilds when the collection has doubled or halved
 * since the last time, so the table is never far off.
 */
export class LiveClustering {
  private model: GroupingModel;
  /** Whether each statement index is still in the collection. */
  private live: boolean[] = [];
  /** Scored pairs with a positive score, both ways: index -> index -> score. */
  private edges: Array<Map<number, number>> = [];
  private postings = new Map<string, number[]>();
  /** The cluster each statement belongs to, by index. */
  private clusterOf = new Map<number, Cluster>();
  private clusters = new Map<string, Cluster>();
  private dirty = new Set<number>();
  /** Clusters that lost a member to a removal, to be reported gone at the next update. */
  private gone = new Map<string, Cluster>();
  private scoredPairs = 0;
  /** Statements in the collection at the last rebuild. */
  private rebuiltAt = 0;

  constructor(
    private readonly similarityOptions: SimilarityOptions,
    private readonly options: ClusterOptions,
  ) {
    this.model = new GroupingModel(new IdfTable(), similarityOptions, options);
  }

  /** Candidate pairs scored since the last rebuild (the rebuild's own included). */
  get candidatePairs(): number {
    return this.scoredPairs;
  }

  /**
   * Groups `statements` (every statement of the collection, by article id then position) from
   * scratch, with an IDF table over all of them: the clusters `analyze` gives.
   */
  rebuild(statements: readonly Statement[]): void {
    const clustering = groupStatements(statements, this.similarityOptions, this.options);
    this.model = clustering.model;
    this.ids = undefined;
    this.live = statements.map(() => true);
    this.rebuiltAt = statements.length;
    this.edges = statements.map(() => new Map());
    const { scored } = clustering;
    for (let k = 0; k < scored.length; k++) this.link(scored.first(k), scored.second(k), scored.score(k));
    this.scoredPairs = clustering.scored.length;
    this.postings = new Map();
    this.model.profiles.forEach((profile, i) => {
      for (const term of profile.terms.keys()) this.posting(term).push(i);
    });
    this.clusters = new Map(clustering.clusters.map((c) => [c.id, c]));
    this.clusterOf = new Map();
    const index = new Map(statements.map((s, i) => [s.id, i]));
    for (const cluster of clustering.clusters) for (const id of cluster.statementIds) this.clusterOf.set(index.get(id)!, cluster);
    this.dirty.clear();
  }

  /**
   * Whether a collection of `size` statements should be rebuilt rather than updated: the IDF
   * table is out of date enough (the collection has doubled or halved since the last rebuild), or
   * the collection is small enough (below `allPairsBelow`, where every pair is a candidate).
   */
  wantsRebuild(size: number): boolean {
    return size < this.options.allPairsBelow || size > 2 * this.rebuiltAt || 2 * size < this.rebuiltAt;
  }

  /** Adds one article's statements: profiles them, scores their candidate pairs, marks their part of the graph for regrouping. Returns their indices. */
  add(statements: readonly Statement[]): number[] {
    const indices = this.model.addArticle(statements);
    for (const i of indices) {
      this.live.push(true);
      this.edges.push(new Map());
      this.dirty.add(i);
    }
    // Pairs through the inverted index, as in `candidatePairs`: a term held by at most
    // `maxPosting` statements proposes every pair of them.
    for (const i of indices) {
      for (const term of this.model.profiles[i]!.terms.keys()) this.posting(term).push(i);
    }
    const fresh = new Set(indices);
    for (const i of indices) {
      const partners = new Set<number>();
      for (const term of this.model.profiles[i]!.terms.keys()) {
        const list = this.postings.get(term)!;
        if (list.length > this.options.maxPosting) continue;
        for (const j of list) {
          // A pair of two new statements is taken once, from the later one.
          if (j === i || !this.live[j] || (fresh.has(j) && j > i)) continue;
          partners.add(j);
        }
      }
      for (const j of [...partners].sort((a, b) => a - b)) {
        if (!this.model.allows(j, i)) continue;
        this.link(j, i, this.model.allowedScore(j, i));
        this.scoredPairs++;
      }
    }
    return indices;
  }

  /** Takes statements out (by index): their pairs go, and their neighbours are regrouped. */
  remove(indices: readonly number[]): void {
    for (const i of indices) {
      if (!this.live[i]) continue;
      this.live[i] = false;
      for (const j of this.edges[i]!.keys()) {
        this.edges[j]!.delete(i);
        this.dirty.add(j);
      }
      this.edges[i] = new Map();
      this.dirty.add(i);
      const cluster = this.clusterOf.get(i);
      if (cluster) this.gone.set(cluster.id, cluster);
      this.clusterOf.delete(i);
    }
  }

  /**
   * Regroups the parts of the graph that changed. Returns the clusters that are gone and those
   * that are new (a cluster whose members did not change keeps its id and is in neither).
   */
  update(): { removed: Cluster[]; added: Cluster[] } {
    const removed = new Map(this.gone);
    this.gone.clear();
    const regrouped: Cluster[] = [];
    const seen = new Set<number>();
    const statements = this.model.statements;
    for (const start of [...this.dirty].sort((a, b) => a - b)) {
      if (!this.live[start] || seen.has(start)) continue;
      // The part of the graph around a changed statement that pairs scoring at least the
      // threshold join (see the class comment).
      const part: number[] = [];
      const queue = [start];
      seen.add(start);
      while (queue.length > 0) {
        const i = queue.pop()!;
        part.push(i);
        const cluster = this.clusterOf.get(i);
        if (cluster) removed.set(cluster.id, cluster);
        for (const [j, score] of this.edges[i]!) {
          if (score < this.options.threshold || seen.has(j)) continue;
          seen.add(j);
          queue.push(j);
        }
      }
      // In the collection's order (article id, then position), as `analyze` has them: average
      // linkage breaks ties on that order.
      part.sort((a, b) => compareStatements(statements[a]!, statements[b]!));
      const local = new Map(part.map((i, k) => [i, k]));
      const pairs: ScoredPair[] = [];
      part.forEach((i, k) => {
        for (const [j, score] of this.edges[i]!) {
          // A weaker pair to a statement outside the part can never join the two.
          const l = local.get(j);
          if (l !== undefined && k < l) pairs.push({ i: k, j: l, score });
        }
      });
      const groups = averageLinkage(part.length, pairs, this.options.threshold);
      const pairScore = (k: number, l: number) => this.score(part[k]!, part[l]!);
      for (const cluster of describeClusters(groups, part.map((i) => statements[i]!), pairScore, this.options.minArticles, new Set())) {
        regrouped.push(cluster);
      }
      for (const i of part) this.clusterOf.delete(i);
    }
    this.dirty.clear();
    for (const cluster of removed.values()) this.clusters.delete(cluster.id);
    const added: Cluster[] = [];
    for (const cluster of regrouped) {
      // A cluster with the same members as before is the same cluster: it keeps its id and its object.
      const before = removed.get(cluster.id);
      const current = before && before.statementIds.join('|') === cluster.statementIds.join('|') ? before : cluster;
      if (current === before) removed.delete(cluster.id);
      else added.push(cluster);
      this.clusters.set(current.id, current);
      for (const id of current.statementIds) this.clusterOf.set(this.indexOf(id), current);
    }
    return { removed: [...removed.values()], added };
  }

  /** Every current cluster (unordered). */
  allClusters(): Cluster[] {
    return [...this.clusters.values()];
  }

  /** The grouping similarity of two statements, by id (scored on demand when the pair was not a candidate). */
  similarityById(a: string, b: string): number {
    return this.score(this.indexOf(a), this.indexOf(b));
  }

  /** Soft TF-IDF cosine of two statements' content words, by id. */
  overlapById(a: string, b: string): number {
    return this.model.overlap(this.indexOf(a), this.indexOf(b));
  }

  private ids?: { size: number; map: Map<string, number> };

  private indexOf(id: string): number {
    const statements = this.model.statements;
    if (!this.ids || this.ids.size !== statements.length) {
      const map = this.ids?.map ?? new Map<string, number>();
      for (let i = this.ids?.size ?? 0; i < statements.length; i++) map.set(statements[i]!.id, i);
      this.ids = { size: statements.length, map };
    }
    const index = this.ids.map.get(id);
    if (index === undefined) throw new Error(`unknown statement ${id}`);
    return index;
  }

  private score(i: number, j: number): number {
    const [x, y] = i < j ? [i, j] : [j, i];
    return this.edges[x]!.get(y) ?? this.model.score(x, y);
  }

  private link(i: number, j: number, score: number): void {
    if (score <= 0) return;
    this.edges[i]!.set(j, score);
    this.edges[j]!.set(i, score);
  }

  private posting(term: string): number[] {
    let list = this.postings.get(term);
    if (!list) this.postings.set(term, (list = []));
    return list;
  }
}

/** The collection's order of statements: by article id, then position in the article. */
export function compareStatements(a: Statement, b: Statement): number {
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}
