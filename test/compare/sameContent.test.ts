import { describe, expect, it } from 'vitest';
import { findDivergences } from '../../src/compare/findDivergences.js';
import { sameContent } from '../../src/compare/sameContent.js';
import { analyze, extractStatements, type Detector } from '../../src/index.js';

const WIRE = 'The port authority said 40 ships were waiting to unload on Tuesday.';

describe('sameContent', () => {
  const [first] = extractStatements({ id: 'a', outlet: 'Daily', text: WIRE, published: '2022-05-04' });
  const reprint = extractStatements({ id: 'b', outlet: 'Herald', text: `Traffic was light.\n\n${WIRE}`, published: '2022-05-04' }).find((s) => s.text.includes('ships'));
  const [later] = extractStatements({ id: 'c', outlet: 'Courier', text: WIRE, published: '2022-05-11' });
  const [own] = extractStatements({ id: 'd', outlet: 'Daily', text: 'Forty ships were waiting to unload.', published: '2022-05-04' });
  const [ownReprint] = extractStatements({ id: 'e', outlet: 'Herald', text: 'Forty ships were waiting to unload.', published: '2022-05-04' });

  it('holds for one sentence printed by two outlets, wherever it stands', () => {
    expect(reprint!.start).toBeGreaterThan(first!.start);
    expect(sameContent(first!, reprint!)).toBe(true);
    // In each outlet's own voice, the outlet's name as source does not count.
    expect(sameContent(own!, ownReprint!)).toBe(true);
  });

  it('fails when the words are the same but a fact read from them is not', () => {
    // Published a week apart: "Tuesday" is another day.
    expect(sameContent(first!, later!)).toBe(false);
    expect(sameContent(first!, { ...reprint!, certainty: 'hedged' })).toBe(false);
    expect(sameContent(first!, { ...reprint!, attribution: { kind: 'person', source: 'The harbour master' } })).toBe(false);
    expect(sameContent(first!, own!)).toBe(false);
  });

  it('spares the detectors such pairs: a detector flagging every pair is not asked about them', () => {
    const report = analyze([
      { id: 'a', outlet: 'Daily', text: WIRE, published: '2022-05-04' },
      { id: 'b', outlet: 'Herald', text: `Traffic was light.\n\n${WIRE}`, published: '2022-05-04' },
    ]);
    expect(report.clusters).toHaveLength(1);
    const asked: string[][] = [];
    const everything: Detector = {
      kind: 'test',
      name: 'every-pair',
      compare(a, b) {
        asked.push([a.id, b.id]);
        return { spans: [[], []], values: [a.text, b.text], score: 1, explanation: 'Always.' };
      },
    };
    const run = (statements: typeof report.statements) =>
      findDivergences(statements, report.clusters, { detectors: [everything], aliases: undefined as never, similarity: () => 1, overlap: () => 1 });
    expect(run(report.statements)).toEqual([]);
    expect(asked).toEqual([]);
    // The same two statements, one read as hedged: compared.
    const hedged = report.statements.map((s) => (s.articleId === 'b' ? { ...s, certainty: 'hedged' as const } : s));
    expect(run(hedged)).toHaveLength(1);
  });
});
