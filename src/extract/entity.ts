import type { TextSpan } from '../text/span.js';

/** What a named thing is. Countries are both places and actors: the clause decides (see `role`). */
export type EntityKind = 'country' | 'city' | 'region' | 'organization' | 'group' | 'person' | 'event' | 'other';

/** A place or actor named in a statement, with its canonical id and the surface form kept. */
export interface Entity extends TextSpan {
  /** Canonical id: `Russia` for "Moscow", "the Kremlin", "Russian Federation"; `US` for "Washington", "U.S.". */
  id: string;
  kind: EntityKind;
  /** `place` when the statement locates something there ("in Geneva"), `actor` otherwise. */
  role: 'place' | 'actor';
}
