import { describe, expect, it } from 'vitest';
import { clusterStatements, groupStatements } from '../../src/cluster/cluster.js';
import { DEFAULT_CLUSTERING, DEFAULT_SIMILARITY, extractStatements, type Statement } from '../../src/index.js';

/** One statement per sentence, each from its own article (the order clusterStatements expects). */
function statements(sentences: readonly string[]): Statement[] {
  return sentences.flatMap((text, i) => extractStatements({ id: `a${i}`, outlet: `Outlet ${i}`, text }));
}

const STORY = statements([
  'Valmora has proposed a truce in Karsia starting April 3, officials say.',
  'Valmora proposes April 3 truce in Karsia.',
  'It is unclear when a truce would begin.',
  'The central bank raised interest rates by half a point.',
]);

describe('clusterStatements', () => {
  it('groups the statements that report the same thing, across articles', () => {
    const { clusters } = clusterStatements(STORY, DEFAULT_SIMILARITY, DEFAULT_CLUSTERING);
    const grouped = clusters.map((c) => c.statementIds);
    expect(grouped.some((ids) => ids.includes(STORY[0]!.id) && ids.includes(STORY[1]!.id))).toBe(true);
    expect(grouped.flat()).not.toContain(STORY[3]!.id);
  });

  it('gives 0, unscored, to pairs whose content cosine is below minContentCosine', () => {
    const [proposal, headline, , bank] = [0, 1, 2, 3];
    const gated = groupStatements(STORY, DEFAULT_SIMILARITY, DEFAULT_CLUSTERING).model;
    const open = groupStatements(STORY, DEFAULT_SIMILARITY, { ...DEFAULT_CLUSTERING, minContentCosine: 0 }).model;
    // The interest rates share no content word with the truce: a low score, but not 0.
    expect(open.score(proposal, bank)).toBeGreaterThan(0);
    expect(gated.score(proposal, bank)).toBe(0);
    // Pairs that share their content are scored in full either way.
    expect(gated.score(proposal, headline)).toBeGreaterThan(0.5);
    expect(gated.score(proposal, headline)).toBe(open.score(proposal, headline));
  });

  it("gives the divergence stage the grouping model's similarity and overlap of the members of each cluster", () => {
    const { model } = groupStatements(STORY, DEFAULT_SIMILARITY, DEFAULT_CLUSTERING);
    const { clusters, similarity, overlap } = clusterStatements(STORY, DEFAULT_SIMILARITY, DEFAULT_CLUSTERING);
    const index = new Map(STORY.map((s, i) => [s.id, i]));
    const ids = clusters.flatMap((c) => c.statementIds.flatMap((a, x) => c.statementIds.slice(x + 1).map((b) => [a, b] as const)));
    expect(ids.length).toBeGreaterThan(0);
    for (const [a, b] of ids) {
      expect(similarity(a, b)).toBe(model.score(index.get(a)!, index.get(b)!));
      expect(similarity(b, a)).toBe(similarity(a, b));
      expect(overlap(STORY[index.get(a)!]!, STORY[index.get(b)!]!)).toBe(model.overlap(index.get(a)!, index.get(b)!));
    }
    // The statements it was not grouped with are not kept.
    expect(() => similarity(STORY[0]!.id, STORY[3]!.id)).toThrow(/not two members of one cluster/);
  });
});
