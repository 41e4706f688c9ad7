import { describe, expect, it } from 'vitest';
import {
  analyze,
  compare,
  DEFAULT_CLUSTERING,
  DEFAULT_SIMILARITY,
  extractStatements,
  IdfTable,
  normalize,
  readArticles,
  segment,
  type AnalyzeOptions,
  type CompareOptions,
  type CrosscheckErrorCode,
  type ExtractOptions,
} from '../../src/index.js';
import { OPTION_NAMES } from '../../src/optionNames.js';
import { article, thrown } from './thrown.js';

const ARTICLES = [article('a', 'Storm closes bridge on Monday.'), article('b', 'Storm closes bridge on Tuesday.')];
const analyzeWith = (options: unknown) => () => analyze(ARTICLES, options as AnalyzeOptions);
const extractWith = (options: unknown) => () => extractStatements(ARTICLES[0]!, options as ExtractOptions);
const compareWith = (options: unknown) => () => compare('The bridge closed.', 'The bridge shut.', options as CompareOptions);

/** A misspelled key, at every level, and the message: the key's path and the name meant. */
const UNKNOWN: Array<[string, () => unknown, string, string]> = [
  ['analyze: a misspelled option', analyzeWith({ clusterng: { threshold: 0.3 } }), 'options.clusterng', 'did you mean "clustering"?'],
  ['analyze: an option in the wrong case', analyzeWith({ minscore: 0.5 }), 'options.minscore', 'did you mean "minScore"?'],
  ['analyze: a limit misspelled', analyzeWith({ maxArticle: 10 }), 'options.maxArticle', 'did you mean "maxArticles"?'],
  ['analyze: an option of compare only', analyzeWith({ idf: IdfTable.fromDocuments([]) }), 'options.idf', 'known: aliases, lexicon'],
  ['analyze: nothing like an option', analyzeWith({ frobnicate: true }), 'options.frobnicate', 'known: aliases, lexicon'],
  ['analyze: clustering', analyzeWith({ clustering: { treshold: 0.3 } }), 'options.clustering.treshold', 'did you mean "threshold"?'],
  ['analyze: clustering weights', analyzeWith({ clustering: { weights: { lexicl: 1 } } }), 'options.clustering.weights.lexicl', 'is not a weight; did you mean "lexical"?'],
  ['analyze: similarity', analyzeWith({ similarity: { sameClam: 0.5 } }), 'options.similarity.sameClam', 'did you mean "sameClaim"?'],
  ['analyze: similarity weights', analyzeWith({ similarity: { weights: { biass: 0 } } }), 'options.similarity.weights.biass', 'did you mean "bias"?'],
  ['analyze: lexicon', analyzeWith({ lexicon: { hedge: ['purportedly'] } }), 'options.lexicon.hedge', 'did you mean "hedges"?'],
  ['analyze: an alias given as an object', analyzeWith({ aliases: { Castra: { id: 'Valmora', knd: 'city' } } }), 'options.aliases.Castra.knd', 'is not a field of an alias; did you mean "kind"?'],
  ['analyze: workers in the singular', analyzeWith({ worker: 2 }), 'options.worker', 'did you mean "workers"?'],
  ['analyze: a key that is not an identifier', analyzeWith({ 'min score': 0.5 }), 'options["min score"]', 'did you mean "minScore"?'],
  ['extractStatements: an option of analyze only', extractWith({ clustering: {} }), 'options.clustering', 'known: aliases, lexicon, extractors, published, maxArticleBytes'],
  ['extractStatements: a misspelled option', extractWith({ publshed: '2023-11-08' }), 'options.publshed', 'did you mean "published"?'],
  ['extractStatements: lexicon', extractWith({ lexicon: { reportingVerb: ['tweet'] } }), 'options.lexicon.reportingVerb', 'did you mean "reportingVerbs"?'],
  ['compare: an option of analyze only', compareWith({ minScore: 0.5 }), 'options.minScore', 'known: aliases'],
  ['compare: a misspelled option', compareWith({ similarty: { sameClaim: 0.4 } }), 'options.similarty', 'did you mean "similarity"?'],
  ['compare: similarity weights', compareWith({ similarity: { weights: { lexicall: 1 } } }), 'options.similarity.weights.lexicall', 'did you mean "lexical"?'],
  ['readArticles: a misspelled limit', () => readArticles(ARTICLES, { maxArticleByte: 10 } as never), 'options.maxArticleByte', 'did you mean "maxArticleBytes"?'],
];

describe('an unknown option key is an UNKNOWN_OPTION error naming it and the nearest name', () => {
  it.each(UNKNOWN)('%s', (_, run, field, hint) => {
    const error = thrown(run);
    expect(error.code).toBe('UNKNOWN_OPTION');
    expect(error.field).toBe(field);
    expect(error.message.startsWith(`${field} is not `)).toBe(true);
    expect(error.message).toContain(hint);
  });
});

/** An option of the wrong type or out of range: its code and the path the error names. */
const BAD_VALUES: Array<[string, () => unknown, CrosscheckErrorCode, string]> = [
  ['analyze: options that are a list', analyzeWith([]), 'INVALID_OPTION', 'options'],
  ['analyze: onInvalid that is neither throw nor skip', analyzeWith({ onInvalid: 'ignore' }), 'INVALID_OPTION', 'options.onInvalid'],
  ['analyze: maxArticles of 0', analyzeWith({ maxArticles: 0 }), 'OPTION_OUT_OF_RANGE', 'options.maxArticles'],
  ['analyze: maxArticles that is not whole', analyzeWith({ maxArticles: 2.5 }), 'OPTION_OUT_OF_RANGE', 'options.maxArticles'],
  ['analyze: maxArticles as a string', analyzeWith({ maxArticles: '10' }), 'INVALID_OPTION', 'options.maxArticles'],
  ['analyze: maxArticleBytes below 1', analyzeWith({ maxArticleBytes: -1 }), 'OPTION_OUT_OF_RANGE', 'options.maxArticleBytes'],
  ['analyze: maxArticleBytes NaN', analyzeWith({ maxArticleBytes: Number.NaN }), 'OPTION_OUT_OF_RANGE', 'options.maxArticleBytes'],
  ['analyze: clustering that is not an object', analyzeWith({ clustering: 'tight' }), 'INVALID_OPTION', 'options.clustering'],
  ['analyze: clustering threshold above 1', analyzeWith({ clustering: { threshold: 1.5 } }), 'OPTION_OUT_OF_RANGE', 'options.clustering.threshold'],
  ['analyze: clustering minArticles 0', analyzeWith({ clustering: { minArticles: 0 } }), 'OPTION_OUT_OF_RANGE', 'options.clustering.minArticles'],
  ['analyze: clustering minArticles not whole', analyzeWith({ clustering: { minArticles: 1.5 } }), 'OPTION_OUT_OF_RANGE', 'options.clustering.minArticles'],
  ['analyze: clustering maxPosting as a string', analyzeWith({ clustering: { maxPosting: '100' } }), 'INVALID_OPTION', 'options.clustering.maxPosting'],
  ['analyze: clustering weight infinite', analyzeWith({ clustering: { weights: { soft: Number.POSITIVE_INFINITY } } }), 'OPTION_OUT_OF_RANGE', 'options.clustering.weights.soft'],
  ['analyze: clustering weights that are a list', analyzeWith({ clustering: { weights: [1, 2] } }), 'INVALID_OPTION', 'options.clustering.weights'],
  ['analyze: similarity that is a list', analyzeWith({ similarity: [] }), 'INVALID_OPTION', 'options.similarity'],
  ['analyze: lexicon that is a string', analyzeWith({ lexicon: 'words' }), 'INVALID_OPTION', 'options.lexicon'],
  ['analyze: hedges as one string', analyzeWith({ lexicon: { hedges: 'purportedly' } }), 'INVALID_OPTION', 'options.lexicon.hedges'],
  ['analyze: reporting verbs as one string', analyzeWith({ lexicon: { reportingVerbs: 'tweet' } }), 'INVALID_OPTION', 'options.lexicon.reportingVerbs'],
  ['analyze: a reporting verb that is not a word', analyzeWith({ lexicon: { reportingVerbs: ['re-tweet!'] } }), 'INVALID_OPTION', 'options.lexicon.reportingVerbs'],
  ['analyze: an alias to a number', analyzeWith({ aliases: { Castra: 42 } }), 'INVALID_OPTION', 'options.aliases.Castra'],
  ['analyze: an alias to a blank id', analyzeWith({ aliases: { Castra: ' ' } }), 'INVALID_OPTION', 'options.aliases.Castra'],
  ['analyze: an alias without an id', analyzeWith({ aliases: { Castra: { kind: 'city' } } }), 'INVALID_OPTION', 'options.aliases.Castra'],
  ['analyze: an alias of an unknown kind', analyzeWith({ aliases: { Castra: { id: 'Valmora', kind: 'planet' } } }), 'INVALID_OPTION', 'options.aliases.Castra.kind'],
  ['analyze: an alias with a numeric country', analyzeWith({ aliases: { Castra: { id: 'Castra', country: 1 } } }), 'INVALID_OPTION', 'options.aliases.Castra.country'],
  ['analyze: an alias name without a word', analyzeWith({ aliases: { '': 'Valmora' } }), 'INVALID_OPTION', 'options.aliases[""]'],
  ['analyze: an alias name of punctuation', analyzeWith({ aliases: { '!!': 'Valmora' } }), 'INVALID_OPTION', 'options.aliases["!!"]'],
  ['analyze: kinds as one string', analyzeWith({ kinds: 'number' }), 'INVALID_OPTION', 'options.kinds'],
  ['analyze: onProgress that is not a function', analyzeWith({ onProgress: true }), 'INVALID_OPTION', 'options.onProgress'],
  ['analyze: a published date that does not parse', analyzeWith({ published: 'someday' }), 'INVALID_DATE', 'options.published'],
  ['analyze: workers that is neither a number nor "auto"', analyzeWith({ workers: 'all' }), 'INVALID_OPTION', 'options.workers'],
  ['analyze: workers as a string of digits', analyzeWith({ workers: '2' }), 'INVALID_OPTION', 'options.workers'],
  ['analyze: workers null', analyzeWith({ workers: null }), 'INVALID_OPTION', 'options.workers'],
  ['analyze: workers below 0', analyzeWith({ workers: -1 }), 'OPTION_OUT_OF_RANGE', 'options.workers'],
  ['analyze: workers that is not whole', analyzeWith({ workers: 1.5 }), 'OPTION_OUT_OF_RANGE', 'options.workers'],
  ['analyze: workers over 64', analyzeWith({ workers: 65 }), 'OPTION_OUT_OF_RANGE', 'options.workers'],
  ['analyze: workers infinite', analyzeWith({ workers: Number.POSITIVE_INFINITY }), 'OPTION_OUT_OF_RANGE', 'options.workers'],
  ['extractStatements: options that are null', extractWith(null), 'INVALID_OPTION', 'options'],
  ['extractStatements: a published date that does not parse', extractWith({ published: 'soon' }), 'INVALID_DATE', 'options.published'],
  ['extractStatements: maxArticleBytes of 0', extractWith({ maxArticleBytes: 0 }), 'OPTION_OUT_OF_RANGE', 'options.maxArticleBytes'],
  ['compare: options that are a string', compareWith('fast'), 'INVALID_OPTION', 'options'],
  ['compare: an idf that is not an IdfTable', compareWith({ idf: { talks: 2 } }), 'INVALID_OPTION', 'options.idf'],
  ['compare: sameClaim below 0', compareWith({ similarity: { sameClaim: -0.5 } }), 'OPTION_OUT_OF_RANGE', 'options.similarity.sameClaim'],
  ['compare: a published date that is a number', compareWith({ published: 2023 }), 'INVALID_DATE', 'options.published'],
  ['compare: a first argument that is a number', () => compare(42 as never, 'The bridge shut.'), 'INVALID_ARGUMENT', 'a'],
  ['compare: a second argument that is null', () => compare('The bridge closed.', null as never), 'INVALID_ARGUMENT', 'b'],
  ['segment: text that is a number', () => segment(42 as never), 'INVALID_ARGUMENT', 'text'],
  ['normalize: text that is undefined', () => normalize(undefined as never), 'INVALID_ARGUMENT', 'text'],
];

describe('an option of the wrong type or out of range is an error naming it', () => {
  it.each(BAD_VALUES)('%s', (_, run, code, field) => {
    const error = thrown(run);
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    expect(error.message).toContain(field === 'a' || field === 'b' ? `argument "${field}"` : field);
  });
});

describe('every documented option is still accepted', () => {
  it.each(OPTION_NAMES.analyze.map((name) => [name]))('analyze: %s (left undefined)', (name) => {
    expect(() => analyze(ARTICLES, { [name]: undefined })).not.toThrow();
  });

  it.each(OPTION_NAMES.extract.map((name) => [name]))('extractStatements: %s (left undefined)', (name) => {
    expect(() => extractStatements(ARTICLES[0]!, { [name]: undefined })).not.toThrow();
  });

  it.each(OPTION_NAMES.compare.map((name) => [name]))('compare: %s (left undefined)', (name) => {
    expect(() => compare('The bridge closed.', 'The bridge shut.', { [name]: undefined })).not.toThrow();
  });

  it('analyze: all of them at once, with values', () => {
    const options: Required<AnalyzeOptions> = {
      aliases: { Castra: { id: 'Valmora', kind: 'city', country: 'Valmora' }, Valmoran: 'Valmora' },
      lexicon: { reportingVerbs: { affirm: 'reported' }, hedges: ['purportedly'] },
      extractors: (defaults) => defaults,
      published: new Date(Date.UTC(2023, 10, 8)),
      maxArticleBytes: Number.POSITIVE_INFINITY,
      similarity: { ...DEFAULT_SIMILARITY, weights: { ...DEFAULT_SIMILARITY.weights } },
      clustering: { ...DEFAULT_CLUSTERING, weights: { ...DEFAULT_CLUSTERING.weights } },
      detectors: (defaults) => defaults,
      kinds: ['time'],
      minScore: 0,
      onProgress: () => undefined,
      onInvalid: 'throw',
      maxArticles: 2,
      workers: 2,
    };
    expect(analyze(ARTICLES, options).divergences.map((d) => d.kind)).toEqual(['time']);
  });

  it('compare: all of them at once, with values', () => {
    const options: Required<CompareOptions> = {
      aliases: { Castra: 'Valmora' },
      lexicon: { reportingVerbs: ['tweet'], hedges: [] },
      extractors: (defaults) => defaults,
      published: '2023-11-08',
      maxArticleBytes: 1000,
      idf: IdfTable.fromDocuments([['bridge'], ['storm']]),
      similarity: { sameClaim: 0.4, weights: { bias: -3 } },
      detectors: (defaults) => defaults,
    };
    expect(compare('The bridge closed on Monday.', 'The bridge closed on Tuesday.', options).divergences.map((d) => d.kind)).toContain('time');
  });
});
