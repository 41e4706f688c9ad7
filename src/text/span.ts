/** A half-open range `[start, end)` of UTF-16 offsets into an article's original `text`. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the words it covers (normalized: straight quotes, no markup). */
export interface TextSpan extends Span {
  text: string;
}
