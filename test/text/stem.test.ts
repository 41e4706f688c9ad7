import { describe, expect, it } from 'vitest';
import { stem, stemsOf } from '../../src/text/stem.js';

describe('stemsOf', () => {
  it("gives the stems of a text's words in order, as stem() gives each", () => {
    expect(stemsOf('Talks resumed in Geneva, officials said.')).toEqual(['talk', 'resum', 'in', 'geneva', 'offici', 'said']);
    expect(stemsOf('Proposals')).toEqual([stem('proposals')]);
    expect(stemsOf('')).toEqual([]);
  });
});
