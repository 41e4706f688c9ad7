import { describe, expect, it } from 'vitest';
import { DENIAL_PHRASES } from '../../src/lexicon/denials.js';
import { HEDGE_PHRASES, QUESTION_PHRASES, UNCONFIRMED_PHRASES } from '../../src/lexicon/hedges.js';
import { MODAL_CUES } from '../../src/lexicon/modality.js';
import { REPORTING_PHRASES } from '../../src/lexicon/reportingVerbs.js';
import { matchPhrase, mayMatchPhrase, phrasePattern, phraseWordSets, textWords } from '../../src/text/phrasePattern.js';

const WORD_SETS: Array<[string, string[][]]> = [
  ['according to', [['according', 'to']]],
  ['(?:is|was) said to', [['is', 'said', 'to'], ['was', 'said', 'to']]],
  ["need(?:s|ed)? to|can't", [['needs', 'to'], ['needed', 'to'], ['need', 'to'], ['can', 't']]],
  ['urge[sd]?', [['urges'], ['urged'], ['urge']]],
  ['rumou?red', [['rumoured'], ['rumored']]],
];

/** Sources whose matches cannot be listed: they get no word sets and always run. */
const UNLISTED = ['\\d+ percent', 'a*', 'a+b', 'x{2}', '(?=a)b', '[^a]b', '[a-z]', 'a.b', '^a', 'a$', '\\bword', 'ça va', '(a', ' ?'];

describe('phraseWordSets', () => {
  it.each(WORD_SETS)('%s', (source, sets) => {
    expect(phraseWordSets(source)).toEqual(sets);
  });

  it.each(UNLISTED)('%s has none', (source) => {
    expect(phraseWordSets(source)).toBeUndefined();
  });
});

describe('matchPhrase', () => {
  const sources: Array<[string, string]> = [
    ...REPORTING_PHRASES.map(([source]): [string, string] => [source, 'giu']),
    ...MODAL_CUES.map(([source]): [string, string] => [source, 'iu']),
    ...[HEDGE_PHRASES, UNCONFIRMED_PHRASES, QUESTION_PHRASES, DENIAL_PHRASES].map((list): [string, string] => [list.join('|'), 'iu']),
  ];
  const phrases = sources.flatMap(([source, flags]) => [phrasePattern(source, flags, 'letter'), phrasePattern(source, flags, 'letterOrApostrophe')]);

  it('finds what the pattern finds, in any slice of any text', () => {
    const vocabulary = [...new Set(phrases.flatMap((p) => (p.wordSets ?? []).flat()))];
    vocabulary.push('Moscow', 'talks', 'x', '\u017f', '\u212Aan', 'Ünclear', '2', 'IS', 'Said');
    const joints = [' ', ' ', ' ', "'", '\u2019', '-', ', ', '', '. ', '\u00e9'];
    let seed = 7;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    let matched = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      for (let i = random(12); i > 0; i--) {
        const word = vocabulary[random(vocabulary.length)]!;
        text += (random(4) === 0 ? word.toUpperCase() : word) + joints[random(joints.length)];
      }
      const start = random(3) === 0 ? random(text.length + 1) : 0;
      const end = random(3) === 0 ? start + random(text.length - start + 1) : text.length;
      for (const phrase of phrases) {
        const expected = new RegExp(phrase.pattern.source, phrase.pattern.flags.replace('g', '')).exec(text.slice(start, end));
        if (expected) matched++;
        if (!phrase.pattern.global) expect(matchPhrase(phrase, text, start, end)?.[0]).toBe(expected?.[0]);
        if (expected) expect(mayMatchPhrase(phrase, text, start, end)).toBe(true);
      }
    }
    // The texts must hold matches for the comparison to mean anything.
    expect(matched).toBeGreaterThan(1000);
  });
});

describe('textWords', () => {
  it('holds the runs of ASCII letters of the lower-case text, read from its tokens', () => {
    const alphabet = ['a', 'B', 'z', 'Q', 'is', 'Said', '0', '7', '.', ',', "'", '\u2019', '-', ' ', '\n', '\u00e9', '\u0130', '\u017f', '\u212A', '\u216B', '\u0663', '\u{1D400}', '\u{1F600}', '\uD800', '"', '\u2014', '\u24B6'];
    let seed = 11;
    const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648) * n);
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let i = random(20); i > 0; i--) text += alphabet[random(alphabet.length)];
      const expected = new Set(text.toLowerCase().replaceAll('\u017f', 's').match(/[a-z]+/g) ?? []);
      expect(textWords(text)).toEqual(expected);
    }
  });
});
