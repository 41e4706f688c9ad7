import { describe, expect, it } from 'vitest';
import { clusterStatements, statementIdf } from '../../src/cluster/cluster.js';
import type { IdfTable } from '../../src/cluster/idf.js';
import { buildProfile, weighProfile, type StatementProfile } from '../../src/cluster/profile.js';
import { StoryGate } from '../../src/cluster/storyGate.js';
import { analyze, DEFAULT_CLUSTERING, DEFAULT_SIMILARITY, extractStatements, type Statement } from '../../src/index.js';

/** The gate over statements' profiles, `articleOf[i]` being the article of profile `i` (articles read in index order, as a clustering adds them). */
function gateOf(profiles: readonly StatementProfile[], articleOf: readonly number[], idf: IdfTable, minCosine: number): StoryGate {
  const gate = new StoryGate(idf, minCosine);
  const byArticle: StatementProfile[][] = [];
  profiles.forEach((profile, i) => (byArticle[articleOf[i]!] ??= []).push(profile));
  byArticle.forEach((members, article) => gate.setArticle(article, members));
  return gate;
}

/** Two events told by three outlets each; one sentence about a council meeting appears, reworded, in both. */
const FLOOD = [
  'The Varn river burst its banks in Tarvik on Monday, flooding 300 homes.',
  'Rescue boats reached the Ostend quarter of Tarvik before dawn.',
  'Mayor Helga Strand said the water was still rising near the old mill.',
  'Engineers feared the Tarvik dam could give way within hours.',
  'Schools across the district stayed closed.',
  'The council will meet on Friday to discuss the budget.',
];
const TRANSFER = [
  'Belmora United signed striker Dario Pell from Castellan for 40 million euros.',
  'Pell passed his medical at the Belmora training ground on Sunday.',
  'Coach Ines Varga called the forward the missing piece of her attack.',
  'Castellan fans protested outside the stadium after the sale.',
  'The five-year contract includes a release clause.',
  'The council is to meet Friday to discuss its budget.',
];

function story(prefix: string, sentences: readonly string[], outlets: number): Statement[] {
  return Array.from({ length: outlets }, (_, o) =>
    extractStatements({ id: `${prefix}${o}`, outlet: `${prefix.toUpperCase()} Outlet ${o}`, text: sentences.map((s, k) => (k % outlets === o ? s.replace(/\.$/, ', reports said.') : s)).join(' ') }),
  ).flat();
}

const STATEMENTS = [...story('flood', FLOOD, 3), ...story('transfer', TRANSFER, 3)].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
const isCouncil = (s: Statement) => s.text.includes('council');
const articlesOfCouncilClusters = (minStoryCosine: number) =>
  clusterStatements(STATEMENTS, DEFAULT_SIMILARITY, { ...DEFAULT_CLUSTERING, minStoryCosine })
    .clusters.filter((c) => c.statementIds.some((id) => isCouncil(STATEMENTS.find((s) => s.id === id)!)))
    .map((c) => c.articleIds);

describe('the story gate', () => {
  it('keeps a sentence of one event apart from a look-alike sentence of another', () => {
    const open = articlesOfCouncilClusters(0);
    // Without the gate the council sentences of the two stories form one group.
    expect(open.some((ids) => ids.some((id) => id.startsWith('flood')) && ids.some((id) => id.startsWith('transfer')))).toBe(true);
    const gated = articlesOfCouncilClusters(DEFAULT_CLUSTERING.minStoryCosine);
    expect(gated.length).toBe(2);
    for (const ids of gated) expect(new Set(ids.map((id) => id.replace(/\d+$/, ''))).size).toBe(1);
  });

  it('changes nothing when all the articles tell one story', () => {
    const flood = STATEMENTS.filter((s) => s.articleId.startsWith('flood'));
    const gated = clusterStatements(flood, DEFAULT_SIMILARITY, DEFAULT_CLUSTERING).clusters;
    const open = clusterStatements(flood, DEFAULT_SIMILARITY, { ...DEFAULT_CLUSTERING, minStoryCosine: 0 }).clusters;
    expect(gated).toEqual(open);
  });

  it('reads the articles of one story as close and those of two stories as far apart', () => {
    const idf = statementIdf(STATEMENTS);
    const profiles = STATEMENTS.map((s) => weighProfile(buildProfile(s), idf));
    const articles = [...new Set(STATEMENTS.map((s) => s.articleId))];
    const gate = gateOf(profiles, STATEMENTS.map((s) => articles.indexOf(s.articleId)), idf, 0.1);
    const flood = [0, 1, 2];
    const transfer = [3, 4, 5];
    expect(articles[flood[0]!]).toBe('flood0');
    for (const a of flood) for (const b of transfer) expect(gate.cosine(a, b)).toBeLessThan(0.1);
    for (const [a, b] of [[0, 1], [0, 2], [1, 2], [3, 4], [4, 5]] as const) expect(gate.cosine(a, b)).toBeGreaterThan(0.3);
    expect(gate.cosine(1, 4)).toBe(gate.cosine(4, 1));
  });

  it('lets the statements of an article too short to judge through', () => {
    const statements = [...STATEMENTS, ...extractStatements({ id: 'zz-brief', outlet: 'Brief', text: 'The council is to meet on Friday to discuss the budget.' })];
    const idf = statementIdf(statements);
    const profiles = statements.map((s) => weighProfile(buildProfile(s), idf));
    const articles = [...new Set(statements.map((s) => s.articleId))];
    const gate = gateOf(profiles, statements.map((s) => articles.indexOf(s.articleId)), idf, 0.99);
    const [flood0, brief, transfer0] = ['flood0', 'zz-brief', 'transfer0'].map((id) => articles.indexOf(id));
    expect(gate.allows(flood0!, brief!)).toBe(true);
    expect(gate.allows(flood0!, flood0!)).toBe(true); // same article
    expect(gate.allows(flood0!, transfer0!)).toBe(false);
  });

  it('finds an article read after its story was asked about', () => {
    const idf = statementIdf(STATEMENTS);
    const profilesOf = (id: string) => STATEMENTS.filter((s) => s.articleId === id).map((s) => weighProfile(buildProfile(s), idf));
    const gate = new StoryGate(idf, 0.1);
    gate.setArticle(0, profilesOf('flood0'));
    gate.setArticle(1, profilesOf('flood1'));
    gate.setArticle(2, profilesOf('transfer0'));
    expect(gate.allows(0, 1)).toBe(true);
    expect(gate.allows(0, 2)).toBe(false);
    gate.setArticle(3, profilesOf('flood2'));
    expect(gate.allows(0, 3)).toBe(true);
    expect(gate.allows(3, 1)).toBe(true);
    expect(gate.allows(0, 2)).toBe(false);
    expect(gate.allows(2, 3)).toBe(false);
  });

  it('is an option checked like the others', () => {
    expect(() => analyze([{ id: 'a', text: 'Talks resumed.' }], { clustering: { minStoryCosine: 2 } })).toThrow(/options\.clustering\.minStoryCosine/);
    expect(() => analyze([{ id: 'a', text: 'Talks resumed.' }], { clustering: { minStoryCosine: 0 } })).not.toThrow();
  });
});
