/**
 * Reports built by hand for the printer tests, so they test printing and not the pipeline: the
 * example story's five articles (read from `examples/articles/`, never copied) with clusters and
 * divergences we place ourselves, and a tiny hostile report whose text tries to break out of the
 * markup. Every span is found by searching the article text, so offsets are right by construction.
 */
import { fileURLToPath } from 'node:url';
import type { ArticleInput, Cluster, Divergence, Report, ReportArticle, Statement, TextSpan } from '../../src/index.js';
import { loadArticles } from '../../src/cli/loadArticles.js';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const STORY_DIR = fileURLToPath(new URL('../../examples/articles/', import.meta.url));

/** The example story as `analyze` takes it (outlets and dates from `examples/articles/articles.json`). */
export function storyArticles(): ArticleInput[] {
  return loadArticles([STORY_DIR], { cwd: REPO_ROOT }).articles;
}

function toReportArticle(input: ArticleInput): ReportArticle {
  return {
    id: input.id,
    outlet: input.outlet ?? input.id,
    ...(input.published !== undefined && { published: new Date(`${String(input.published)}T00:00:00Z`).toISOString() }),
    ...(input.url !== undefined && { url: input.url }),
    text: input.text,
  };
}

/** Builds statements whose offsets are found by searching the article for their words. */
class StatementMaker {
  private readonly counts = new Map<string, number>();
  constructor(private readonly articles: ReadonlyMap<string, ReportArticle>) {}

  make(articleId: string, words: string, overrides: Partial<Statement> = {}): Statement {
    const article = this.articles.get(articleId);
    if (!article) throw new Error(`fixture: no article ${articleId}`);
    const start = article.text.indexOf(words);
    if (start === -1) throw new Error(`fixture: "${words}" is not in ${articleId}`);
    const n = this.counts.get(articleId) ?? 0;
    this.counts.set(articleId, n + 1);
    const end = start + words.length;
    return {
      id: `${articleId}#${n}`,
      articleId,
      outlet: article.outlet,
      text: words.replace(/\*/g, ''),
      start,
      end,
      field: 'text',
      role: 'body',
      segment: n,
      claim: { text: words, start, end },
      attribution: { kind: 'outlet', source: article.outlet },
      certainty: 'asserted',
      quotes: [],
      quantities: [],
      times: [],
      durations: [],
      entities: [],
      polarity: { negated: false },
      modality: { strength: 0, direction: 'for' },
      ...overrides,
    };
  }
}

/** The span of `words` inside a statement (searched from the statement's start). */
export function spanIn(report: Pick<Report, 'articles'>, statement: Statement, words: string): TextSpan {
  const article = report.articles.find((a) => a.id === statement.articleId)!;
  const start = article.text.indexOf(words, statement.start);
  if (start === -1 || start + words.length > statement.end) throw new Error(`fixture: "${words}" is not in ${statement.id}`);
  return { text: words, start, end: start + words.length };
}

function cluster(id: string, members: Statement[], cohesion: number): Cluster {
  return {
    id,
    statementIds: members.map((s) => s.id),
    articleIds: [...new Set(members.map((s) => s.articleId))].sort(),
    outlets: [...new Set(members.map((s) => s.outlet))].sort(),
    representative: { statementId: members[0]!.id, text: members[0]!.text },
    cohesion,
  };
}

/**
 * The example story with six clusters and six divergences: certainty ×2, quote, time, place,
 * modality. The death toll cluster has no divergence (a quarter-million = a quarter of a million)
 * and carries a `Quantity` whose `high` is `null`.
 */
export function storyFixture(): Report {
  const articles = storyArticles().map(toReportArticle);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const make = new StatementMaker(byId);
  const report = { articles };
  const officials = { kind: 'officials', source: 'Aldanian officials', id: 'Aldania', verb: 'say' } as const;

  const proposed = make.make('harbor-wire', 'Valmora has proposed a truce in Karsia starting April 3, Aldanian officials say', {
    certainty: 'reported',
    attribution: officials,
  });
  const refused = make.make('meridian-post', 'Valmora has refused to confirm reports that the truce would begin only on April 3', {
    certainty: 'unconfirmed',
    attribution: { kind: 'government', source: 'Valmora', id: 'Valmora', verb: 'refuse to confirm' },
  });
  const notAware = make.make('eastgate-daily', 'Paul Ferrante said he was not aware of a specific start date proposed by Valmora', {
    certainty: 'unconfirmed',
    attribution: { kind: 'person', source: 'Paul Ferrante', id: 'Paul Ferrante', role: 'spokesman', verb: 'not aware' },
  });
  const floated = make.make('northstar-review', 'Valmoran officials had earlier floated a start date of Apr. 3', {
    certainty: 'reported',
    attribution: { kind: 'officials', source: 'Valmoran officials', id: 'Valmora', verb: 'float' },
  });

  const quoteA = make.make('harbor-wire', '"We have made proposals for a truce that are very concrete," Castell said', {
    certainty: 'reported',
    attribution: { kind: 'person', source: 'Castell', id: 'Mira Castell', verb: 'say' },
  });
  const quoteB = make.make('meridian-post', '"We made concrete proposals for a truce, very concrete ones," Valmoran Foreign Minister Mira Castell told reporters', {
    certainty: 'reported',
    attribution: { kind: 'person', source: 'Valmoran Foreign Minister Mira Castell', id: 'Mira Castell', verb: 'tell' },
  });

  const lastMonth = make.make('harbor-wire', 'led opposition delegates to walk out of talks in Lausanne last month');
  const earlierThisMonth = make.make('meridian-post', 'A first round of talks between the government and the opposition in Lausanne collapsed earlier this month');

  const oslo = make.make('meridian-post', 'as foreign ministers met in Oslo to try to revive peace talks');
  const helsinki = make.make('the-lantern', 'as ministers gather in Helsinki for fresh talks', {
    certainty: 'reported',
    attribution: officials,
  });

  const must = make.make('meridian-post', 'Aldanian diplomats said any truce must be "immediate."', {
    certainty: 'reported',
    attribution: { kind: 'officials', source: 'Aldanian diplomats', id: 'Aldania', verb: 'say' },
    modality: { strength: 1, direction: 'for' },
  });
  const preferable = make.make('eastgate-daily', 'He added that for Aldania an *immediate truce* is preferable.', {
    certainty: 'reported',
    attribution: { kind: 'person', source: 'Paul Ferrante', id: 'Paul Ferrante', verb: 'add' },
    modality: { strength: 0.5, direction: 'for' },
  });

  const tollA = make.make('harbor-wire', 'Eight years of war in Karsia have killed more than a quarter-million people');
  const tollB = make.make('northstar-review', 'Eight years of conflict have killed more than a quarter of a million people in Karsia');
  tollA.quantities = [{ ...spanIn(report, tollA, 'more than a quarter-million people'), value: 250000, low: 250000, high: null, approx: false, unit: 'person', modifier: 'more than' }];
  tollB.quantities = [{ ...spanIn(report, tollB, 'more than a quarter of a million people'), value: 250000, low: 250000, high: null, approx: false, unit: 'person', modifier: 'more than' }];

  const clusters = [
    cluster('c-proposal', [notAware, proposed, refused, floated], 0.62),
    cluster('c-quote', [quoteA, quoteB], 0.71),
    cluster('c-talks', [lastMonth, earlierThisMonth], 0.55),
    cluster('c-venue', [oslo, helsinki], 0.58),
    cluster('c-immediate', [must, preferable], 0.6),
    cluster('c-toll', [tollA, tollB], 0.83),
  ];
  const divergence = (
    id: string,
    kind: string,
    clusterId: string,
    a: Statement,
    b: Statement,
    words: [string[], string[]],
    values: [unknown, unknown],
    score: number,
    explanation: string,
  ): Divergence => ({
    id,
    kind,
    detector: kind,
    clusterId,
    statementIds: [a.id, b.id],
    sameArticle: a.articleId === b.articleId,
    spans: [words[0].map((w) => spanIn(report, a, w)), words[1].map((w) => spanIn(report, b, w))],
    values,
    score,
    explanation,
  });
  const divergences: Divergence[] = [
    divergence('d-cert1', 'certainty', 'c-proposal', proposed, refused, [['Aldanian officials say'], ['has refused to confirm']], ['reported', 'unconfirmed'], 0.9,
      'Harbor Wire reports the April 3 start as what officials say; Meridian Post says Valmora refused to confirm it.'),
    divergence('d-cert2', 'certainty', 'c-proposal', notAware, proposed, [['not aware of'], ['Aldanian officials say']], ['unconfirmed', 'reported'], 0.6,
      'An Aldanian spokesman was not aware of a start date that Aldanian officials are reported to describe.'),
    divergence('d-quote', 'quote', 'c-quote', quoteA, quoteB, [['have made proposals for a truce that are very concrete'], ['made concrete proposals for a truce, very concrete ones']],
      ['we have made proposals for a truce that are very concrete', 'we made concrete proposals for a truce very concrete ones'], 0.75,
      "Mira Castell's words are quoted differently."),
    divergence('d-time', 'time', 'c-talks', lastMonth, earlierThisMonth, [['last month'], ['earlier this month']],
      [{ start: '2024-02-01', end: '2024-03-01' }, { start: '2024-03-01', end: '2024-03-14' }], 0.8,
      'The Lausanne talks broke down last month (February) in one report and earlier this month (March) in the other.'),
    divergence('d-place', 'place', 'c-venue', oslo, helsinki, [['Oslo'], ['Helsinki']], ['Oslo', 'Helsinki'], 0.7,
      'The ministers meet in Oslo in one report and in Helsinki in the other.'),
    divergence('d-modal', 'modality', 'c-immediate', preferable, must, [['is preferable'], ['must be']], [{ strength: 0.5 }, { strength: 1 }], 0.45,
      'An immediate truce is preferable in one report and a must in the other.'),
  ];
  const statements = [notAware, preferable, proposed, quoteA, lastMonth, tollA, refused, quoteB, earlierThisMonth, oslo, must, floated, tollB, helsinki].sort(
    (a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start),
  );
  return {
    schemaVersion: 1,
    articles,
    statements,
    clusters,
    divergences,
    warnings: [],
    stats: {
      articles: articles.length,
      segments: 0,
      statements: statements.length,
      clusters: clusters.length,
      divergences: divergences.length,
      divergencesByKind: { certainty: 2, quote: 1, time: 1, place: 1, modality: 1 },
      candidatePairs: 0,
      stages: [{ stage: 'read', ms: 0.5, count: articles.length }],
    },
  };
}

/** Text written to break out of markdown and HTML, and a `javascript:` address. */
export const HOSTILE_TEXT =
  'Officials said <script>alert("x")</script> talks | *resumed* [here](http://evil.example) & <img src=x onerror=alert(1)> ended.\nSecond line # not a heading';

/** One cluster, one divergence, every field a printer prints holding markup. */
export function hostileFixture(): Report {
  const a: ReportArticle = { id: 'a<1>', outlet: 'Evil <b>Outlet</b>', url: 'javascript:alert(1)', published: '2024-03-14T00:00:00.000Z', text: HOSTILE_TEXT };
  const b: ReportArticle = { id: 'b"2', outlet: 'Plain & Simple', text: 'Officials said talks resumed on Monday.' };
  const byId = new Map([a, b].map((x) => [x.id, x]));
  const make = new StatementMaker(byId);
  const sa = make.make(a.id, HOSTILE_TEXT.split('\n')[0]!, { attribution: { kind: 'person', source: '<i>Someone</i>' } });
  const sb = make.make(b.id, 'Officials said talks resumed on Monday.');
  return {
    schemaVersion: 1,
    articles: [a, b],
    statements: [sa, sb],
    clusters: [cluster('c-<x>', [sa, sb], 0.5)],
    divergences: [
      {
        id: 'd-"x"',
        kind: 'time',
        detector: 'time<script>',
        clusterId: 'c-<x>',
        statementIds: [sa.id, sb.id],
        sameArticle: false,
        spans: [[spanIn({ articles: [a] }, sa, '<script>alert("x")</script>')], [spanIn({ articles: [b] }, sb, 'on Monday')]],
        values: ['<b>then</b>', null],
        score: 0.5,
        explanation: 'Explained with <script>alert(2)</script> and *stars*',
      },
    ],
    warnings: [],
    stats: { articles: 2, segments: 2, statements: 2, clusters: 1, divergences: 1, divergencesByKind: { time: 1 }, candidatePairs: 1, stages: [] },
  };
}
