/**
 * crosscheck: find where news reports disagree.
 *
 * The pipeline, in the order data flows (one folder each under `src/`):
 * text (normalize, segment) -> extract (statements and their facts) -> cluster -> compare
 * (divergence detectors) -> report.
 */
export { analyze } from './analyze.js';
export { createAnalyzer, type Analyzer } from './analyzer.js';
export { readArticles, type Article, type ArticleInput } from './article.js';
export { CROSSCHECK_ERROR_CODES, CrosscheckInputError, type CrosscheckErrorCode } from './errors.js';

export { normalize, type NormalizedText } from './text/normalize.js';
export { segment, type Segment, type SegmentRole } from './text/segment.js';
export type { Span, TextSpan } from './text/span.js';

export { extractStatements } from './extract/extractStatements.js';
export type { Statement, StatementFacts } from './extract/statement.js';
export type { Attribution, SourceKind } from './extract/attribution.js';
export { CERTAINTY_SCALE, type Certainty } from './extract/certainty.js';
export type { Entity, EntityKind } from './extract/entity.js';
export type { Modality } from './extract/modality.js';
export type { Polarity } from './extract/polarity.js';
export type { Quantity } from './extract/quantity.js';
export type { Quote } from './extract/quote.js';
export type { DayInterval, Duration, TimeGranularity, TimeSpan } from './extract/time.js';

export type { Cluster, ClusterOptions } from './cluster/cluster.js';
export { IdfTable } from './cluster/idf.js';
export type { SignalName, SimilarityOptions, SimilaritySignals, SimilarityWeights } from './cluster/similarity.js';
export { compare, type Comparison } from './compare/compare.js';
export { DEFAULT_CLUSTERING, DEFAULT_LIMITS, DEFAULT_SIMILARITY, type AnalyzeOptions, type InputLimits, type CompareOptions, type ExtractOptions, type LexiconOptions, type SimilarityOverrides } from './options.js';
export type { AliasDefinition } from './extract/aliases.js';
export type { Clause, ExtractionContext, Extractor } from './extract/extractor.js';
export { DEFAULT_EXTRACTORS } from './extract/extractors.js';
export { toJSON } from './report/json.js';
export { toMarkdown, type MarkdownOptions } from './report/markdown.js';
export { toHTML, type HtmlOptions } from './report/html.js';
export { filterDivergences, type DivergenceFilter } from './report/filter.js';
export type { Divergence, DivergenceKind } from './compare/divergence.js';
export type { Detector, DetectorContext, DivergenceFinding } from './compare/detector.js';
export { DEFAULT_DETECTORS } from './compare/defaultDetectors.js';
export type { Stance } from './compare/stance.js';
export { SCHEMA_VERSION, type Report, type ReportArticle, type ReportStats, type ReportWarning, type StageStats } from './report/report.js';
