/**
 * What the real pipeline finds in the example story (`examples/articles/`, whose README lists the
 * divergences the five articles were written to hold). These tests pin what `analyze` gets right
 * today, by the words of the statements rather than by ids or counts, so a better splitter or
 * clusterer does not break them. What it misses today is listed with `it.todo`, with the reason.
 */
import { describe, expect, it } from 'vitest';
import { analyze, filterDivergences, toHTML, toJSON, toMarkdown, type Divergence, type Report, type Statement } from '../../src/index.js';
import { storyArticles } from './fixture.js';

const report = analyze(storyArticles());
const byId = new Map(report.statements.map((s) => [s.id, s]));

/** The statements of `outlet` whose text holds `words`. */
function statementsSaying(outlet: string, words: string): Statement[] {
  return report.statements.filter((s) => s.outlet === outlet && s.text.includes(words));
}

/** The divergences of `kind` between a statement of `a` holding `aWords` and one of `b` holding `bWords`. */
function divergencesBetween(kind: string, [a, aWords]: [string, string], [b, bWords]: [string, string]): Divergence[] {
  const left = new Set(statementsSaying(a, aWords).map((s) => s.id));
  const right = new Set(statementsSaying(b, bWords).map((s) => s.id));
  return report.divergences.filter(
    (d) => d.kind === kind && ((left.has(d.statementIds[0]) && right.has(d.statementIds[1])) || (left.has(d.statementIds[1]) && right.has(d.statementIds[0]))),
  );
}

/** The words a divergence marks in the statement of `outlet`. */
function markedWords(d: Divergence, outlet: string): string[] {
  const side = byId.get(d.statementIds[0])?.outlet === outlet ? 0 : 1;
  return d.spans[side].map((s) => s.text);
}

const APRIL_3 = /April 3|3 April|Apr\. 3/;

describe('the example story, analyzed', () => {
  it('reads the five articles and sets the page furniture aside (datelines, share and comment lines, read times, date lines, captions, links, credits, subheads)', () => {
    expect(report.articles.map((a) => a.outlet)).toEqual(['Eastgate Daily', 'Harbor Wire', 'Meridian Post', 'Northstar Review', 'The Lantern']);
    for (const article of report.articles) expect(report.statements.some((s) => s.articleId === article.id)).toBe(true);
    const texts = report.statements.map((s) => s.text);
    for (const furniture of ['OSLO (Harbor Wire)', 'Share this story', 'Comments 4', '3 min read', '14 March, 2024', '14/03/2024', 'Lantern/Staff', 'READ MORE', 'Agencies contributed']) {
      expect(texts.filter((t) => t.includes(furniture)), furniture).toEqual([]);
    }
    for (const subhead of ['A corridor for Meret', 'Helsinki meeting']) expect(texts).not.toContain(subhead);
  });

  it('finds the certainty divergence on the April 3 date: Harbor Wire reports it ("Aldanian officials say"), Meridian Post leaves it unconfirmed ("has refused to confirm")', () => {
    const [found] = divergencesBetween('certainty', ['Harbor Wire', 'Aldanian officials say'], ['Meridian Post', 'refused to confirm']);
    expect(found).toBeDefined();
    expect([...found!.values].sort()).toEqual(['reported', 'unconfirmed']);
    expect(markedWords(found!, 'Meridian Post')).toEqual(['has refused to confirm']);
    expect(markedWords(found!, 'Harbor Wire')).toEqual(['say']);
  });

  it('finds the certainty divergence between Harbor Wire\'s "Aldanian officials say" and Eastgate Daily\'s spokesman who "was not aware of" a start date', () => {
    const [found] = divergencesBetween('certainty', ['Harbor Wire', 'Aldanian officials say'], ['Eastgate Daily', 'was not aware of']);
    expect(found).toBeDefined();
    expect(markedWords(found!, 'Eastgate Daily')).toEqual(['was not aware of']);
  });

  it("finds Castell's quote worded four ways (Eastgate Daily, Harbor Wire, Meridian Post, Northstar Review), all in one cluster", () => {
    const quotes = report.divergences.filter((d) => d.kind === 'quote');
    const outlets = new Set(quotes.flatMap((d) => d.statementIds.map((id) => byId.get(id)!.outlet)));
    expect([...outlets].sort()).toEqual(['Eastgate Daily', 'Harbor Wire', 'Meridian Post', 'Northstar Review']);
    expect(new Set(quotes.map((d) => d.clusterId)).size).toBe(1);
    const [hwMp] = divergencesBetween('quote', ['Harbor Wire', 'that are very concrete'], ['Meridian Post', 'very concrete ones']);
    expect(hwMp).toBeDefined();
    expect(hwMp!.explanation).toMatch(/Castell is quoted two ways/);
  });

  it('finds the time divergence "last month" (Harbor Wire) vs "earlier this month" (Meridian Post), resolved against 14 March 2024', () => {
    const [found] = divergencesBetween('time', ['Harbor Wire', 'Lausanne last month'], ['Meridian Post', 'collapsed earlier this month']);
    expect(found).toBeDefined();
    expect(markedWords(found!, 'Harbor Wire')).toEqual(['last month']);
    expect(markedWords(found!, 'Meridian Post')).toEqual(['earlier this month']);
    expect(found!.explanation).toContain('2024-02-01 to 2024-02-29');
    expect(found!.explanation).toContain('2024-03-01 to 2024-03-13');
  });

  it('finds the modality divergence "must be immediate" (Meridian Post) vs "is preferable" (Eastgate Daily)', () => {
    const [found] = divergencesBetween('modality', ['Meridian Post', 'must be'], ['Eastgate Daily', 'is preferable']);
    expect(found).toBeDefined();
    expect(markedWords(found!, 'Meridian Post')).toEqual(['must']);
    expect(markedWords(found!, 'Eastgate Daily')).toEqual(['preferable']);
  });

  it.todo('place: Oslo (four outlets) vs Helsinki (The Lantern) — none of the Lantern\'s Helsinki sentences is grouped with an Oslo sentence');
  it.todo('modality: "cannot accept" (Harbor Wire) vs "wary of accepting" (Eastgate Daily) — Harbor Wire\'s sentence is in no cluster; Eastgate Daily\'s is grouped with The Lantern\'s "spoke on condition of anonymity"');
  it.todo('time: "last month" (The Lantern) vs "earlier this month" (Meridian Post), and "last week" (Northstar Review) vs "last month" — those two sentences are in no cluster');

  it('flags no number divergence: 48,000 agrees with "tens of thousands", a quarter-million with a quarter of a million', () => {
    expect(report.divergences.filter((d) => d.kind === 'number')).toEqual([]);
  });

  it('groups "a quarter-million" (Harbor Wire) with "a quarter of a million" (Northstar Review), without a divergence', () => {
    const [harbor] = statementsSaying('Harbor Wire', 'quarter-million');
    const cluster = report.clusters.find((c) => c.statementIds.includes(harbor!.id));
    expect(cluster?.outlets).toContain('Northstar Review');
    expect(report.divergences.filter((d) => d.clusterId === cluster!.id)).toEqual([]);
  });

  it('reads April 3, 3 April and Apr. 3 as one date: no time divergence between two statements that name it', () => {
    const aprilTime = report.divergences.filter((d) => d.kind === 'time' && d.statementIds.every((id) => APRIL_3.test(byId.get(id)!.text)));
    expect(aprilTime).toEqual([]);
    const [harbor] = statementsSaying('Harbor Wire', 'starting April 3');
    const [northstar] = statementsSaying('Northstar Review', 'Apr. 3 truce');
    const cluster = report.clusters.find((c) => c.statementIds.includes(harbor!.id));
    expect(cluster?.statementIds).toContain(northstar!.id);
  });

  it('groups the March 28 resumption (Eastgate Daily, Harbor Wire, Meridian Post) without a divergence', () => {
    const [harbor] = statementsSaying('Harbor Wire', 'March 28');
    const cluster = report.clusters.find((c) => c.statementIds.includes(harbor!.id));
    expect(cluster?.outlets).toEqual(['Eastgate Daily', 'Harbor Wire', 'Meridian Post']);
    expect(report.divergences.filter((d) => d.clusterId === cluster!.id)).toEqual([]);
  });

  it('gives the same statements, clusters and divergences whatever the order of the articles', () => {
    const reversed = analyze([...storyArticles()].reverse());
    const shape = (r: Report) => ({ statements: r.statements.map((s) => s.id), clusters: r.clusters.map((c) => c.id), divergences: r.divergences.map((d) => d.id) });
    expect(shape(reversed)).toEqual(shape(report));
  });

  it('keeps every divergence inside a cluster, between two of its statements, with the words that differ', () => {
    const clusters = new Map(report.clusters.map((c) => [c.id, c]));
    for (const d of report.divergences) {
      const cluster = clusters.get(d.clusterId);
      expect(cluster, d.id).toBeDefined();
      for (const id of d.statementIds) expect(cluster!.statementIds).toContain(id);
      expect(d.sameArticle).toBe(byId.get(d.statementIds[0])!.articleId === byId.get(d.statementIds[1])!.articleId);
      expect(d.explanation.length).toBeGreaterThan(0);
    }
  });
});

describe('the example story, printed', () => {
  it('prints every divergence in markdown, the differing words in bold', () => {
    const md = toMarkdown(report);
    expect(md).toContain('**has refused to confirm**');
    expect(md).toContain('**last month**');
    expect(md).toContain('**preferable**');
    expect(md.match(/detector /g)?.length).toBe(report.divergences.length);
  });

  it('prints every divergence in HTML, each tagged with its kind for the filters', () => {
    const html = toHTML(report);
    for (const kind of Object.keys(report.stats.divergencesByKind)) {
      expect(html.match(new RegExp(`<article class="divergence"[^>]* data-kind="${kind}"`, 'g'))?.length).toBe(report.stats.divergencesByKind[kind]);
    }
  });

  it('keeps every statement, cluster and divergence in the JSON', () => {
    const json = JSON.parse(toJSON(report)) as Report;
    expect([json.statements.length, json.clusters.length, json.divergences.length]).toEqual([report.statements.length, report.clusters.length, report.divergences.length]);
  });

  it('filters the real report by kind and by score, recounting the stats', () => {
    const times = filterDivergences(report, { kinds: ['time'] });
    expect(times.divergences.length).toBeGreaterThan(0);
    expect(times.divergences.every((d) => d.kind === 'time')).toBe(true);
    expect(times.stats.divergencesByKind).toEqual({ time: times.divergences.length });
    const strong = filterDivergences(report, { minScore: 0.9 });
    expect(strong.divergences.every((d) => d.score >= 0.9)).toBe(true);
    expect(strong.stats.divergences).toBe(strong.divergences.length);
  });
});
