import { hash, type Cluster } from '../cluster/cluster.js';
import type { AliasTable } from '../extract/aliases.js';
import type { Statement } from '../extract/statement.js';
import type { Detector, DetectorContext } from './detector.js';
import type { Divergence } from './divergence.js';
import { RecentCache } from '../text/recentCache.js';
import { sameContent } from './sameContent.js';

/** What the divergence stage needs besides the clusters. */
export interface DivergenceOptions {
  detectors: readonly Detector[];
  aliases: AliasTable;
  /** Grouping similarity of two statements, by id. */
  similarity: (a: string, b: string) => number;
  /**
   * The grouping similarity of all pairs of a cluster's members, when known: pair (x, y), x < y,
   * of m members at `pairSlot(x, y, m)`, the order the pairs are compared in. Read in place of
   * `similarity`, which is then not asked (a million pairs at ten thousand articles).
   */
  pairScores?: (cluster: Cluster) => Float64Array | undefined;
  /** Soft TF-IDF cosine of two statements' content words. */
  overlap: (a: Statement, b: Statement) => number;
  /** Keep only these kinds (all when absent). */
  kinds?: readonly string[];
  /** Keep only divergences scoring at least this. */
  minScore?: number;
  /**
   * Pairs of a cluster less similar than this are not compared: a cluster groups statements on
   * one subject by average, and two of its members can still say different things.
   */
  minPairSimilarity?: number;
}

/**
 * Runs every detector on every pair of statements of every cluster (statements of one article
 * included: the output says so), but for pairs that say exactly the same thing (see
 * {@link sameContent}: an outlet reprinting a wire sentence), and for pairs of two articles one of
 * which also prints the other's statement word for word (see {@link contentClasses}). Pairs are
 * taken in cluster order, so ids and order do not depend on the order of the input articles.
 *
 * @example
 * findDivergences(report.statements, report.clusters, { detectors: DEFAULT_DETECTORS, aliases, similarity });
 */
export function findDivergences(statements: readonly Statement[], clusters: readonly Cluster[], options: DivergenceOptions): Divergence[] {
  const byId = new Map(statements.map((s) => [s.id, s]));
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const detectors = kinds ? options.detectors.filter((detector) => kinds.has(detector.kind)) : options.detectors;
  const minPairSimilarity = options.minPairSimilarity ?? 0;
  const minScore = options.minScore ?? 0;
  const divergences: Divergence[] = [];
  for (const cluster of clusters) {
    const members = cluster.statementIds.map((id) => byId.get(id)!);
    const { classOf, articleOf, holds } = contentClasses(members);
    const m = members.length;
    const scores = options.pairScores?.(cluster);
    // The pairs are visited in the order of `scores`: pair (x, y) at `slot`.
    let slot = 0;
    for (let x = 0; x < m; x++) {
      for (let y = x + 1; y < m; y++, slot++) {
        // Two prints of one wire sentence, read the same way: nothing in them can disagree.
        if (classOf[x] === classOf[y]) continue;
        // An article that prints both statements ("The parents want her kept alive; her husband
        // says she never wanted ...", reprinted by several outlets) holds whatever they disagree
        // on itself: the pair is compared there, inside that article, not once per other outlet.
        if (articleOf[x] !== articleOf[y] && (holds.has(articleOf[x]! * m + classOf[y]!) || holds.has(articleOf[y]! * m + classOf[x]!))) continue;
        const a = members[x]!;
        const b = members[y]!;
        const similarity = scores ? scores[slot]! : options.similarity(a.id, b.id);
        if (similarity < minPairSimilarity) continue;
        const context = new PairContext(cluster.id, similarity, options.aliases, a, b, options.overlap);
        for (const detector of detectors) {
          const finding = detector.compare(a, b, context);
          if (!finding || finding.score < minScore) continue;
          divergences.push({
            id: `d-${hash(`${detector.kind}|${detector.name}|${a.id}|${b.id}`)}`,
            kind: detector.kind,
            detector: detector.name,
            clusterId: cluster.id,
            statementIds: [a.id, b.id],
            sameArticle: a.articleId === b.articleId,
            spans: finding.spans,
            values: finding.values,
            score: round(finding.score),
            explanation: finding.explanation,
          });
        }
      }
    }
    // The cluster's statements are never asked about again: what the detectors kept of them goes.
    RecentCache.forgetAll();
  }
  return divergences;
}

/**
 * What the detectors are told of one pair. The overlap is worked out only if a detector reads it
 * (most stop before they need it). One class for every pair, not an object literal with a getter
 * of its own each: a quarter of a million pairs at ten thousand articles.
 */
class PairContext implements DetectorContext {
  private known: number | undefined;

  constructor(
    readonly clusterId: string,
    readonly similarity: number,
    readonly aliases: AliasTable,
    private readonly a: Statement,
    private readonly b: Statement,
    private readonly measure: (a: Statement, b: Statement) => number,
  ) {}

  get overlap(): number {
    return (this.known ??= this.measure(this.a, this.b));
  }
}

/**
 * The statements of a cluster in classes of {@link sameContent} (a number per member, in member
 * order), the articles they are in (numbered in order of first member), and the classes each
 * article holds: `article * m + class` for m members, numbers, not a set per article by id, as
 * every pair of the cluster asks.
 */
function contentClasses(members: readonly Statement[]): { classOf: number[]; articleOf: number[]; holds: Set<number> } {
  const m = members.length;
  const classOf: number[] = [];
  const articleOf: number[] = [];
  // Class representatives by text: only statements of one text can say exactly the same thing.
  const byText = new Map<string, number[]>();
  const articles = new Map<string, number>();
  const holds = new Set<number>();
  for (let x = 0; x < m; x++) {
    const statement = members[x]!;
    const candidates = byText.get(statement.text);
    const same = candidates ? sameAs(members, candidates, statement) : -1;
    classOf.push(same < 0 ? x : classOf[same]!);
    if (same < 0) {
      if (candidates) candidates.push(x);
      else byText.set(statement.text, [x]);
    }
    let article = articles.get(statement.articleId);
    if (article === undefined) articles.set(statement.articleId, (article = articles.size));
    articleOf.push(article);
    holds.add(article * m + classOf[x]!);
  }
  return { classOf, articleOf, holds };
}

/** The first of `candidates` (member positions) whose statement says the same as `statement`, or -1. */
function sameAs(members: readonly Statement[], candidates: readonly number[], statement: Statement): number {
  for (const k of candidates) if (sameContent(members[k]!, statement)) return k;
  return -1;
}

function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
