import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../src/cluster/candidates.js';
import { buildProfile, type StatementProfile } from '../../src/cluster/profile.js';
import { extractStatements } from '../../src/index.js';

/**
 * A profile holding only content terms: `candidatePairs` reads nothing else, so the rows can say
 * exactly which statements share which term.
 */
function terms(...words: string[]): StatementProfile {
  return { terms: new Map(words.map((w) => [w, 1])) } as unknown as StatementProfile;
}

/** Options that always use the inverted index (never all pairs). */
const INDEXED = { allPairsBelow: 0, maxPosting: 3 };

/** [what it shows, statements' terms, expected pairs]. */
const INDEXED_ROWS: Array<[string, StatementProfile[], Array<[number, number]>]> = [
  ['two statements sharing a term', [terms('truce', 'oslo'), terms('truce', 'vienna')], [[0, 1]]],
  ['statements sharing nothing', [terms('truce'), terms('flood'), terms('election')], []],
  ['a term one statement holds proposes nothing', [terms('truce', 'oslo'), terms('flood'), terms('vienna')], []],
  ['only the statements that share a term', [terms('truce'), terms('flood'), terms('truce'), terms('flood'), terms('election')], [[0, 2], [1, 3]]],
  ['several shared terms give one pair', [terms('truce', 'oslo', '#3'), terms('truce', 'oslo', '#3')], [[0, 1]]],
  ['a term held by exactly maxPosting statements still proposes', [terms('truce'), terms('truce'), terms('truce'), terms('flood')], [[0, 1], [0, 2], [1, 2]]],
  ['a term held by more than maxPosting statements proposes nothing', [terms('said'), terms('said'), terms('said'), terms('said')], []],
  ['a too-common term proposes nothing, a rare one still does', [terms('said', 'oslo'), terms('said'), terms('said', 'oslo'), terms('said')], [[0, 2]]],
  ['entity ids and numbers are terms like any other', [terms('@russia'), terms('#51000'), terms('@russia', '#51000')], [[0, 2], [1, 2]]],
  ['terms named like Object.prototype members', [terms('constructor'), terms('__proto__'), terms('constructor', '__proto__'), terms('toString')], [[0, 2], [1, 2]]],
];

describe('candidatePairs below allPairsBelow', () => {
  it.each([
    [0, []],
    [1, []],
    [2, [[0, 1]]],
    [4, [[0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3]]],
  ] as Array<[number, Array<[number, number]>]>)('proposes every pair of %i statements, whatever they share', (count, expected) => {
    const profiles = Array.from({ length: count }, (_, i) => terms(`word${i}`));
    expect(candidatePairs(profiles, { allPairsBelow: count + 1, maxPosting: 1 })).toEqual(expected);
  });

  it('switches to the index at exactly allPairsBelow statements', () => {
    const profiles = [terms('truce'), terms('flood'), terms('truce')];
    expect(candidatePairs(profiles, { allPairsBelow: 4, maxPosting: 10 })).toEqual([[0, 1], [0, 2], [1, 2]]);
    expect(candidatePairs(profiles, { allPairsBelow: 3, maxPosting: 10 })).toEqual([[0, 2]]);
  });
});

describe('candidatePairs from the inverted index', () => {
  it.each(INDEXED_ROWS)('%s', (_, profiles, expected) => {
    expect(candidatePairs(profiles, INDEXED)).toEqual(expected);
  });

  it('returns pairs i < j, sorted, each once', () => {
    const vocabulary = ['truce', 'oslo', 'vienna', 'flood', '#3', '@russia', 'talks'];
    const profiles = Array.from({ length: 12 }, (_, i) => terms(vocabulary[i % 7]!, vocabulary[(i * 3) % 7]!, vocabulary[(i * 5 + 1) % 7]!));
    const pairs = candidatePairs(profiles, { allPairsBelow: 0, maxPosting: 6 });
    expect(pairs.length).toBeGreaterThan(0);
    for (const [i, j] of pairs) expect(i).toBeLessThan(j);
    const keys = pairs.map(([i, j]) => `${i},${j}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(pairs).toEqual([...pairs].sort((p, q) => p[0] - q[0] || p[1] - q[1]));
  });

  it('reads statements holding many terms each', () => {
    const words = (tag: string) => Array.from({ length: 30 }, (_, k) => `${tag}${k}`);
    const profiles = [terms(...words('a'), 'truce'), terms(...words('b')), terms(...words('c'), 'truce'), terms(...words('d'), 'b7')];
    expect(candidatePairs(profiles, INDEXED)).toEqual([[0, 2], [1, 3]]);
  });

  it('proposes a subset of all pairs, and every pair it proposes shares a term', () => {
    const profiles = [terms('truce', 'oslo'), terms('oslo'), terms('flood'), terms('truce', 'flood'), terms('vote')];
    const all = candidatePairs(profiles, { allPairsBelow: 100, maxPosting: 3 }).map(String);
    for (const [i, j] of candidatePairs(profiles, INDEXED)) {
      expect(all).toContain(String([i, j]));
      const shared = [...profiles[i]!.terms.keys()].filter((t) => profiles[j]!.terms.has(t));
      expect(shared.length).toBeGreaterThan(0);
    }
  });

  it('pairs real statements through the rare words they share', () => {
    const sentences = [
      'The ministers met in Oslo to discuss the truce.',
      'Heavy rain flooded farmland across the valley.',
      'Talks on the truce were held in Oslo on Friday.',
      'Farmland across the valley was flooded after heavy rain.',
      'The football club signed a goalkeeper.',
    ];
    const profiles = sentences.map((text, i) => buildProfile(extractStatements({ id: `s${i}`, text })[0]!));
    expect(candidatePairs(profiles, { allPairsBelow: 0, maxPosting: 2 })).toEqual([[0, 2], [1, 3]]);
  });
});

describe('candidatePairs within a story', () => {
  // Six statements hold "levee": too many for maxPosting 3 overall; articles 0 and 1 tell one
  // story, articles 2 and 3 another (and article 4 is too short to say).
  const profiles = [terms('levee'), terms('levee'), terms('levee'), terms('levee'), terms('levee'), terms('levee')];
  const articleOf = [0, 1, 2, 3, 4, 4];
  const mates: Record<number, number[] | undefined> = { 0: [1], 1: [0], 2: [3], 3: [2], 4: undefined };
  const stories = { articleOf, neighbours: (article: number) => mates[article] };

  it('proposes the pairs of one story holding a term too common overall', () => {
    expect(candidatePairs(profiles, INDEXED, () => true, stories)).toEqual([[0, 1], [2, 3]]);
  });

  it('proposes nothing for it without stories, or when one story holds it too often', () => {
    expect(candidatePairs(profiles, INDEXED)).toEqual([]);
    // 21 statements of one story hold it: more than STORY_POSTING (20).
    const many = Array.from({ length: 21 }, () => terms('levee'));
    const crowded = { articleOf: many.map(() => 0), neighbours: () => [] };
    expect(candidatePairs(many, INDEXED, () => true, crowded)).toEqual([]);
    expect(candidatePairs(many.slice(0, 20), INDEXED, () => true, crowded)).toHaveLength(190);
  });

  it('reads stories whose statements hold many common terms', () => {
    // 40 terms every statement holds (too common overall); articles 0 and 1 one story, 2 and 3 another.
    const common = Array.from({ length: 40 }, (_, k) => `common${k}`);
    const many = Array.from({ length: 8 }, () => terms(...common));
    const storyOf = { articleOf: [0, 0, 1, 1, 2, 2, 3, 3], neighbours: (a: number) => [a ^ 1] };
    expect(candidatePairs(many, INDEXED, () => true, storyOf)).toEqual([
      [0, 1], [0, 2], [0, 3], [1, 2], [1, 3], [2, 3],
      [4, 5], [4, 6], [4, 7], [5, 6], [5, 7], [6, 7],
    ]);
  });
});
