import { opensWithVerbPhrase } from '../extract/claimSplit.js';
import type { Statement } from '../extract/statement.js';
import { eachCandidatePair, type CandidateOptions } from './candidates.js';
import { IdfTable } from './idf.js';
import { averageLinkage } from './linkage.js';
import { ClusterPairScores } from './clusterPairScores.js';
import { StatementOverlap } from './statementOverlap.js';
import { ScoredPairs } from './scoredPairs.js';
import { fnv1a } from '../text/fnv1a.js';
import { DistinctProfiles } from './distinctProfiles.js';
import { GroupingModel } from './groupingModel.js';
import { indexTerms } from './profile.js';
import type { SimilarityOptions, SimilarityWeights } from './similarity.js';

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
  /** The member that shares most with the others, to name the cluster (one with its subject, when any has). */
  representative: { statementId: string; text: string };
  /** Mean similarity of the members' pairs (0..1). */
  cohesion: number;
}

/** How statements are grouped. */
export interface ClusterOptions extends CandidateOptions {
  /**
   * Weights of the similarity used for grouping. What makes two headlines report the same claim
   * (shared rare names and facts) is not what makes two sentences paraphrases (shared wording),
   * so grouping has its own weights over the same signals.
   */
  weights: SimilarityWeights;
  /** Groups merge while their mean pairwise similarity reaches this. */
  threshold: number;
  /** A cluster must span at least this many articles to be kept. */
  minArticles: number;
  /** Two members of a cluster are compared for divergences only when at least this similar. */
  minPairSimilarity: number;
  /**
   * Two statements whose TF-IDF cosine over content terms is below this are not grouped: their
   * similarity for grouping is 0, unscored. They share no rare word, name, day or amount, and
   * their low but non-zero scores would otherwise add up, through average linkage, into groups of
   * statements about one subject that claim different things. It also saves scoring most
   * candidate pairs (about 3× faster).
   */
  minContentCosine: number;
  /**
   * Statements of two articles are grouped only when the articles tell one story: the TF-IDF
   * cosine of the two articles' whole vocabularies reaches this (see `StoryGate`; articles of
   * fewer than 3 statements always pass). Given a day's news on many events, it keeps a sentence
   * of one event from being grouped with a look-alike sentence of another; given articles about
   * one event it changes nothing. 0 turns it off.
   */
  minStoryCosine: number;
}

/** What the clustering stage gives the divergence stage. */
export interface Clustering {
  clusters: Cluster[];
  /** Candidate pairs scored. */
  candidatePairs: number;
  /** Grouping similarity of two members of one cluster, by id. */
  similarity: (a: string, b: string) => number;
  /** The same for all pairs of a cluster's members at once, pair (x, y) at `pairSlot(x, y, m)`. */
  pairScores: (cluster: Cluster) => Float64Array | undefined;
  /** Soft TF-IDF cosine of two statements' content words. */
  overlap: (a: Statement, b: Statement) => number;
}

/** A grouping with what it was worked out from, for an analyzer that goes on adding articles. */
export interface Grouping {
  clusters: Cluster[];
  /** The statements' profiles, story gate and pair score, indexed in the statements' order. */
  model: GroupingModel;
  /** The candidate pairs with their scores. */
  scored: ScoredPairs;
}

/**
 * Groups statements that report the same thing (see {@link groupStatements}) and keeps, for the
 * divergence stage, only the similarity of the clusters' pairs of members and the IDF table: the
 * profiles of every statement, the story gate and the scored candidate pairs are let go.
 *
 * @example
 * clusterStatements(report.statements, DEFAULT_SIMILARITY, DEFAULT_CLUSTERING).clusters;
 */
export function clusterStatements(statements: readonly Statement[], similarityOptions: SimilarityOptions, options: ClusterOptions, profiles?: DistinctProfiles): Clustering {
  const pairScores = new ClusterPairScores();
  const { clusters, model, scored } = groupStatements(statements, similarityOptions, options, pairScores, profiles);
  return divergenceInputs(clusters, scored.length, pairScores, new StatementOverlap(model.idf));
}

/**
 * What the divergence stage reads, made in a scope of its own: a closure keeps every variable of
 * the function it was made in that any closure there uses, so made in {@link clusterStatements}
 * it would keep the grouping model alive.
 */
function divergenceInputs(clusters: Cluster[], candidatePairs: number, pairScores: ClusterPairScores, overlap: StatementOverlap): Clustering {
  return {
    clusters,
    candidatePairs,
    similarity: (a, b) => pairScores.similarity(a, b),
    pairScores: (cluster) => pairScores.of(cluster),
    overlap: (a, b) => overlap.of(a, b),
  };
}

/**
 * Groups statements that report the same thing: candidate pairs from an inverted index (see
 * `candidatePairs`), scored with the statement similarity under the grouping weights (IDF over
 * the articles; `similarityOptions` gives the quotation rule), then average-linkage clustering.
 * Clusters spanning fewer than `minArticles` articles are dropped. Statements must be in a stable
 * order (by article id, then position): the result depends only on that order. The similarity of
 * every two members of each cluster goes to `pairScores` when given. `profiles`, when given, are
 * the statements' distinct profiles built already, their keys in the statements' order.
 */
export function groupStatements(
  statements: readonly Statement[],
  similarityOptions: SimilarityOptions,
  options: ClusterOptions,
  pairScores?: ClusterPairScores,
  profiles: DistinctProfiles = distinctProfilesOf(statements),
): Grouping {
  if (profiles.size !== statements.length) throw new Error(`groupStatements: ${profiles.size} statements profiled for ${statements.length} to group`);
  const keys = profiles.keys();
  const model = new GroupingModel(profiles.idf(), similarityOptions, options);
  const builtProfile = (key: string) => profiles.get(key);
  for (let start = 0; start < statements.length; ) {
    let end = start + 1;
    while (end < statements.length && statements[end]!.articleId === statements[start]!.articleId) end++;
    model.addArticle(statements.slice(start, end), keys.slice(start, end), builtProfile);
    start = end;
  }
  const stories = options.minStoryCosine > 0 ? { articleOf: model.articleOf, neighbours: (article: number) => model.story.neighbours(article) } : undefined;
  const scored = new ScoredPairs();
  eachCandidatePair(model.profiles, options, (i, j) => model.allows(i, j), stories, (i, j) => scored.push(i, j, model.allowedScore(i, j)));
  const groups = averageLinkage(statements.length, scored, options.threshold);
  const pairScore = (i: number, j: number) => {
    const [x, y] = i < j ? [i, j] : [j, i];
    return scored.scoreOf(x, y) ?? model.score(x, y);
  };
  const clusters = sortClusters(describeClusters(groups, statements, pairScore, options.minArticles, new Set(), pairScores));
  return { clusters, model, scored };
}

/**
 * The clusters of groups of statement indices: groups of one, and groups spanning fewer than
 * `minArticles` articles, are left out. Ids already in `usedIds` are not given again. The
 * similarity of every two members of each cluster goes to `pairScores` when given.
 */
export function describeClusters(
  groups: readonly number[][],
  statements: readonly Statement[],
  pairScore: (i: number, j: number) => number,
  minArticles: number,
  usedIds: Set<string>,
  pairScores?: ClusterPairScores,
): Cluster[] {
  const clusters: Cluster[] = [];
  for (const group of groups) {
    if (group.length < 2) continue;
    const members = group.map((i) => statements[i]!);
    const articleIds = [...new Set(members.map((s) => s.articleId))].sort();
    if (articleIds.length < minArticles) continue;
    const { cluster, scores } = describeCluster(group, members, articleIds, pairScore, usedIds);
    pairScores?.add(cluster, scores);
    clusters.push(cluster);
  }
  return clusters;
}

/** The report's order of clusters: most articles first, then most statements, then by id. */
export function sortClusters(clusters: Cluster[]): Cluster[] {
  return clusters.sort((a, b) => b.articleIds.length - a.articleIds.length || b.statementIds.length - a.statementIds.length || (a.id < b.id ? -1 : 1));
}

/**
 * IDF from the analyzed statements, one document each: within one story every article says
 * "ceasefire", but only a few statements do, and those few are the ones to tell apart.
 */
export function statementIdf(statements: readonly Statement[]): IdfTable {
  return IdfTable.fromDocuments(statements.map(indexTerms));
}

/** The distinct profiles of statements given all at once. */
function distinctProfilesOf(statements: readonly Statement[]): DistinctProfiles {
  const profiles = new DistinctProfiles();
  profiles.add(0, statements);
  return profiles;
}

function describeCluster(
  group: number[],
  members: Statement[],
  articleIds: string[],
  pairScore: (i: number, j: number) => number,
  usedIds: Set<string>,
): { cluster: Cluster; scores: Float64Array } {
  let total = 0;
  let pairs = 0;
  const closeness = group.map(() => 0);
  // Pair (x, y) at `pairSlot(x, y, m)`: the order they are visited in here.
  const scores = new Float64Array((group.length * (group.length - 1)) / 2);
  for (let x = 0; x < group.length; x++) {
    for (let y = x + 1; y < group.length; y++) {
      const score = pairScore(group[x]!, group[y]!);
      scores[pairs] = score;
      total += score;
      pairs++;
      closeness[x]! += score;
      closeness[y]! += score;
    }
  }
  // A claim split off without its subject ("was waiting for an answer") names the cluster badly:
  // the closest member that has one, when there is one.
  const named = members.map((s) => !opensWithVerbPhrase(s.claim.text));
  let best = named.indexOf(true);
  if (best < 0) best = 0;
  for (let x = best + 1; x < group.length; x++) if (named[x] && closeness[x]! > closeness[best]!) best = x;
  const statementIds = members.map((s) => s.id);
  let id = `c-${hash(statementIds.join('|'))}`;
  for (let k = 2; usedIds.has(id); k++) id = `c-${hash(`${statementIds.join('|')}#${k}`)}`;
  usedIds.add(id);
  const cluster = {
    id,
    statementIds,
    articleIds,
    outlets: [...new Set(members.map((s) => s.outlet))].sort(),
    representative: { statementId: members[best]!.id, text: members[best]!.text },
    cohesion: pairs === 0 ? 1 : total / pairs,
  };
  return { cluster, scores };
}

/** FNV-1a, 32 bits, as 8 hex digits: short stable ids. */
export function hash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}
