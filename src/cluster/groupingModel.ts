import type { Statement } from '../extract/statement.js';
import type { IdfTable } from './idf.js';
import { buildProfile, weighProfile, type StatementProfile } from './profile.js';
import { similarity, similaritySignals, type SimilarityOptions } from './similarity.js';
import { StoryGate } from './storyGate.js';
import type { ClusterOptions } from './cluster.js';

/**
 * What grouping compares statements with: their profiles weighed with one IDF table, the article
 * each belongs to, the story gate over those articles, and the grouping score of a pair. Statements
 * are known by their index in the order they were added; an analyzer adds articles as they come.
 */
export class GroupingModel {
  readonly statements: Statement[] = [];
  readonly profiles: StatementProfile[] = [];
  /** Article index of each statement. */
  readonly articleOf: number[] = [];
  readonly story: StoryGate;
  private readonly similarityOptions: SimilarityOptions;
  private articles = 0;

  constructor(
    readonly idf: IdfTable,
    similarityOptions: SimilarityOptions,
    readonly options: ClusterOptions,
  ) {
    this.similarityOptions = { ...similarityOptions, weights: options.weights };
    this.story = new StoryGate(idf, options.minStoryCosine);
  }

  /** Adds one article's statements; returns their indices. */
  addArticle(statements: readonly Statement[]): number[] {
    const article = this.articles++;
    const indices: number[] = [];
    const profiles: StatementProfile[] = [];
    for (const statement of statements) {
      const profile = weighProfile(buildProfile(statement), this.idf);
      indices.push(this.statements.length);
      this.statements.push(statement);
      this.profiles.push(profile);
      this.articleOf.push(article);
      profiles.push(profile);
    }
    this.story.setArticle(article, profiles);
    return indices;
  }

  /** Whether statements `i` and `j` may be grouped at all (their articles tell one story). */
  allows(i: number, j: number): boolean {
    return this.story.allows(this.articleOf[i]!, this.articleOf[j]!);
  }

  /**
   * The grouping similarity of statements `i` and `j`: 0, unscored, across stories or when their
   * content cosine is below `minContentCosine`; the full similarity otherwise.
   */
  score(i: number, j: number): number {
    const a = this.profiles[i]!;
    const b = this.profiles[j]!;
    if (!this.allows(i, j) || contentCosine(a, b) < this.options.minContentCosine) return 0;
    return similarity(a, b, this.similarityOptions).score;
  }

  /** Soft TF-IDF cosine of two statements' content words. */
  overlap(i: number, j: number): number {
    return similaritySignals(this.profiles[i]!, this.profiles[j]!).soft;
  }
}

/** The plain TF-IDF cosine of two weighed profiles' content terms: the cheap first look at a candidate pair. */
function contentCosine(a: StatementProfile, b: StatementProfile): number {
  if (!a.vector || !b.vector || !a.norm || !b.norm) return 0;
  const [small, large] = a.vector.size <= b.vector.size ? [a.vector, b.vector] : [b.vector, a.vector];
  let dot = 0;
  for (const [term, w] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += w * other;
  }
  return dot / (a.norm * b.norm);
}
