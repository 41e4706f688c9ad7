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

  it('scores every candidate pair in full below quickRejectAbove, and gives pairs sharing almost no content 0 from it on', () => {
    const [proposal, , , bank] = STORY;
    const full = clusterStatements(STORY, DEFAULT_SIMILARITY, { ...DEFAULT_CLUSTERING, quickRejectAbove: 1000 });
    const quick = clusterStatements(STORY, DEFAULT_SIMILARITY, { ...DEFAULT_CLUSTERING, quickRejectAbove: 0 });
    // The interest rates share no content word with the truce: a low score, but not 0.
    expect(full.similarity(proposal!.id, bank!.id)).toBeGreaterThan(0);
    expect(quick.similarity(proposal!.id, bank!.id)).toBe(0);
    // Pairs that share their content are scored in full either way.
    expect(quick.similarity(STORY[0]!.id, STORY[1]!.id)).toBe(full.similarity(STORY[0]!.id, STORY[1]!.id));
  });
});
