import type { TextSpan } from '../text/span.js';

/** A direct quotation and who said it. */
export interface Quote extends TextSpan {
  /** The quoted words, lower case, punctuation and brackets dropped, single spaces: what quotes are compared on. */
  normalized: string;
  /** The speaker, when the text tells: a name (possibly found through "he said" after a named speaker). */
  speaker?: string;
  /** Canonical id of the speaker (`Sergei Lavrov`). */
  speakerId?: string;
  /** A few quoted words inside a sentence (a scare quote or a fragment) rather than a full quoted sentence. */
  fragment: boolean;
}
