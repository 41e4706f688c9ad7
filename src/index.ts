/**
 * crosscheck: find where news reports disagree.
 *
 * The pipeline, in the order data flows (one folder each under `src/`):
 * text (normalize, segment) -> extract (statements and their facts) -> cluster -> compare
 * (divergence detectors) -> report.
 */
export { analyze } from './analyze.js';
export { readArticles, type Article, type ArticleInput } from './article.js';
export { CrosscheckInputError } from './errors.js';

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

export type { Cluster } from './cluster/cluster.js';
export type { Divergence, DivergenceKind } from './compare/divergence.js';
export { SCHEMA_VERSION, type Report, type ReportArticle, type ReportStats, type StageStats } from './report/report.js';
