import type { Statement } from '../extract/statement.js';
import type { IdfTable } from './idf.js';
import { buildProfile, weighProfile, type StatementProfile } from './profile.js';
import { profileKey } from './profileKey.js';
import { similarity, softCosine, type SimilarityOptions } from './similarity.js';
import { ContentVectors } from './contentVectors.js';
import { StoryGate } from './storyGate.js';
import { PairTable } from './pairTable.js';
import type { ClusterOptions } from './cluster.js';

/**
 * What grouping compares statements with: their profiles weighed with one IDF table, the article
 * each belongs to, the story gate over those articles, and the grouping score of a pair. Statements
 * are known by their index in the order they were added; an analyzer adds articles as they come.
 *
 * Statements that say the same thing word for word, with the same facts read from them (an outlet
 * reprinting a wire story), share one profile (see {@link profileKey}), and a pair's score, a
 * function of the two profiles alone, is worked out once for every pair of their copies.
 */
export class GroupingModel {
  readonly statements: Statement[] = [];
  readonly profiles: StatementProfile[] = [];
  /** Article index of each statement. */
  readonly articleOf: number[] = [];
  readonly story: StoryGate;
  /** The first statement with each statement's profile: its own index when it has none before it. */
  private readonly original: number[] = [];
  /** The statement first profiled under each profile key. */
  private readonly byKey = new Map<string, number>();
  /** The content vector of each statement that is first with its profile, by its index (see {@link ContentVectors}). */
  private readonly vectorOf: number[] = [];
  private readonly vectors = new ContentVectors();
  /** Whether a statement's profile is shared by a later statement. */
  private readonly repeated: boolean[] = [];
  /** Scores of pairs of profiles that have copies, by the pair of their first statements. */
  private readonly repeatedScores = new PairTable();
  /** Soft cosines of pairs of profiles that have copies, likewise. */
  private readonly repeatedOverlaps = new PairTable();
  private readonly similarityOptions: SimilarityOptions;
  private articles = 0;

  constructor(
    readonly idf: IdfTable,
    similarityOptions: SimilarityOptions,
    readonly options: ClusterOptions,
  ) {
    this.similarityOptions = { ...similarityOptions, weights: options.weights };
    this.story = new StoryGate(idf, options.minStoryCosine, (term) => this.vectors.termOf(term));
  }

  /**
   * Adds one article's statements (with their {@link profileKey}s, when already known); returns
   * their indices. A profile `built` gives for a key (unweighed, of a statement with that key) is
   * weighed and used instead of building it again.
   */
  addArticle(statements: readonly Statement[], keys?: readonly string[], built?: (key: string) => StatementProfile | undefined): number[] {
    const article = this.articles++;
    const indices: number[] = [];
    const terms: Int32Array[] = [];
    for (const [n, statement] of statements.entries()) {
      const index = this.statements.length;
      const key = keys?.[n] ?? profileKey(statement);
      const first = this.byKey.get(key);
      let profile: StatementProfile;
      if (first === undefined) {
        profile = weighProfile(built?.(key) ?? buildProfile(statement), this.idf);
        this.vectorOf[index] = this.vectors.add(profile);
        this.byKey.set(key, index);
        this.original.push(index);
      } else {
        profile = this.profiles[first]!;
        this.repeated[first] = true;
        this.original.push(first);
      }
      this.repeated.push(false);
      indices.push(index);
      this.statements.push(statement);
      this.profiles.push(profile);
      this.articleOf.push(article);
      terms.push(this.vectors.termsOf(this.vectorOf[this.original[index]!]!));
    }
    this.story.setArticle(article, terms);
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
    return this.allows(i, j) ? this.allowedScore(i, j) : 0;
  }

  /** {@link score} of a pair already known to pass the story gate ({@link allows}). */
  allowedScore(i: number, j: number): number {
    return this.ofCopies(this.repeatedScores, i, j, this.profileScore);
  }

  /** Soft TF-IDF cosine of two statements' content words. */
  overlap(i: number, j: number): number {
    return this.ofCopies(this.repeatedOverlaps, i, j, this.profileOverlap);
  }

  /** The grouping similarity of two statements' profiles (see {@link score}). */
  private readonly profileScore = (i: number, j: number): number => {
    if (this.vectors.cosine(this.vectorOf[i]!, this.vectorOf[j]!) < this.options.minContentCosine) return 0;
    return similarity(this.profiles[i]!, this.profiles[j]!, this.similarityOptions).score;
  };

  /** The soft cosine of two statements' profiles (see {@link overlap}). */
  private readonly profileOverlap = (i: number, j: number): number => softCosine(this.profiles[i]!, this.profiles[j]!);

  /**
   * `work` on the first statements with the profiles of `i` and `j`; kept in `cache` when either
   * profile has copies, whose pairs will ask again.
   */
  private ofCopies(cache: PairTable, i: number, j: number, work: (x: number, y: number) => number): number {
    const x = this.original[i]!;
    const y = this.original[j]!;
    if (!this.repeated[x] && !this.repeated[y]) return work(x, y);
    let value = cache.get(x, y);
    if (value === undefined) cache.set(x, y, (value = work(x, y)));
    return value;
  }
}
