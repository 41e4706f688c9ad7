import { describe, expect, it } from 'vitest';
import { describeClusters } from '../../src/cluster/cluster.js';
import { extractStatements } from '../../src/index.js';

/** The statement that names a cluster: the member closest to the others, with a subject of its own when one has. */
describe('cluster representative', () => {
  const statements = [
    ...extractStatements({ id: 'a', outlet: 'Coast Herald', text: 'Officials said the port authority had closed the harbour at Brill and was waiting for the storm to pass over the coast.' }),
    ...extractStatements({ id: 'b', outlet: 'Bay Times', text: 'The port authority is waiting for the storm to pass over the coast before reopening the harbour.' }),
    ...extractStatements({ id: 'c', outlet: 'Shore News', text: 'Harbour staff at Brill are waiting for the storm to pass.' }),
  ];
  const split = statements.findIndex((s) => s.claim.text.startsWith('was waiting'));
  const others = [statements.findIndex((s) => s.id === 'b#0'), statements.findIndex((s) => s.id === 'c#0')];
  // The split-off claim is the closest to both others; they are far from each other.
  const score = (i: number, j: number) => (i === split || j === split ? 0.9 : 0.3);

  it('is the closest member that has a subject, not a verb phrase split off without it', () => {
    expect(split).toBeGreaterThanOrEqual(0);
    const [cluster] = describeClusters([[split, ...others]], statements, score, 2, new Set());
    expect(cluster!.representative.statementId).toBe('b#0');
  });
});
