import { CrosscheckInputError } from '../errors.js';
import { readPublishedOption, resolveLimits } from '../article.js';
import { checkNumberOption } from '../numberOption.js';
import { checkOptionNames, OPTION_NAMES } from '../optionNames.js';
import { exceedsUtf8Bytes } from '../text/utf8Length.js';
import { readWholeStatement } from '../extract/extractStatements.js';
import { resolveExtractOptions, type ExtractionSettings } from '../extract/extractionSettings.js';
import type { Statement } from '../extract/statement.js';
import { IdfTable } from '../cluster/idf.js';
import { buildProfile, indexTerms, weighProfile } from '../cluster/profile.js';
import { similarity, type SimilarityOptions, type SimilaritySignals } from '../cluster/similarity.js';
import { DEFAULT_SIMILARITY, type CompareOptions, type SimilarityOverrides } from '../options.js';
import { resolveDetectors } from './defaultDetectors.js';
import type { Divergence } from './divergence.js';
import { findDivergences } from './findDivergences.js';
import { stanceOf, type Stance } from './stance.js';

/** How two statements relate. */
export interface Comparison {
  /** 0..1: how much the two report the same thing. */
  similarity: number;
  /** `similarity` reaches `options.similarity.sameClaim`. */
  sameClaim: boolean;
  /** The signals the similarity is made of. */
  signals: SimilaritySignals;
  /** The two statements as read (useful when strings were given). */
  statements: [Statement, Statement];
  /** How they disagree, from every detector (`clusterId` is `''`). */
  divergences: Divergence[];
  /** The stance of `b` toward `a`. */
  stance: Stance;
}

/**
 * Compares two statements, given as strings or as `Statement`s from `extractStatements()`.
 * Strings are read as one statement each; `options.published` dates them, so relative times
 * ("last month") can be compared.
 *
 * @example
 * compare('Russia proposed a ceasefire starting March 1.', 'Moscow has offered a truce from March 1.');
 * // { similarity: 0.6, sameClaim: true, ... }
 */
export function compare(a: string | Statement, b: string | Statement, options: CompareOptions = {}): Comparison {
  checkOptionNames(options, OPTION_NAMES.compare, 'options');
  const settings = resolveExtractOptions(options.aliases !== undefined || options.lexicon !== undefined || options.extractors !== undefined ? options : undefined);
  const published = readPublishedOption(options.published);
  const { maxArticleBytes } = resolveLimits(options);
  if (options.idf !== undefined && !isIdfTable(options.idf)) {
    throw new CrosscheckInputError('options.idf must be an IdfTable (see IdfTable.fromDocuments)', { code: 'INVALID_OPTION', field: 'options.idf' });
  }
  const first = toStatement(a, 'a', settings, maxArticleBytes, published);
  let second = toStatement(b, 'b', settings, maxArticleBytes, published);
  // Two statements with one id (the same article id given twice) would be taken for one.
  if (second.id === first.id) second = { ...second, id: `${second.id}'` };
  const idf = options.idf ?? IdfTable.fromDocuments([indexTerms(first), indexTerms(second)]);
  const similarityOptions = resolveSimilarity(options.similarity);
  const result = similarity(weighProfile(buildProfile(first), idf), weighProfile(buildProfile(second), idf), similarityOptions);
  const divergences = findDivergences([first, second], [{ id: '', statementIds: [first.id, second.id], articleIds: [], outlets: [], representative: { statementId: first.id, text: first.text }, cohesion: result.score }], {
    detectors: resolveDetectors(options.detectors),
    aliases: settings.aliases,
    similarity: () => result.score,
    overlap: () => result.signals.soft,
  });
  return {
    similarity: result.score,
    sameClaim: result.score >= similarityOptions.sameClaim,
    signals: result.signals,
    statements: [first, second],
    divergences,
    stance: stanceOf(first, second, result.signals.soft, divergences),
  };
}

function toStatement(value: string | Statement, name: string, settings: ExtractionSettings, maxBytes: number, published?: Date): Statement {
  if (typeof value === 'string') {
    if (exceedsUtf8Bytes(value, maxBytes)) {
      throw new CrosscheckInputError(`compare: argument "${name}" is over maxArticleBytes: more than ${maxBytes.toLocaleString('en-US')} bytes of UTF-8; raise options.maxArticleBytes to read it`, {
        code: 'LIMIT_EXCEEDED',
        field: name,
      });
    }
    return readWholeStatement(value, name, settings, published);
  }
  if (value && typeof value === 'object' && typeof (value as Statement).claim === 'object' && Array.isArray((value as Statement).entities)) return value;
  throw new CrosscheckInputError(`compare: argument "${name}" must be a string or a Statement, got ${value === null ? 'null' : typeof value}`, { code: 'INVALID_ARGUMENT', field: name });
}

function isIdfTable(value: unknown): value is IdfTable {
  return value instanceof IdfTable || (typeof value === 'object' && value !== null && typeof (value as IdfTable).weight === 'function' && typeof (value as IdfTable).size === 'number');
}

/**
 * The similarity options with defaults filled in: the keys checked against the known ones, every
 * weight a finite number, every threshold from 0 to 1.
 *
 * @example
 * resolveSimilarity({ sameClaim: 0.6 }).sameClaim; // 0.6
 * resolveSimilarity({ sameClam: 0.6 }); // throws UNKNOWN_OPTION: options.similarity.sameClam is not an option; did you mean "sameClaim"?
 */
export function resolveSimilarity(partial?: SimilarityOverrides): SimilarityOptions {
  if (partial !== undefined) {
    checkOptionNames(partial, OPTION_NAMES.similarity, 'options.similarity');
    if (partial.weights !== undefined) checkOptionNames(partial.weights, OPTION_NAMES.weights, 'options.similarity.weights', 'a weight');
  }
  const merged: SimilarityOptions = { ...DEFAULT_SIMILARITY, ...partial, weights: { ...DEFAULT_SIMILARITY.weights, ...partial?.weights } };
  for (const [key, value] of Object.entries(merged.weights)) checkNumberOption(value, `options.similarity.weights.${key}`);
  for (const key of ['quoteMatch', 'sameClaim'] as const) checkNumberOption(merged[key], `options.similarity.${key}`, { min: 0, max: 1 });
  return merged;
}
