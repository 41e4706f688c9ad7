import { describe, expect, it } from 'vitest';
import { startsWithCapital } from '../../src/text/letterCase.js';

const WORDS = ['Moscow', 'moscow', 'U.S.', 'al-Assad', '51,000', '', ' Moscow', '\u00c9lys\u00e9e', '\u00e9lys\u00e9e', '\u0130stanbul', '\u{1D400}x', '\u{1D41A}x', '\u01c5ungla', '\u212Aelvin', '\uD835', '"Quote'];

describe('startsWithCapital', () => {
  it.each(WORDS)('answers %j as /^\\p{Lu}/u does', (word) => {
    expect(startsWithCapital(word)).toBe(/^\p{Lu}/u.test(word));
  });
});
