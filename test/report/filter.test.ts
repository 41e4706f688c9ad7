import { describe, expect, it } from 'vitest';
import { filterDivergences } from '../../src/report/filter.js';
import { storyFixture } from './fixture.js';

describe('filterDivergences', () => {
  const report = storyFixture();

  it.each<[string, Parameters<typeof filterDivergences>[1], string[]]>([
    ['no filter keeps everything', {}, ['d-cert1', 'd-cert2', 'd-quote', 'd-time', 'd-place', 'd-modal']],
    ['an empty kind list keeps everything', { kinds: [] }, ['d-cert1', 'd-cert2', 'd-quote', 'd-time', 'd-place', 'd-modal']],
    ['kinds', { kinds: ['certainty', 'time'] }, ['d-cert1', 'd-cert2', 'd-time']],
    ['a minimum score (inclusive)', { minScore: 0.75 }, ['d-cert1', 'd-quote', 'd-time']],
    ['both', { kinds: ['certainty'], minScore: 0.7 }, ['d-cert1']],
    ['a kind nobody found', { kinds: ['number'] }, []],
  ])('%s', (_, filter, ids) => {
    expect(filterDivergences(report, filter).divergences.map((d) => d.id)).toEqual(ids);
  });

  it('recounts the divergence stats and keeps statements and clusters', () => {
    const filtered = filterDivergences(report, { kinds: ['certainty', 'place'] });
    expect(filtered.stats.divergences).toBe(3);
    expect(filtered.stats.divergencesByKind).toEqual({ certainty: 2, place: 1 });
    expect(filtered.statements).toBe(report.statements);
    expect(filtered.clusters).toBe(report.clusters);
  });

  it('does not change the report it is given', () => {
    const before = JSON.stringify(report);
    filterDivergences(report, { kinds: ['quote'], minScore: 0.9 });
    expect(JSON.stringify(report)).toBe(before);
  });
});
