import { describe, expect, it } from 'vitest';
import { findDivergences } from '../../src/compare/findDivergences.js';
import { sameContent } from '../../src/compare/sameContent.js';
import { analyze, extractStatements, type Detector, type Statement } from '../../src/index.js';

const WIRE = 'The port authority said 40 ships were waiting to unload on Tuesday.';

/** A deep copy of a statement, 5 added to the offsets `moves` picks (by key and depth). */
function shifted(statement: Statement, moves: (key: string, depth: number) => boolean): Statement {
  const copy = (value: unknown, depth: number): unknown => {
    if (Array.isArray(value)) return value.map((v) => copy(v, depth + 1));
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'number' && moves(k, depth) ? v + 5 : copy(v, depth + 1)]));
  };
  return copy(statement, 0) as Statement;
}

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

  it('answers as a plain deep comparison of the fields does', () => {
    // The plain way: every field but where the statement stands, offsets from the start, the source of own-voice claims aside.
    const plain = (a: Statement, b: Statement): boolean => {
      const content = (s: Statement, ownVoice: boolean) => {
        const { id: _i, articleId: _a, outlet: _o, segment: _s, ...rest } = s;
        const attribution = ownVoice ? { ...s.attribution, source: '' } : s.attribution;
        return JSON.stringify({ ...rest, attribution }, (key, value) => ((key === 'start' || key === 'end') && typeof value === 'number' ? value - s.start : value));
      };
      const ownVoice = a.attribution.kind === 'outlet' && b.attribution.kind === 'outlet';
      return a.text === b.text && content(a, ownVoice) === content(b, ownVoice);
    };
    const { source: _source, ...sourceless } = own!.attribution;
    const variants: Statement[] = [
      first!,
      reprint!,
      later!,
      own!,
      ownReprint!,
      { ...own!, attribution: sourceless as Statement['attribution'] },
      { ...reprint!, entities: reprint!.entities.map((e, k) => (k === 0 ? { ...e, start: e.start + 1 } : e)) },
      { ...reprint!, quantities: [] },
      // A field more, in the statement or in one of its facts: either way round, not the same.
      { ...reprint!, note: 'x' } as Statement,
      { ...reprint!, claim: { ...reprint!.claim, note: 'x' } as Statement['claim'] },
      // Printed 5 characters further on: every offset moves, or only the statement's own.
      shifted(first!, (key) => key === 'start' || key === 'end'),
      shifted(first!, (key, depth) => depth === 0 && (key === 'start' || key === 'end')),
    ];
    let same = 0;
    for (const a of variants) {
      for (const b of variants) {
        expect(sameContent(a, b)).toBe(plain(a, b));
        if (a !== b && sameContent(a, b)) same++;
      }
    }
    expect(same).toBeGreaterThan(4);
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
