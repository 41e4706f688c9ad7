import { describe, expect, it } from 'vitest';
import { statementIdf } from '../../src/cluster/cluster.js';
import { DistinctProfiles } from '../../src/cluster/distinctProfiles.js';
import { buildProfile } from '../../src/cluster/profile.js';
import { profileKey } from '../../src/cluster/profileKey.js';
import { extractStatements, type Statement } from '../../src/index.js';

/** Two outlets reprinting one wire sentence, and a third telling it in its own words. */
const STATEMENTS: Statement[] = [
  ...extractStatements({ id: 'a', outlet: 'A', text: 'The Varn river burst its banks in Tarvik on Monday. Rescue boats reached the old quarter.' }),
  ...extractStatements({ id: 'b', outlet: 'B', text: 'The Varn river burst its banks in Tarvik on Monday. Schools stayed closed.' }),
  ...extractStatements({ id: 'c', outlet: 'C', text: 'Floodwater from the Varn swamped Tarvik. Rescue boats reached the old quarter.' }),
];

describe('DistinctProfiles', () => {
  it('gives the keys in batch order, one profile a key and the IDF of every statement, whatever order the batches come in', () => {
    const batches = [STATEMENTS.slice(0, 2), STATEMENTS.slice(2, 4), STATEMENTS.slice(4)];
    const profiles = new DistinctProfiles();
    for (const batch of [2, 0, 1]) profiles.add(batch, batches[batch]!);
    expect(profiles.size).toBe(STATEMENTS.length);
    const keys = STATEMENTS.map(profileKey);
    expect(profiles.keys()).toEqual(keys);
    // The reprinted sentence has one key for two statements.
    expect(new Set(keys).size).toBe(keys.length - 2);
    for (const [i, statement] of STATEMENTS.entries()) expect(profiles.get(keys[i]!)?.terms).toEqual(buildProfile(statement).terms);
    const expected = statementIdf(STATEMENTS);
    const idf = profiles.idf();
    expect(idf.size).toBe(expected.size);
    for (const term of ['varn', 'tarvik', 'rescu', 'school']) expect(idf.weight(term)).toBe(expected.weight(term));
    expect(idf.weight('varn')).toBeLessThan(idf.weight('school'));
  });

  it('lets go of everything when cleared', () => {
    const profiles = new DistinctProfiles();
    profiles.add(0, STATEMENTS);
    profiles.clear();
    expect(profiles.size).toBe(0);
    expect(profiles.keys()).toEqual([]);
    expect(profiles.get(profileKey(STATEMENTS[0]!))).toBeUndefined();
    profiles.add(0, STATEMENTS.slice(0, 1));
    expect(profiles.keys()).toEqual([profileKey(STATEMENTS[0]!)]);
  });

  it('refuses a batch added twice', () => {
    const profiles = new DistinctProfiles();
    profiles.add(0, STATEMENTS.slice(0, 1));
    expect(() => profiles.add(0, STATEMENTS.slice(1, 2))).toThrow(/batch 0 was added already/);
  });
});
