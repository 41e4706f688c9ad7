import { describe, expect, it } from 'vitest';
import { clusterStatements } from '../../src/cluster/cluster.js';
import { GroupingModel } from '../../src/cluster/groupingModel.js';
import { IdfTable } from '../../src/cluster/idf.js';
import { buildProfile, indexTerms, weighProfile } from '../../src/cluster/profile.js';
import { profileKey } from '../../src/cluster/profileKey.js';
import { similarity, similaritySignals } from '../../src/cluster/similarity.js';
import { DEFAULT_CLUSTERING, DEFAULT_SIMILARITY, extractStatements, type Statement } from '../../src/index.js';

/** A wire story, reprinted by three outlets with a paragraph of their own before it, on two days. */
const WIRE = [
  'Valmora has proposed a truce in Karsia starting Monday, officials say.',
  'The foreign minister, Ilse Varga, told reporters the offer "stands until the weekend."',
  'About 12,000 people have fled the border towns since March.',
].join(' ');

const ARTICLES = [
  { id: 'a', outlet: 'Daily', text: `Our correspondent reports from the capital.\n\n${WIRE}`, published: '2021-03-10' },
  { id: 'b', outlet: 'Herald', text: `${WIRE}\n\nMarkets were calm.`, published: '2021-03-10' },
  { id: 'c', outlet: 'Courier', text: `Rain fell over the border for a third day.\n\n${WIRE}`, published: '2021-03-17' },
];

const STATEMENTS: Statement[] = ARTICLES.flatMap((article) => extractStatements(article));

/** A profile without the statement it was read from, to compare two profiles' contents. */
function contents(statement: Statement) {
  const { statement: _read, ...rest } = buildProfile(statement);
  return { ...rest, indexTerms: indexTerms(statement) };
}

describe('profileKey', () => {
  it('is shared by reprints of one sentence, and then so is everything the profile reads', () => {
    const byKey = new Map<string, Statement[]>();
    for (const s of STATEMENTS) byKey.set(profileKey(s), [...(byKey.get(profileKey(s)) ?? []), s]);
    const shared = [...byKey.values()].filter((group) => group.length > 1);
    // Every wire sentence is printed by at least the two outlets of 10 March.
    expect(shared.length).toBeGreaterThanOrEqual(3);
    for (const group of shared) {
      expect(new Set(group.map((s) => s.articleId)).size).toBe(group.length);
      for (const s of group.slice(1)) expect(contents(s)).toEqual(contents(group[0]!));
    }
  });

  it('tells apart one sentence read on two days ("Monday" is another date)', () => {
    const truce = STATEMENTS.filter((s) => s.text.includes('truce'));
    expect(truce).toHaveLength(3);
    const [a, b, c] = truce as [Statement, Statement, Statement];
    expect(profileKey(a)).toBe(profileKey(b));
    expect(profileKey(c)).not.toBe(profileKey(a));
  });
});

describe('GroupingModel with reprinted statements', () => {
  it('scores a pair of copies as their own profiles would be scored', () => {
    const idf = IdfTable.fromDocuments(STATEMENTS.map((s) => indexTerms(s)));
    const options = { ...DEFAULT_CLUSTERING, minStoryCosine: 0, minContentCosine: 0 };
    const model = new GroupingModel(idf, DEFAULT_SIMILARITY, options);
    for (const article of ['a', 'b', 'c']) model.addArticle(STATEMENTS.filter((s) => s.articleId === article));
    // Copies share one profile object; a profile of their own gives the same score.
    expect(new Set(model.profiles).size).toBeLessThan(STATEMENTS.length);
    const own = STATEMENTS.map((s) => weighProfile(buildProfile(s), idf));
    for (let i = 0; i < STATEMENTS.length; i++) {
      for (let j = i + 1; j < STATEMENTS.length; j++) {
        expect(model.score(i, j)).toBe(similarity(own[i]!, own[j]!, { ...DEFAULT_SIMILARITY, weights: options.weights }).score);
        expect(model.overlap(i, j)).toBe(similaritySignals(own[i]!, own[j]!).soft);
      }
    }
  });

  it('groups copies as analyze always has: the three prints of one sentence in one cluster', () => {
    const { clusters } = clusterStatements(STATEMENTS, DEFAULT_SIMILARITY, DEFAULT_CLUSTERING);
    const fled = clusters.find((c) => c.representative.text.includes('fled'));
    expect(fled?.articleIds).toEqual(['a', 'b', 'c']);
  });
});
