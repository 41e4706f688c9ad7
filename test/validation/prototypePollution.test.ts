import { afterEach, describe, expect, it } from 'vitest';
import { analyze, compare, extractStatements, readArticles, type AnalyzeOptions, type ExtractOptions } from '../../src/index.js';
import { thrown } from './thrown.js';

/**
 * Options built with `JSON.parse`, so `__proto__` is a real own key (an object literal would set
 * the prototype instead), as it is in options read from a config file or a request body.
 */
const parsed = (json: string): ExtractOptions & AnalyzeOptions => JSON.parse(json) as ExtractOptions & AnalyzeOptions;

const OBJECT_PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

afterEach(() => {
  // Whatever a row did, no object gained a property through its prototype.
  const plain: Record<string, unknown> = {};
  expect(plain.polluted).toBeUndefined();
  expect(plain.kind).toBeUndefined();
  expect(plain.id).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_NAMES);
  expect(typeof plain.toString).toBe('function');
  expect(typeof plain.constructor).toBe('function');
  expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
});

const TEXT = 'Officials said the talks resumed.';
const read = (options: ExtractOptions) => extractStatements({ id: 'a', text: TEXT }, options);

/** Options whose special key is rejected: loudly, with the key named, never read as something else. */
const REJECTED: Array<[string, string, string, string]> = [
  ['an alias named __proto__', '{"aliases": {"__proto__": "Valmora"}}', 'INVALID_OPTION', 'options.aliases["__proto__"]'],
  ['an alias named __proto__ defined as an object', '{"aliases": {"__proto__": {"id": "Valmora", "polluted": true}}}', 'INVALID_OPTION', 'options.aliases["__proto__"]'],
  ['an alias definition holding __proto__', '{"aliases": {"Castra": {"id": "Valmora", "__proto__": {"kind": "country", "polluted": true}}}}', 'UNKNOWN_OPTION', 'options.aliases.Castra["__proto__"]'],
  ['an alias definition holding constructor', '{"aliases": {"Castra": {"id": "Valmora", "constructor": {"prototype": {"polluted": true}}}}}', 'UNKNOWN_OPTION', 'options.aliases.Castra.constructor'],
  ['a reporting verb named __proto__', '{"lexicon": {"reportingVerbs": {"__proto__": "hedged"}}}', 'INVALID_OPTION', 'options.lexicon.reportingVerbs'],
  ['a reporting verb list holding __proto__', '{"lexicon": {"reportingVerbs": ["__proto__"]}}', 'INVALID_OPTION', 'options.lexicon.reportingVerbs'],
  ['a lexicon holding __proto__', '{"lexicon": {"__proto__": {"hedges": ["said"], "polluted": true}}}', 'UNKNOWN_OPTION', 'options.lexicon["__proto__"]'],
  ['a lexicon holding constructor', '{"lexicon": {"constructor": {"prototype": {"polluted": true}}}}', 'UNKNOWN_OPTION', 'options.lexicon.constructor'],
  ['options holding __proto__', '{"__proto__": {"published": "2020-01-01", "polluted": true}}', 'UNKNOWN_OPTION', 'options["__proto__"]'],
  ['options holding constructor', '{"constructor": {"prototype": {"polluted": true}}}', 'UNKNOWN_OPTION', 'options.constructor'],
  ['options holding prototype', '{"prototype": {"polluted": true}}', 'UNKNOWN_OPTION', 'options.prototype'],
  ['options holding toString', '{"toString": "polluted"}', 'UNKNOWN_OPTION', 'options.toString'],
];

describe('__proto__, constructor, prototype and toString keys are rejected where they are not names', () => {
  it.each(REJECTED)('%s (extractStatements)', (_, json, code, field) => {
    const error = thrown(() => read(parsed(json)));
    expect([error.code, error.field]).toEqual([code, field]);
    expect(error.message).toContain(field);
  });

  it.each(REJECTED)('%s (analyze)', (_, json, code, field) => {
    expect(thrown(() => analyze([{ id: 'a', text: TEXT }], parsed(json)))).toMatchObject({ code, field });
  });

  it.each([
    ['similarity holding __proto__', '{"similarity": {"__proto__": {"sameClaim": 0, "polluted": true}}}', 'options.similarity["__proto__"]'],
    ['similarity weights holding __proto__', '{"similarity": {"weights": {"__proto__": {"bias": 100}}}}', 'options.similarity.weights["__proto__"]'],
    ['clustering holding toString', '{"clustering": {"toString": 1}}', 'options.clustering.toString'],
    ['clustering weights holding constructor', '{"clustering": {"weights": {"constructor": 1}}}', 'options.clustering.weights.constructor'],
  ])('%s', (_, json, field) => {
    expect(thrown(() => analyze([{ id: 'a', text: TEXT }], parsed(json)))).toMatchObject({ code: 'UNKNOWN_OPTION', field });
    const { similarity } = parsed(json);
    if (similarity) expect(thrown(() => compare('a', 'b', { similarity }))).toMatchObject({ code: 'UNKNOWN_OPTION', field });
  });
});

describe('constructor, prototype and toString are read as the words they are', () => {
  it.each(['constructor', 'prototype', 'toString'])('an alias named %s applies to that name, and the other aliases still apply', (name) => {
    const aliases = parsed(`{"aliases": {"${name}": {"id": "Valmora", "kind": "country"}, "Castra": {"id": "Aldania", "kind": "country"}}}`).aliases!;
    const capitalized = name[0]!.toUpperCase() + name.slice(1);
    const [named] = extractStatements({ id: 'a', text: `${capitalized} officials said the talks resumed.` }, { aliases });
    expect(named!.attribution).toMatchObject({ kind: 'officials', id: 'Valmora' });
    const [other] = extractStatements({ id: 'a', text: 'Castra officials said the talks resumed.' }, { aliases });
    expect(other!.attribution).toMatchObject({ kind: 'officials', id: 'Aldania' });
  });

  it('reporting verbs named constructor, prototype and toString take their certainty; the others keep theirs', () => {
    const options = parsed('{"lexicon": {"reportingVerbs": {"constructor": "hedged", "prototype": "denied", "toString": "hedged", "affirm": "reported"}}}');
    expect(extractStatements({ id: 'a', text: 'Officials prototyped that the talks resumed.' }, options)[0]).toMatchObject({ certainty: 'denied', attribution: { verb: 'prototype' } });
    expect(extractStatements({ id: 'a', text: 'Officials affirmed that the talks resumed.' }, options)[0]).toMatchObject({ certainty: 'reported', attribution: { verb: 'affirm' } });
    expect(extractStatements({ id: 'a', text: TEXT }, options)[0]).toMatchObject({ certainty: 'reported', attribution: { verb: 'say' } });
  });

  it('hedges named __proto__, constructor, prototype and toString hedge only a claim holding them', () => {
    const options = parsed('{"lexicon": {"hedges": ["__proto__", "constructor", "prototype", "toString"]}}');
    expect(extractStatements({ id: 'a', text: 'Officials said the prototype flew.' }, options)[0]).toMatchObject({ certainty: 'hedged', certaintyCue: { text: 'prototype' } });
    expect(extractStatements({ id: 'a', text: 'Officials said the plane flew.' }, options)[0]!.certainty).toBe('reported');
  });

  it('an article holding __proto__ keeps its own fields and takes none from it', () => {
    const [article] = readArticles([JSON.parse('{"id": "a", "text": "Talks resumed.", "__proto__": {"published": "2020-01-01", "outlet": "Forged"}}')]);
    expect(article).toEqual({ id: 'a', text: 'Talks resumed.', outlet: 'a' });
  });
});
