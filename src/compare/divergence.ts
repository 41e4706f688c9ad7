import type { TextSpan } from '../text/span.js';

/** The kinds of disagreement crosscheck detects (one detector each, see `DEFAULT_DETECTORS`). */
export type DivergenceKind =
  | 'certainty'
  | 'polarity'
  | 'number'
  | 'time'
  | 'place'
  | 'quote'
  | 'modality'
  | 'actor'
  | 'dispute';

/**
 * A disagreement between two statements of a cluster, with the evidence to check it: the words
 * that differ in each statement, the normalized values compared, and a one-line explanation.
 */
export interface Divergence {
  /** `d-<hash>`, derived from the kind, detector and statement ids. */
  id: string;
  kind: DivergenceKind | (string & {});
  /** Name of the detector that found it. */
  detector: string;
  clusterId: string;
  /** The two statements, in a stable order (by article id, then position). */
  statementIds: [string, string];
  /** True when both statements come from the same article. */
  sameArticle: boolean;
  /** The words that differ, in each statement (offsets into each article's text or title). */
  spans: [TextSpan[], TextSpan[]];
  /** The normalized values compared, in the same order as the statements (e.g. `['reported', 'unconfirmed']`). */
  values: [unknown, unknown];
  /** How sure the detector is, 0..1. */
  score: number;
  /** One line a journalist understands. */
  explanation: string;
}
