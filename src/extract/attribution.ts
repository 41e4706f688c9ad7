import type { TextSpan } from '../text/span.js';

/** What kind of source a claim is attributed to. */
export type SourceKind =
  | 'outlet' // the article's own voice
  | 'person' // a named person: "Sergei Lavrov", "Kerry"
  | 'organization' // "the U.N.", "the Pentagon", "TASS"
  | 'government' // a country or capital speaking: "Moscow", "Washington", "Russia"
  | 'officials' // unnamed officials of a known side: "U.S. officials", "diplomats"
  | 'reports' // "reports", "media", "observers"
  | 'anonymous'; // "a source", "one official", "sources close to"

/** Who says a claim, and how. */
export interface Attribution {
  kind: SourceKind;
  /** The source as written, normalized ("U.S. officials", "Russian Foreign Minister Sergei Lavrov"); the outlet's name for `outlet`. */
  source: string;
  /** Canonical id of the source or of the side it speaks for (`US`, `Russia`, `Sergei Lavrov`). */
  id?: string;
  /** The person's role when the text gives it ("Foreign Minister", "spokesman"). */
  role?: string;
  /** The country the source speaks for, when known ("U.S. officials" -> `US`, "Kremlin spokesman Dmitry Peskov" -> `Russia`). */
  side?: string;
  /** The reporting verb or phrase, in its base form ("say", "tell", "according to", "claim", "refuse to confirm"). */
  verb?: string;
  /** The words of the reporting frame ("U.S. officials say"). */
  span?: TextSpan;
  /** Who relays the source, when the claim reaches the outlet second-hand ("AP and Reuters cited ..."). */
  via?: string;
}
