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
  const divergences: Divergence[] = [];
  for (const cluster of clusters) {
    const members = cluster.statementIds.map((id) => byId.get(id)!);
    const { classOf, classesIn } = contentClasses(members);
    for (let x = 0; x < members.length; x++) {
      for (let y = x + 1; y < members.length; y++) {
        const a = members[x]!;
        const b = members[y]!;
        // Two prints of one wire sentence, read the same way: nothing in them can disagree.
        if (classOf[x] === classOf[y]) continue;
        // An article that prints both statements ("The parents want her kept alive; her husband
        // says she never wanted ...", reprinted by several outlets) holds whatever they disagree
        // on itself: the pair is compared there, inside that article, not once per other outlet.
        if (a.articleId !== b.articleId && (classesIn.get(a.articleId)!.has(classOf[y]!) || classesIn.get(b.articleId)!.has(classOf[x]!))) continue;
        const similarity = options.similarity(a.id, b.id);
        if (similarity < (options.minPairSimilarity ?? 0)) continue;
        const context = new PairContext(cluster.id, similarity, options.aliases, a, b, options.overlap);
        for (const detector of options.detectors) {
          if (kinds && !kinds.has(detector.kind)) continue;
          const finding = detector.compare(a, b, context);
          if (!finding || finding.score < (options.minScore ?? 0)) continue;
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
 * order), and the classes each article holds.
 */
function contentClasses(members: readonly Statement[]): { classOf: number[]; classesIn: Map<string, Set<number>> } {
  const classOf: number[] = [];
  // Class representatives by text: only statements of one text can say exactly the same thing.
  const byText = new Map<string, number[]>();
  const classesIn = new Map<string, Set<number>>();
  members.forEach((statement, x) => {
    const candidates = byText.get(statement.text);
    const same = candidates?.find((k) => sameContent(members[k]!, statement));
    classOf.push(same === undefined ? x : classOf[same]!);
    if (same === undefined) {
      if (candidates) candidates.push(x);
      else byText.set(statement.text, [x]);
    }
    let held = classesIn.get(statement.articleId);
    if (!held) classesIn.set(statement.articleId, (held = new Set()));
    held.add(classOf[x]!);
  });
  return { classOf, classesIn };
}

function round(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}
