import { readArticle, type Article, type ArticleInput } from './article.js';
import { resolveAnalysis, warningOf, type AnalysisSettings } from './analysisSettings.js';
import type { Cluster } from './cluster/cluster.js';
import { LiveClustering } from './cluster/liveClustering.js';
import type { Divergence } from './compare/divergence.js';
import { findDivergences } from './compare/findDivergences.js';
import { CrosscheckInputError } from './errors.js';
import { readStatements } from './extract/extractStatements.js';
import type { Statement } from './extract/statement.js';
import type { AnalyzeOptions } from './options.js';
import { sortClusters } from './cluster/cluster.js';
import { assembleReport, compareIds } from './report/assembleReport.js';
import type { Report, ReportWarning, StageStats } from './report/report.js';

/**
 * An analysis that articles join and leave one at a time: see {@link createAnalyzer}.
 */
export interface Analyzer {
  /**
   * Reads an article and adds it: its statements are extracted, indexed and paired with those
   * already there. A bad article throws a {@link CrosscheckInputError} (as `analyze` would), or
   * with `onInvalid: 'skip'` is left out, listed in the report's `warnings`, and `false` is
   * returned. An id already in the analyzer is a `DUPLICATE_ID`; more articles than
   * `maxArticles` a `LIMIT_EXCEEDED`, whatever `onInvalid` says.
   */
  add(article: ArticleInput): boolean;
  /** Takes an article out, by id; `false` when there was none. */
  remove(id: string): boolean;
  /** Whether an article with this id is in the analyzer. */
  has(id: string): boolean;
  /** Number of articles in the analyzer. */
  readonly size: number;
  /**
   * The report on the articles now in the analyzer: only the clusters that the additions and
   * removals since the last report touched are grouped and compared again. A cluster whose
   * statements did not change keeps its id (and its divergences theirs).
   */
  report(): Report;
  /**
   * Weighs and groups everything again from the statements already read (extraction is not
   * redone): the next report is exactly the one `analyze` gives on the same articles.
   */
  rebuild(): void;
}

/**
 * Creates an analyzer for articles that arrive over time (a live story, a day's feed): `add` and
 * `remove` articles, ask for a `report()` when you want one. Options are those of
 * {@link analyze} (`workers` is not used: articles come one at a time) and are checked at once.
 *
 * Adding an article costs its extraction and the scoring of its statements against the
 * statements that share a rare term with them (milliseconds); a report regroups only the parts
 * of the collection the changes touched. While a rebuild is due (before the first report, and
 * when the collection has grown or shrunk enough), additions and removals are only recorded. The price of not starting over: statements are weighed
 * with the IDF table of the last rebuild, so between rebuilds similarities may differ slightly
 * from those `analyze` computes. The analyzer rebuilds by itself when the collection has doubled
 * or halved since the last rebuild (and while it holds fewer statements than
 * `clustering.allPairsBelow`); call {@link Analyzer.rebuild} to get `analyze`'s exact result.
 *
 * @example
 * const analyzer = createAnalyzer({ published: '2021-03-10' });
 * analyzer.add({ id: 'a', outlet: 'Daily', text: 'Talks resumed on Monday in Geneva.' });
 * analyzer.add({ id: 'b', outlet: 'Herald', text: 'Talks resumed on Monday in Vienna.' });
 * analyzer.report().divergences[0]?.kind; // 'place'
 */
export function createAnalyzer(options: AnalyzeOptions = {}): Analyzer {
  return new IncrementalAnalyzer(options);
}

class IncrementalAnalyzer implements Analyzer {
  private readonly settings: AnalysisSettings;
  private readonly articles = new Map<string, { article: Article; statements: Statement[]; indices: number[] }>();
  private readonly clustering: LiveClustering;
  private readonly divergencesOf = new Map<string, Divergence[]>();
  private readonly warnings: ReportWarning[] = [];
  /** Articles given to `add` so far, good or bad: the `index` of errors. */
  private given = 0;
  /** Statements of the articles now held. */
  private statementCount = 0;
  /**
   * Whether the next report rebuilds: then additions and removals are only recorded (the
   * rebuild groups everything anyway), which makes filling an analyzer cost its extraction only.
   */
  private stale = true;
  private readMs = 0;
  private extractMs = 0;

  constructor(private readonly options: AnalyzeOptions) {
    this.settings = resolveAnalysis(options);
    this.clustering = new LiveClustering(this.settings.similarity, this.settings.clustering);
  }

  get size(): number {
    return this.articles.size;
  }

  has(id: string): boolean {
    return this.articles.has(id);
  }

  add(input: ArticleInput): boolean {
    let started = performance.now();
    const index = this.given++;
    if (this.articles.size >= this.settings.limits.maxArticles) {
      throw new CrosscheckInputError(
        `articles: the analyzer holds ${this.articles.size.toLocaleString('en-US')} articles, maxArticles; raise options.maxArticles or remove some first`,
        { code: 'LIMIT_EXCEEDED', field: 'articles' },
      );
    }
    let article: Article;
    try {
      article = readArticle(input, index, this.settings.limits);
      if (this.articles.has(article.id)) {
        throw new CrosscheckInputError(`articles[${index}] (id "${article.id}"): field "id" must be unique, "${article.id}" is already in the analyzer`, {
          code: 'DUPLICATE_ID',
          field: 'id',
          articleId: article.id,
          index,
        });
      }
    } catch (error) {
      if (this.settings.onInvalid !== 'skip' || !(error instanceof CrosscheckInputError)) throw error;
      this.warnings.push(warningOf(error));
      return false;
    }
    if (!article.published && this.settings.published) article.published = new Date(this.settings.published.getTime());
    this.readMs += performance.now() - started;
    started = performance.now();
    const statements = readStatements(article, this.settings.extraction);
    this.extractMs += performance.now() - started;
    this.statementCount += statements.length;
    if (!this.stale && this.clustering.wantsRebuild(this.statementCount)) this.stale = true;
    const indices = this.stale ? [] : this.clustering.add(statements);
    this.articles.set(article.id, { article, statements, indices });
    return true;
  }

  remove(id: string): boolean {
    const entry = this.articles.get(id);
    if (!entry) return false;
    this.statementCount -= entry.statements.length;
    if (!this.stale && this.clustering.wantsRebuild(this.statementCount)) this.stale = true;
    if (!this.stale) this.clustering.remove(entry.indices);
    this.articles.delete(id);
    return true;
  }

  rebuild(): void {
    const statements = this.sortedArticles().flatMap((entry) => entry.statements);
    this.clustering.rebuild(statements);
    // Indices are those of the rebuilt model: the statements in the collection's order.
    let next = 0;
    for (const entry of this.sortedArticles()) entry.indices = entry.statements.map(() => next++);
    this.divergencesOf.clear();
    this.stale = false;
  }

  report(): Report {
    const stages: StageStats[] = [];
    const done = (stage: StageStats) => {
      stages.push(stage);
      this.options.onProgress?.(stage);
    };
    const articles = this.sortedArticles();
    const statements = articles.flatMap((entry) => entry.statements);
    done({ stage: 'read', ms: this.readMs, count: articles.length });
    done({ stage: 'extract', ms: this.extractMs, count: statements.length });

    let started = performance.now();
    if (this.stale) this.rebuild();
    else for (const gone of this.clustering.update().removed) this.divergencesOf.delete(gone.id);
    const clusters = sortClusters(this.clustering.allClusters());
    done({ stage: 'cluster', ms: performance.now() - started, count: clusters.length });

    started = performance.now();
    const divergences = clusters.flatMap((cluster) => this.divergencesIn(cluster));
    done({ stage: 'compare', ms: performance.now() - started, count: divergences.length });

    return assembleReport({
      articles: articles.map((entry) => entry.article),
      statements,
      clusters,
      divergences,
      warnings: [...this.warnings],
      candidatePairs: this.clustering.candidatePairs,
      stages,
    });
  }

  /** The divergences within one cluster, found once per cluster. */
  private divergencesIn(cluster: Cluster): Divergence[] {
    let found = this.divergencesOf.get(cluster.id);
    if (!found) {
      const members = cluster.statementIds.map((id) => this.statementById(id));
      found = findDivergences(members, [cluster], {
        detectors: this.settings.detectors,
        aliases: this.settings.extraction.aliases,
        similarity: (a, b) => this.clustering.similarityById(a, b),
        overlap: (a, b) => this.clustering.overlapById(a.id, b.id),
        minPairSimilarity: this.settings.clustering.minPairSimilarity,
        ...(this.settings.kinds && { kinds: this.settings.kinds }),
        ...(this.settings.minScore !== undefined && { minScore: this.settings.minScore }),
      });
      this.divergencesOf.set(cluster.id, found);
    }
    return found;
  }

  private statementById(id: string): Statement {
    const articleId = id.slice(0, id.lastIndexOf('#'));
    const statement = this.articles.get(articleId)?.statements.find((s) => s.id === id);
    if (!statement) throw new Error(`statement ${id} is not in the analyzer`);
    return statement;
  }

  private sortedArticles() {
    return [...this.articles.values()].sort((a, b) => compareIds(a.article.id, b.article.id));
  }
}
