/**
 * The report's references hold: ids are unique, a cluster's members exist and belong to no other
 * cluster, and each divergence names two existing statements of one cluster.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, type ArticleInput, type Report } from '../../src/index.js';
import { anyText, articlesOf, blankText, PROPERTY_RUNS, storyArticles } from './arbitraries.js';

function checkReferences(report: Report): void {
  const statementIds = report.statements.map((s) => s.id);
  expect(new Set(statementIds).size, 'statement ids are unique').toBe(statementIds.length);
  expect(new Set(report.clusters.map((c) => c.id)).size, 'cluster ids are unique').toBe(report.clusters.length);
  expect(new Set(report.divergences.map((d) => d.id)).size, 'divergence ids are unique').toBe(report.divergences.length);
  const articleIds = new Set(report.articles.map((a) => a.id));
  const byId = new Map(report.statements.map((s) => [s.id, s]));
  for (const statement of report.statements) {
    expect(articleIds.has(statement.articleId)).toBe(true);
    expect(statement.id.startsWith(`${statement.articleId}#`)).toBe(true);
  }
  const clusterOf = new Map<string, string>();
  for (const cluster of report.clusters) {
    for (const id of cluster.statementIds) {
      expect(byId.has(id), `${cluster.id}: member ${id} exists`).toBe(true);
      expect(clusterOf.get(id), `${id} is in one cluster`).toBeUndefined();
      clusterOf.set(id, cluster.id);
    }
    const members = cluster.statementIds.map((id) => byId.get(id)!);
    expect(cluster.articleIds).toEqual([...new Set(members.map((s) => s.articleId))].sort());
    expect(cluster.statementIds).toContain(cluster.representative.statementId);
    expect(cluster.cohesion >= 0 && cluster.cohesion <= 1).toBe(true);
  }
  for (const divergence of report.divergences) {
    const [a, b] = divergence.statementIds;
    expect(a).not.toBe(b);
    expect(byId.has(a) && byId.has(b), `${divergence.id}: both statements exist`).toBe(true);
    expect(clusterOf.get(a), `${divergence.id}: ${a} in its cluster`).toBe(divergence.clusterId);
    expect(clusterOf.get(b), `${divergence.id}: ${b} in its cluster`).toBe(divergence.clusterId);
    expect(divergence.sameArticle).toBe(byId.get(a)!.articleId === byId.get(b)!.articleId);
    expect(divergence.score >= 0 && divergence.score <= 1).toBe(true);
  }
  expect(report.stats.statements).toBe(report.statements.length);
  expect(report.stats.clusters).toBe(report.clusters.length);
  expect(report.stats.divergences).toBe(report.divergences.length);
}

describe('report references', () => {
  it('hold for articles about one story', () => {
    fc.assert(fc.property(storyArticles, (articles) => checkReferences(analyze(articles))), PROPERTY_RUNS);
  });

  it('hold for articles of any text', () => {
    fc.assert(fc.property(articlesOf(anyText, { maxLength: 4 }), (articles) => checkReferences(analyze(articles))), PROPERTY_RUNS);
  });

  it('hold for one article', () => {
    fc.assert(
      fc.property(articlesOf(anyText, { minLength: 1, maxLength: 1 }), (articles) => {
        const report = analyze(articles);
        checkReferences(report);
        expect(report.clusters).toEqual([]);
      }),
      PROPERTY_RUNS,
    );
  });

  it('give no statement for blank articles', () => {
    fc.assert(
      fc.property(articlesOf(blankText, { maxLength: 4 }), (articles) => {
        const report = analyze(articles.map(({ title: _title, ...article }) => article));
        expect(report.statements).toEqual([]);
        expect(report.clusters).toEqual([]);
      }),
      PROPERTY_RUNS,
    );
  });

  it('hold for a thousand identical articles', () => {
    const text = 'A winter storm closed the old river bridge on Monday, the utility said. Power was cut to 15,000 homes.';
    const articles: ArticleInput[] = Array.from({ length: 1000 }, (_, i) => ({ id: `a${i}`, text }));
    const report = analyze(articles);
    checkReferences(report);
    expect(report.statements).toHaveLength(2000);
    expect(report.divergences).toEqual([]);
  });
});
