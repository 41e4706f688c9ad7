import { describe, expect, it } from 'vitest';
import { loadStory } from '../examples/story.js';
import { analyze, createAnalyzer, CrosscheckInputError, type AnalyzeOptions, type ArticleInput, type Report } from '../src/index.js';
import { STORM_STORY } from './fixtures/stormStory.js';

const TRUCE = loadStory();
const ALL: readonly ArticleInput[] = [...TRUCE, ...STORM_STORY];

/** A report without its timings, which differ from run to run. */
function withoutTimings(report: Report) {
  return { ...report, stats: { ...report.stats, stages: report.stats.stages.map(({ stage, count }) => ({ stage, count })) } };
}

/** Options under which the analyzer groups incrementally even on these few statements. */
const INCREMENTAL: AnalyzeOptions = { clustering: { allPairsBelow: 0 } };

function analyzerWith(articles: readonly ArticleInput[], options: AnalyzeOptions = {}) {
  const analyzer = createAnalyzer(options);
  for (const article of articles) analyzer.add(article);
  return analyzer;
}

describe('createAnalyzer', () => {
  it('reports what analyze reports on the same articles, whatever order they were added in', () => {
    const expected = withoutTimings(analyze(ALL));
    expect(expected.divergences.length).toBeGreaterThan(0);
    expect(withoutTimings(analyzerWith(ALL).report())).toEqual(expected);
    expect(withoutTimings(analyzerWith([...ALL].reverse()).report())).toEqual(expected);
  });

  it('regroups only what an added article touches: the other clusters keep their ids', () => {
    const analyzer = analyzerWith(TRUCE, INCREMENTAL);
    const before = analyzer.report();
    const storm = STORM_STORY.map((a) => ({ ...a }));
    analyzer.add(storm[0]!);
    analyzer.add(storm[1]!);
    const after = analyzer.report();
    // The storm articles tell another story: the truce clusters are all still there, unchanged.
    for (const cluster of before.clusters) expect(after.clusters).toContainEqual(cluster);
    expect(after.clusters.length).toBeGreaterThan(before.clusters.length);
    expect(after.statements.filter((s) => s.articleId === storm[0]!.id).length).toBeGreaterThan(0);
    // Divergences of unchanged clusters keep their ids too.
    const kept = new Set(before.clusters.map((c) => c.id));
    expect(after.divergences.filter((d) => kept.has(d.clusterId))).toEqual(before.divergences);
  });

  it('places an added article of the same story in the clusters it reports', () => {
    const analyzer = analyzerWith(TRUCE.slice(0, 4), INCREMENTAL);
    analyzer.report();
    analyzer.add(TRUCE[4]!);
    const incremental = analyzer.report();
    const full = analyze(TRUCE, INCREMENTAL);
    const grouped = (report: Report) => new Set(report.clusters.flatMap((c) => c.statementIds.filter((id) => id.startsWith(`${TRUCE[4]!.id}#`))));
    // Weighed with the IDF of the first four articles (a coarse table: one article in five is
    // new), the fifth joins clusters, most of its grouped statements as analyze groups them.
    const a = grouped(incremental);
    const b = grouped(full);
    const shared = [...a].filter((id) => b.has(id)).length;
    expect(a.size).toBeGreaterThan(0);
    expect(shared / Math.max(a.size, b.size)).toBeGreaterThanOrEqual(0.5);
    analyzer.rebuild();
    expect(withoutTimings(analyzer.report())).toEqual(withoutTimings(full));
  });

  it('forgets a removed article: its statements, clusters and divergences', () => {
    const analyzer = analyzerWith(ALL, INCREMENTAL);
    analyzer.report();
    const gone = TRUCE[1]!.id;
    expect(analyzer.remove(gone)).toBe(true);
    expect(analyzer.remove(gone)).toBe(false);
    expect(analyzer.has(gone)).toBe(false);
    expect(analyzer.size).toBe(ALL.length - 1);
    const report = analyzer.report();
    const mentions = (id: string) => id.startsWith(`${gone}#`);
    expect(report.articles.map((a) => a.id)).not.toContain(gone);
    expect(report.statements.some((s) => mentions(s.id))).toBe(false);
    expect(report.clusters.some((c) => c.articleIds.includes(gone) || c.statementIds.some(mentions))).toBe(false);
    expect(report.divergences.some((d) => d.statementIds.some(mentions))).toBe(false);
    analyzer.rebuild();
    expect(withoutTimings(analyzer.report())).toEqual(withoutTimings(analyze(ALL.filter((a) => a.id !== gone), INCREMENTAL)));
  });

  it('takes an article back after it was removed', () => {
    const analyzer = analyzerWith(ALL, INCREMENTAL);
    analyzer.report();
    analyzer.remove(TRUCE[2]!.id);
    analyzer.report();
    analyzer.add(TRUCE[2]!);
    const report = analyzer.report();
    expect(report.statements.filter((s) => s.articleId === TRUCE[2]!.id).length).toBeGreaterThan(0);
    expect(report.clusters.some((c) => c.articleIds.includes(TRUCE[2]!.id))).toBe(true);
  });

  it('rejects a duplicate id, and a bad article, as analyze does', () => {
    const analyzer = analyzerWith(TRUCE.slice(0, 2));
    const duplicate = () => analyzer.add({ ...TRUCE[0]! });
    expect(duplicate).toThrow(CrosscheckInputError);
    expect(duplicate).toThrow(/already in the analyzer/);
    expect(() => analyzer.add({ id: 'x', text: 42 } as unknown as ArticleInput)).toThrow(/articles\[\d+\] \(id "x"\): field "text" must be a string/);
    expect(analyzer.size).toBe(2);
  });

  it('skips a bad article with onInvalid: skip, and lists it in the warnings', () => {
    const analyzer = createAnalyzer({ onInvalid: 'skip' });
    expect(analyzer.add(TRUCE[0]!)).toBe(true);
    expect(analyzer.add({ id: 'late', text: 'Talks resumed.', published: 'soon' })).toBe(false);
    expect(analyzer.add({ ...TRUCE[0]! })).toBe(false);
    const report = analyzer.report();
    expect(report.warnings.map((w) => w.code)).toEqual(['INVALID_DATE', 'DUPLICATE_ID']);
    expect(report.articles.map((a) => a.id)).toEqual([TRUCE[0]!.id]);
  });

  it('checks its options at once and holds at most maxArticles', () => {
    expect(() => createAnalyzer({ clustering: { threshold: 3 } })).toThrow(/options\.clustering\.threshold/);
    expect(() => createAnalyzer({ colour: 'red' } as AnalyzeOptions)).toThrow(/colour/);
    const analyzer = createAnalyzer({ maxArticles: 2, onInvalid: 'skip' });
    analyzer.add(TRUCE[0]!);
    analyzer.add(TRUCE[1]!);
    expect(() => analyzer.add(TRUCE[2]!)).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
    analyzer.remove(TRUCE[0]!.id);
    expect(analyzer.add(TRUCE[2]!)).toBe(true);
  });

  it('reports its stages through onProgress', () => {
    const stages: string[] = [];
    const analyzer = analyzerWith(TRUCE.slice(0, 2), { onProgress: (s) => stages.push(s.stage) });
    analyzer.report();
    expect(stages).toEqual(['read', 'extract', 'cluster', 'compare']);
  });
});
