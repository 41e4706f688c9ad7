import { describe, expect, it } from 'vitest';
import { IdfTable } from '../../src/cluster/idf.js';
import { buildProfile, indexTerms, weighProfile } from '../../src/cluster/profile.js';
import { similaritySignals } from '../../src/cluster/similarity.js';
import { ACTION, NAME, NUMBER, weighedTerms } from '../../src/cluster/weighedTerms.js';
import { extractStatements } from '../../src/index.js';

const statement = (text: string, id: string) => extractStatements({ id, outlet: id, text })[0]!;

describe('weighedTerms', () => {
  const first = statement('Moscow proposed a ceasefire for 1 March, officials said.', 'a');
  const second = statement('The Kremlin offered an unconditional truce starting March 1.', 'b');
  const idf = IdfTable.fromDocuments([first, second].map(indexTerms));

  it('reads each term with its weight and role, in the vector order', () => {
    const profile = weighProfile(buildProfile(first), idf);
    const terms = weighedTerms(profile);
    expect(terms.terms).toEqual([...profile.vector!.keys()]);
    expect(terms.terms.map((_, i) => terms.weight(i))).toEqual([...profile.vector!.values()]);
    const role = (term: string) => terms.role(terms.terms.indexOf(term));
    expect(role('@russia')).toBe(NAME);
    expect(role('#1')).toBe(NUMBER);
    expect(role('ceasefir')).toBe(ACTION);
    expect(terms.numbers).toEqual(['#1']);
  });

  it('is read again when the profile is weighed again', () => {
    const profile = weighProfile(buildProfile(first), idf);
    const other = weighProfile(buildProfile(second), idf);
    const before = similaritySignals(profile, other);
    const kept = weighedTerms(profile);
    // Weighed with the statements' own IDF, then with one where every term is equally rare.
    weighProfile(profile, IdfTable.fromDocuments([]));
    weighProfile(other, IdfTable.fromDocuments([]));
    expect(weighedTerms(profile)).not.toBe(kept);
    expect(similaritySignals(profile, other)).toEqual(similaritySignals(weighProfile(buildProfile(first), IdfTable.fromDocuments([])), weighProfile(buildProfile(second), IdfTable.fromDocuments([]))));
    weighProfile(profile, idf);
    weighProfile(other, idf);
    expect(similaritySignals(profile, other)).toEqual(before);
  });
});
