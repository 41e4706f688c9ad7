import { describe, expect, it } from 'vitest';
import { clusterStatements } from '../../src/cluster/cluster.js';
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
    const [proposal, headline, , bank] = STORY;
    const gated = clusterStatements(STORY, DEFAULT_SIMILARITY, DEFAULT_CLUSTERING);
    const open = clusterStatements(STORY, DEFAULT_SIMILARITY, { ...DEFAULT_CLUSTERING, minContentCosine: 0 });
    // The interest rates share no content word with the truce: a low score, but not 0.
    expect(open.similarity(proposal!.id, bank!.id)).toBeGreaterThan(0);
    expect(gated.similarity(proposal!.id, bank!.id)).toBe(0);
    // Pairs that share their content are scored in full either way.
    expect(gated.similarity(proposal!.id, headline!.id)).toBeGreaterThan(0.5);
    expect(gated.similarity(proposal!.id, headline!.id)).toBe(open.similarity(proposal!.id, headline!.id));
  });
});
