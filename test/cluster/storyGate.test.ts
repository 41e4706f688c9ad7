import { describe, expect, it } from 'vitest';
import { clusterStatements, statementIdf } from '../../src/cluster/cluster.js';
import { IdfTable } from '../../src/cluster/idf.js';
import { buildProfile, weighProfile, type StatementProfile } from '../../src/cluster/profile.js';
import { ContentVectors } from '../../src/cluster/contentVectors.js';
import { StoryGate } from '../../src/cluster/storyGate.js';
import { analyze, DEFAULT_CLUSTERING, DEFAULT_SIMILARITY, extractStatements, type Statement } from '../../src/index.js';

/** A gate and the numbering of the terms it reads (as a grouping model gives them). */
function emptyGate(idf: IdfTable, minCosine: number): { gate: StoryGate; termsOf: (profiles: readonly StatementProfile[]) => Int32Array[] } {
  const vectors = new ContentVectors();
  return { gate: new StoryGate(idf, minCosine, (term) => vectors.termOf(term)), termsOf: (profiles) => profiles.map((p) => vectors.termsOf(vectors.add(p))) };
}

/** The gate over statements' profiles, `articleOf[i]` being the article of profile `i` (articles read in index order, as a clustering adds them). */
function gateOf(profiles: readonly StatementProfile[], articleOf: readonly number[], idf: IdfTable, minCosine: number): StoryGate {
  const { gate, termsOf } = emptyGate(idf, minCosine);
  const byArticle: StatementProfile[][] = [];
  profiles.forEach((profile, i) => (byArticle[articleOf[i]!] ??= []).push(profile));
  byArticle.forEach((members, article) => gate.setArticle(article, termsOf(members)));
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
    const { gate, termsOf } = emptyGate(idf, 0.1);
    gate.setArticle(0, termsOf(profilesOf('flood0')));
    gate.setArticle(1, termsOf(profilesOf('flood1')));
    gate.setArticle(2, termsOf(profilesOf('transfer0')));
    expect(gate.allows(0, 1)).toBe(true);
    expect(gate.allows(0, 2)).toBe(false);
    gate.setArticle(3, termsOf(profilesOf('flood2')));
    expect(gate.allows(0, 3)).toBe(true);
    expect(gate.allows(3, 1)).toBe(true);
    expect(gate.allows(0, 2)).toBe(false);
    expect(gate.allows(2, 3)).toBe(false);
  });

  it('weighs the terms of an article read after the IDF table has grown with the table as it is then', () => {
    const idf = IdfTable.fromDocuments([['river', 'flood'], ['river', 'dam'], ['mayor']]);
    // Statements given by their terms alone (the gate reads nothing else of a profile).
    const statementsOf = (...terms: string[][]) => terms.map((list) => ({ vector: new Map(list.map((t) => [t, 1])), norm: 1 }) as unknown as StatementProfile);
    const article = () => statementsOf(['river', 'flood'], ['river', 'dam'], ['mayor', 'flood']);
    const { gate, termsOf } = emptyGate(idf, 0.1);
    gate.setArticle(0, termsOf(article()));
    gate.setArticle(1, termsOf(article()));
    expect(gate.cosine(0, 1)).toBeCloseTo(1, 12);
    // "river" turns common, "mayor" stays rare: the same terms now weigh otherwise.
    for (let k = 0; k < 20; k++) idf.add(['river']);
    gate.setArticle(2, termsOf(article()));
    expect(gate.cosine(0, 2)).toBeLessThan(0.99);
  });

  it('keeps the heaviest terms of a long article, the first numbered among equal weights', () => {
    const idf = IdfTable.fromDocuments([['other']]);
    const statementsOf = (...terms: string[][]) => terms.map((list) => ({ vector: new Map(list.map((t) => [t, 1])), norm: 1 }) as unknown as StatementProfile);
    const words = Array.from({ length: 150 }, (_, k) => `w${k}`);
    const { gate, termsOf } = emptyGate(idf, 0.1);
    // 150 terms as heavy as one another: the first 100 numbered (w0 ... w99) are kept.
    gate.setArticle(0, termsOf(statementsOf(words.slice(0, 50), words.slice(50, 100), words.slice(100))));
    gate.setArticle(1, termsOf(statementsOf(words.slice(100, 110), words.slice(110, 120), words.slice(120, 130))));
    gate.setArticle(2, termsOf(statementsOf(words.slice(90, 100), words.slice(100, 110), words.slice(110, 120))));
    expect(gate.cosine(0, 1)).toBe(0);
    expect(gate.cosine(0, 2)).toBeGreaterThan(0);
    // A term two statements hold weighs more than all of those: it is kept whatever its number.
    gate.setArticle(3, termsOf(statementsOf([...words.slice(0, 60), 'w149'], words.slice(60, 120), words.slice(120))));
    gate.setArticle(4, termsOf(statementsOf(['w149'], ['w148'], ['w147'])));
    expect(gate.cosine(3, 4)).toBeGreaterThan(0);
  });

  it('is an option checked like the others', () => {
    expect(() => analyze([{ id: 'a', text: 'Talks resumed.' }], { clustering: { minStoryCosine: 2 } })).toThrow(/options\.clustering\.minStoryCosine/);
    expect(() => analyze([{ id: 'a', text: 'Talks resumed.' }], { clustering: { minStoryCosine: 0 } })).not.toThrow();
  });
});
