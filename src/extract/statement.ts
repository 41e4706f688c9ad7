import type { TextSpan } from '../text/span.js';
import type { Attribution } from './attribution.js';
import type { Certainty } from './certainty.js';
import type { Entity } from './entity.js';
import type { Modality } from './modality.js';
import type { Polarity } from './polarity.js';
import type { Quantity } from './quantity.js';
import type { Quote } from './quote.js';
import type { Duration, TimeSpan } from './time.js';

/** The facts read from one claim; each extractor fills some of them. */
export interface StatementFacts {
  quotes: Quote[];
  quantities: Quantity[];
  times: TimeSpan[];
  durations: Duration[];
  entities: Entity[];
  polarity: Polarity;
  modality: Modality;
}

/**
 * One claim of one article: a sentence, or a clause of a sentence that joins separate claims
 * ("X, officials say, but Y believes Z" holds two). Offsets point into the article's `text`
 * (or its `title` when `field` is `title`), so `article.text.slice(start, end)` is the raw span.
 */
export interface Statement extends StatementFacts {
  /** `<articleId>#<n>`: stable for the same article text, whatever the order of the articles. */
  id: string;
  articleId: string;
  outlet: string;
  /** The claim's words, normalized (straight quotes, no markup), reporting frame included. */
  text: string;
  start: number;
  end: number;
  /** Which field of the article the offsets point into. */
  field: 'text' | 'title';
  /** Whether the claim comes from the headline or the body. */
  role: 'headline' | 'body';
  /** Index of the segment (sentence) it comes from, in `segment(article.text)`. */
  segment: number;
  /** The claim without its reporting frame ("Russia has proposed a March 1 ceasefire in Syria"). */
  claim: TextSpan;
  attribution: Attribution;
  certainty: Certainty;
  /** The words that set the certainty ("say", "refused to confirm", "reportedly"). */
  certaintyCue?: TextSpan;
}
