import { CrosscheckInputError } from '../errors.js';
import { readArticle } from '../article.js';
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
  if (options === null || typeof options !== 'object') throw new CrosscheckInputError(`compare: options must be an object, got ${typeof options}`, { field: 'options' });
  const settings = resolveExtractOptions(options.aliases || options.lexicon || options.extractors ? options : undefined);
  const published = options.published === undefined ? undefined : readPublished(options.published);
  const first = toStatement(a, 'a', settings, published);
  let second = toStatement(b, 'b', settings, published);
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

function toStatement(value: string | Statement, name: string, settings: ExtractionSettings, published?: Date): Statement {
  if (typeof value === 'string') return readWholeStatement(value, name, settings, published);
  if (value && typeof value === 'object' && typeof (value as Statement).claim === 'object' && Array.isArray((value as Statement).entities)) return value;
  throw new CrosscheckInputError(`compare: argument "${name}" must be a string or a Statement, got ${value === null ? 'null' : typeof value}`, { field: name });
}

/** Fills in defaults, checking that every weight and threshold is a finite number. */
export function resolveSimilarity(partial?: SimilarityOverrides): SimilarityOptions {
  const merged: SimilarityOptions = { ...DEFAULT_SIMILARITY, ...partial, weights: { ...DEFAULT_SIMILARITY.weights, ...partial?.weights } };
  for (const [key, value] of Object.entries(merged.weights)) {
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new CrosscheckInputError(`options.similarity.weights.${key} must be a finite number, got ${String(value)}`, { field: `options.similarity.weights.${key}` });
    }
  }
  for (const [key, value] of [['quoteMatch', merged.quoteMatch], ['sameClaim', merged.sameClaim]] as const) {
    if (typeof value !== 'number' || !(value >= 0 && value <= 1)) {
      throw new CrosscheckInputError(`options.similarity.${key} must be a number from 0 to 1, got ${String(value)}`, { field: `options.similarity.${key}` });
    }
  }
  return merged;
}

/** The `published` option as a date, with the article validator's checks and message. */
function readPublished(value: string | Date): Date | undefined {
  try {
    return readArticle({ id: 'options', text: '', published: value }).published;
  } catch {
    throw new CrosscheckInputError(`options.published must be a parseable date (e.g. "2016-02-11"), got ${JSON.stringify(String(value))}`, { field: 'options.published' });
  }
}
