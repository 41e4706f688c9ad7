import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadStory } from '../examples/story.js';
import {
  analyze,
  CrosscheckInputError,
  DEFAULT_DETECTORS,
  type CrosscheckErrorCode,
  SCHEMA_VERSION,
  type AnalyzeOptions,
  type ArticleInput,
  type Detector,
  type DetectorContext,
  type Report,
  type StageStats,
} from '../src/index.js';
import { STORM_PUBLISHED, STORM_STORY } from './fixtures/stormStory.js';

const STORY = loadStory();

/** Each input analyzed once with default options (analysis takes about a second for the story). */
const REPORTS: Array<[string, readonly ArticleInput[], Report]> = [
  ['the example story', STORY, analyze(STORY)],
  ['the storm story', STORM_STORY, analyze(STORM_STORY)],
];
const STORM_REPORT = REPORTS[1]![2];

/** The report without its timings, the only part that may change from run to run. */
function withoutTimings(report: Report): unknown {
  return { ...report, stats: { ...report.stats, stages: report.stats.stages.map(({ stage, count }) => ({ stage, count })) } };
}

/** The same articles in another order (a seeded shuffle, so a failure reproduces). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 4294967296;
  };
  for (let k = copy.length - 1; k > 0; k--) {
    const m = Math.floor(random() * (k + 1));
    [copy[k], copy[m]] = [copy[m]!, copy[k]!];
  }
  return copy;
}

describe.each(REPORTS)('analyze() on %s: the report', (_, articles, report) => {
  it('carries the schema version and every article, sorted by id', () => {
    expect(report.schemaVersion).toBe(SCHEMA_VERSION);
    const ids = articles.map((a) => a.id).sort();
    expect(report.articles.map((a) => a.id)).toEqual(ids);
    for (const article of report.articles) {
      const input = articles.find((a) => a.id === article.id)!;
      expect(article.text).toBe(input.text);
      expect(article.outlet).toBe(input.outlet ?? input.id);
      expect(article.published).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/);
      if (input.title !== undefined) expect(article.title).toBe(input.title);
    }
  });

  it('counts what it holds', () => {
    const { stats } = report;
    expect(stats.articles).toBe(report.articles.length);
    expect(stats.statements).toBe(report.statements.length);
    expect(stats.clusters).toBe(report.clusters.length);
    expect(stats.divergences).toBe(report.divergences.length);
    expect(Object.values(stats.divergencesByKind).reduce((n, k) => n + k, 0)).toBe(report.divergences.length);
    for (const [kind, count] of Object.entries(stats.divergencesByKind)) expect(report.divergences.filter((d) => d.kind === kind)).toHaveLength(count);
    expect(stats.segments).toBeGreaterThan(0);
    expect(stats.segments).toBeLessThanOrEqual(stats.statements);
    expect(stats.candidatePairs).toBeGreaterThan(0);
    expect(stats.stages.map((s) => [s.stage, s.count])).toEqual([
      ['read', report.articles.length],
      ['extract', report.statements.length],
      ['cluster', report.clusters.length],
      ['compare', report.divergences.length],
    ]);
    for (const stage of stats.stages) expect(stage.ms).toBeGreaterThanOrEqual(0);
  });

  it('gives every statement a unique id in its article, in article order', () => {
    const ids = report.statements.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const articleIds = report.articles.map((a) => a.id);
    for (const statement of report.statements) {
      expect(articleIds).toContain(statement.articleId);
      expect(statement.id).toMatch(new RegExp(`^${statement.articleId}#\\d+$`));
    }
    const order = report.statements.map((s) => articleIds.indexOf(s.articleId));
    expect(order).toEqual([...order].sort((x, y) => x - y));
  });

  it('points every statement at its own words', () => {
    const articles = new Map(report.articles.map((a) => [a.id, a]));
    for (const statement of report.statements) {
      const article = articles.get(statement.articleId)!;
      const source = statement.field === 'title' ? article.title! : article.text;
      expect(statement.start).toBeGreaterThanOrEqual(0);
      expect(statement.end).toBeLessThanOrEqual(source.length);
      expect(statement.start).toBeLessThan(statement.end);
    }
  });

  it('clusters statements of at least two articles, each statement in at most one cluster', () => {
    expect(report.clusters.length).toBeGreaterThan(0);
    const byId = new Map(report.statements.map((s) => [s.id, s]));
    const seen = new Set<string>();
    for (const cluster of report.clusters) {
      expect(cluster.id).toMatch(/^c-[0-9a-f]{8}$/);
      expect(cluster.statementIds.length).toBeGreaterThanOrEqual(2);
      const members = cluster.statementIds.map((id) => byId.get(id)!);
      for (const member of members) expect(member).toBeDefined();
      expect(cluster.articleIds).toEqual([...new Set(members.map((s) => s.articleId))].sort());
      expect(cluster.articleIds.length).toBeGreaterThanOrEqual(2);
      expect(cluster.outlets).toEqual([...new Set(members.map((s) => s.outlet))].sort());
      expect(cluster.statementIds).toContain(cluster.representative.statementId);
      expect(cluster.representative.text).toBe(byId.get(cluster.representative.statementId)!.text);
      expect(cluster.cohesion).toBeGreaterThanOrEqual(0);
      expect(cluster.cohesion).toBeLessThanOrEqual(1);
      for (const id of cluster.statementIds) {
        expect(seen.has(id), `${id} is in two clusters`).toBe(false);
        seen.add(id);
      }
    }
    expect(new Set(report.clusters.map((c) => c.id)).size).toBe(report.clusters.length);
  });

  it('finds divergences between statements of their own cluster, with spans on the words', () => {
    expect(report.divergences.length).toBeGreaterThan(0);
    const clusters = new Map(report.clusters.map((c) => [c.id, c]));
    const byId = new Map(report.statements.map((s) => [s.id, s]));
    const articles = new Map(report.articles.map((a) => [a.id, a]));
    for (const divergence of report.divergences) {
      const cluster = clusters.get(divergence.clusterId);
      expect(cluster, divergence.id).toBeDefined();
      const [a, b] = divergence.statementIds.map((id) => byId.get(id)!);
      expect(a!.id).not.toBe(b!.id);
      for (const id of divergence.statementIds) expect(cluster!.statementIds).toContain(id);
      expect(divergence.sameArticle).toBe(a!.articleId === b!.articleId);
      expect(divergence.score).toBeGreaterThanOrEqual(0);
      expect(divergence.score).toBeLessThanOrEqual(1);
      expect(divergence.explanation.trim()).not.toBe('');
      divergence.spans.forEach((spans, side) => {
        const statement = side === 0 ? a! : b!;
        const article = articles.get(statement.articleId)!;
        const source = statement.field === 'title' ? article.title! : article.text;
        for (const span of spans) expect(source.slice(span.start, span.end)).toBe(span.text);
      });
    }
    expect(new Set(report.divergences.map((d) => d.id)).size).toBe(report.divergences.length);
  });

  it('is a plain JSON value', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });
});

describe('analyze() is deterministic', () => {
  it.each(REPORTS)('%s gives the same report for the articles in any order', (_, articles, report) => {
    const expected = withoutTimings(report);
    for (const seed of [1, 2, 3]) expect(withoutTimings(analyze(shuffled(articles, seed)))).toEqual(expected);
    expect(withoutTimings(analyze([...articles].reverse()))).toEqual(expected);
  });

  it('gives the same report twice', () => {
    expect(withoutTimings(analyze(STORM_STORY))).toEqual(withoutTimings(STORM_REPORT));
  });
});

describe('analyze() on the storm story finds what the outlets disagree on', () => {
  it.each([
    ['number', ['15,000', '40,000']],
    ['time', ['Monday', 'Tuesday']],
    ['place', ['Lyon', 'Strasbourg']],
    ['certainty', ['could not confirm']],
  ] as Array<[string, string[]]>)('%s', (kind, words) => {
    const found = STORM_REPORT.divergences.filter((d) => d.kind === kind);
    expect(found.length).toBeGreaterThan(0);
    const spanned = found.flatMap((d) => d.spans.flat().map((s) => s.text));
    for (const word of words) expect(spanned).toContain(word);
  });

  it('keeps sentences only one outlet reports out of every cluster', () => {
    const clustered = new Set(STORM_REPORT.clusters.flatMap((c) => c.statementIds));
    for (const lone of ['Schools across the district stayed open.', 'A local bakery handed out free bread to stranded drivers.']) {
      const statement = STORM_REPORT.statements.find((s) => s.text === lone)!;
      expect(statement).toBeDefined();
      expect(clustered.has(statement.id)).toBe(false);
    }
  });
});

describe('analyze() options', () => {
  it('kinds keeps only the divergences of those kinds', () => {
    const report = analyze(STORM_STORY, { kinds: ['number', 'place'] });
    expect(new Set(report.divergences.map((d) => d.kind))).toEqual(new Set(['number', 'place']));
    expect(report.divergences).toEqual(STORM_REPORT.divergences.filter((d) => d.kind === 'number' || d.kind === 'place'));
    expect(report.clusters).toEqual(STORM_REPORT.clusters);
  });

  it('minScore keeps only the divergences scoring at least that', () => {
    const report = analyze(STORM_STORY, { minScore: 0.75 });
    expect(report.divergences.length).toBeGreaterThan(0);
    expect(report.divergences.length).toBeLessThan(STORM_REPORT.divergences.length);
    expect(report.divergences).toEqual(STORM_REPORT.divergences.filter((d) => d.score >= 0.75));
  });

  it('a detector added to the defaults reports under its own kind and name', () => {
    const contexts: DetectorContext[] = [];
    const everyPair: Detector = {
      kind: 'tone',
      name: 'same-cluster',
      compare: (a, b, context) => {
        contexts.push(context);
        return { spans: [[a.claim], [b.claim]], values: [a.outlet, b.outlet], score: 0.3, explanation: 'Two outlets, one event.' };
      },
    };
    const report = analyze(STORM_STORY, { detectors: (defaults) => [...defaults, everyPair] });
    const mine = report.divergences.filter((d) => d.kind === 'tone');
    expect(mine.length).toBeGreaterThan(0);
    for (const d of mine) expect(d).toMatchObject({ detector: 'same-cluster', score: 0.3, explanation: 'Two outlets, one event.' });
    expect(report.stats.divergencesByKind.tone).toBe(mine.length);
    expect(report.divergences.filter((d) => d.kind !== 'tone')).toEqual(STORM_REPORT.divergences);
    const clusterIds = new Set(report.clusters.map((c) => c.id));
    for (const context of contexts) {
      expect(clusterIds.has(context.clusterId)).toBe(true);
      expect(context.similarity).toBeGreaterThanOrEqual(0);
      expect(context.similarity).toBeLessThanOrEqual(1);
    }
  });

  it('a trimmed list of detectors drops the removed kind and keeps the rest', () => {
    const report = analyze(STORM_STORY, { detectors: (defaults) => defaults.filter((d) => d.kind !== 'number') });
    expect(report.divergences.map((d) => d.kind)).not.toContain('number');
    expect(report.divergences).toEqual(STORM_REPORT.divergences.filter((d) => d.kind !== 'number'));
  });

  it('a list of detectors replaces the defaults', () => {
    const place = DEFAULT_DETECTORS.find((d) => d.kind === 'place')!;
    const report = analyze(STORM_STORY, { detectors: [place] });
    expect(report.divergences).toEqual(STORM_REPORT.divergences.filter((d) => d.kind === 'place'));
  });

  it('clustering.minArticles drops clusters spanning fewer articles', () => {
    const report = analyze(STORY, { clustering: { minArticles: 3 } });
    expect(report.clusters.length).toBeGreaterThan(0);
    for (const cluster of report.clusters) expect(cluster.articleIds.length).toBeGreaterThanOrEqual(3);
  });

  it('published dates articles that carry no date', () => {
    const undated = STORM_STORY.map(({ published: _, ...article }) => article);
    expect(withoutTimings(analyze(undated, { published: STORM_PUBLISHED }))).toEqual(withoutTimings(STORM_REPORT));
  });

  it('onProgress is called once per stage, in order, with the stage stats', () => {
    const events: StageStats[] = [];
    const report = analyze(STORM_STORY, { onProgress: (event) => events.push(event) });
    expect(events.map((e) => e.stage)).toEqual(['read', 'extract', 'cluster', 'compare']);
    expect(events).toEqual(report.stats.stages);
  });
});

describe('analyze() rejects bad options with a CrosscheckInputError naming the field', () => {
  const ROWS: Array<[string, unknown, string, CrosscheckErrorCode]> = [
    ['options that are not an object', null, 'options', 'INVALID_OPTION'],
    ['minScore above 1', { minScore: 2 }, 'options.minScore', 'OPTION_OUT_OF_RANGE'],
    ['minScore below 0', { minScore: -0.1 }, 'options.minScore', 'OPTION_OUT_OF_RANGE'],
    ['minScore as a string', { minScore: '0.5' }, 'options.minScore', 'INVALID_OPTION'],
    ['a detector without compare()', { detectors: [{ kind: 'tone', name: 'x' }] }, 'options.detectors', 'INVALID_OPTION'],
    ['detectors that are not a list', { detectors: () => 'number' }, 'options.detectors', 'INVALID_OPTION'],
    ['a weight that is not a number', { similarity: { weights: { lexical: Number.NaN } } }, 'options.similarity.weights.lexical', 'OPTION_OUT_OF_RANGE'],
    ['sameClaim above 1', { similarity: { sameClaim: 2 } }, 'options.similarity.sameClaim', 'OPTION_OUT_OF_RANGE'],
    ['quoteMatch below 0', { similarity: { quoteMatch: -1 } }, 'options.similarity.quoteMatch', 'OPTION_OUT_OF_RANGE'],
    ['aliases as a list', { aliases: ['Oslo'] }, 'options.aliases', 'INVALID_OPTION'],
    ['hedges that are not words', { lexicon: { hedges: [3] } }, 'options.lexicon.hedges', 'INVALID_OPTION'],
    ['a reporting verb with an unknown certainty', { lexicon: { reportingVerbs: { tweeted: 'certain' } } }, 'options.lexicon.reportingVerbs', 'INVALID_OPTION'],
    ['extractors that are not a list', { extractors: 'quantity' }, 'options.extractors', 'INVALID_OPTION'],
  ];

  it.each(ROWS)('%s', (_, options, field, code) => {
    let error: unknown;
    try {
      analyze(STORM_STORY, options as AnalyzeOptions);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CrosscheckInputError);
    expect((error as CrosscheckInputError).field).toBe(field);
    expect((error as CrosscheckInputError).code).toBe(code);
    expect((error as CrosscheckInputError).message).toContain(field);
  });

  it('checks options before calling onProgress', () => {
    const onProgress = vi.fn();
    expect(() => analyze(STORM_STORY, { minScore: 5, onProgress })).toThrow(CrosscheckInputError);
    expect(onProgress).not.toHaveBeenCalled();
  });
});

describe('analyze() prints nothing', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('writes nothing to stdout or the console, from loading the library to the report', async () => {
    const written: unknown[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: unknown) => {
      written.push(chunk);
      return true;
    });
    for (const method of ['log', 'info', 'debug', 'warn', 'error'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        written.push(args);
      });
    }
    vi.resetModules();
    const fresh = await import('../src/index.js');
    fresh.analyze(STORM_STORY, { onProgress: () => undefined });
    fresh.compare('Jets struck 1,900 targets overnight.', 'Jets struck 900 targets overnight.');
    expect(written).toEqual([]);
  });
});

describe('analyze: times no calendar date can state', () => {
  it('reads "4,000 years ago" and "8,000 years ago" without resolving or comparing them (it threw "Invalid time value")', () => {
    const report = analyze([
      { id: 'a', text: 'Dogs were domesticated 4,000 years ago, researchers said.', published: '2004-05-02' },
      { id: 'b', text: 'Dogs were domesticated 8,000 years ago, researchers said.', published: '2004-05-02' },
    ]);
    expect(report.statements.flatMap((s) => s.times.map((t) => t.interval))).toEqual([undefined, undefined]);
    expect(report.divergences.filter((d) => d.kind === 'time')).toEqual([]);
  });
});
