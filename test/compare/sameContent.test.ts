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

describe('findDivergences: a sentence of two claims that several outlets print', () => {
  const TWO_CLAIMS = 'The owners want the mill kept open; the union says it never wanted the mill kept open.';
  const articles = [
    { id: 'a', outlet: 'Daily', text: TWO_CLAIMS, published: '2022-05-04' },
    { id: 'b', outlet: 'Herald', text: TWO_CLAIMS, published: '2022-05-04' },
    { id: 'd', outlet: 'Gazette', text: 'The owners want the mill closed by June.', published: '2022-05-04' },
  ];
  const statements = articles.flatMap((article) => extractStatements(article));
  const cluster = {
    id: 'c-test',
    statementIds: statements.map((s) => s.id),
    articleIds: ['a', 'b', 'd'],
    outlets: ['Daily', 'Gazette', 'Herald'],
    representative: { statementId: statements[0]!.id, text: statements[0]!.text },
    cohesion: 1,
  };
  const asked = (): string[] => {
    const pairs: string[] = [];
    const everything: Detector = {
      kind: 'test',
      name: 'every-pair',
      compare(a, b) {
        pairs.push(`${a.id} ${b.id}`);
        return undefined;
      },
    };
    findDivergences(statements, [cluster], { detectors: [everything], aliases: undefined as never, similarity: () => 1, overlap: () => 1 });
    return pairs;
  };

  it('compares the two claims inside each article that prints both, not across the outlets that all print them', () => {
    expect(statements.map((s) => s.id)).toEqual(['a#0', 'a#1', 'b#0', 'b#1', 'd#0']);
    // Not a#0 / b#1 nor a#1 / b#0: each of a and b prints both claims. An article printing
    // something else (d) is compared with each of them.
    expect(asked()).toEqual(['a#0 a#1', 'a#0 d#0', 'a#1 d#0', 'b#0 b#1', 'b#0 d#0', 'b#1 d#0']);
  });
});
