import { RecentCache } from '../text/recentCache.js';
import type { QuoteSpan } from './quote.js';
import type { FrameReading } from './frame.js';
import type { StatementFacts } from './statement.js';
import { runsDefaultExtractors, type ExtractionSettings } from './extractionSettings.js';

/**
 * What reading one claim gives: where a speech tag followed by a participle splits it in two
 * ("X, officials said, adding that Y"), or else its reporting frame and its facts.
 */
export type ClaimReading = { split: { end: number; next: number } } | { split: undefined; frame: FrameReading; facts: StatementFacts };

/**
 * Claims read lately, by everything their reading depends on, so that a sentence several outlets
 * print word for word (a wire story) is read once. A claim's split, frame and facts are a function
 * of its words, whether it is a headline, which of its characters stand inside quotation marks,
 * the article's publication date (relative times are resolved against it), and which of its
 * words the article uses elsewhere as names; with the same settings, two claims agreeing on all
 * of these read the same, whichever article they are in. The key holds exactly those. Kept only
 * for the default extractors: an extractor of the caller's may read anything of the article.
 *
 * Reprints of one story come close together in the articles' order (by id, an outlet's copies
 * of a wire story usually next to each other), so the last {@link KEPT_CLAIMS} claims are kept.
 *
 * @example
 * const readings = claimReadingsFor(settings);
 * const key = readings?.key(text, 'body', article.published, quoteMarks, names);
 */
export class ClaimReadings {
  private readonly recent = new RecentCache<string, ClaimReading>(KEPT_CLAIMS);

  /**
   * The key of a claim: its `text` and `role`, the publication date, `quoted` (the stretches of
   * the text inside quotation marks, see {@link quotedStretches}) and `names` (the article's
   * names found in the text, see {@link ArticleNames}).
   */
  key(text: string, role: 'headline' | 'body', published: Date | undefined, quoted: string, names: string): string {
    // The text last: whatever characters it holds, the fields before it are read unambiguously.
    return `${role}${FIELD}${published?.getTime() ?? ''}${FIELD}${quoted}${FIELD}${names}${FIELD}${text}`;
  }

  get(key: string): ClaimReading | undefined {
    return this.recent.get(key);
  }

  set(key: string, reading: ClaimReading): void {
    this.recent.set(key, reading);
  }
}

/** Claims kept: enough for one story's reprints and more. */
export const KEPT_CLAIMS = 4096;

/** Separates the parts of a key: a character no name, date or stretch holds. */
const FIELD = '\u0000';

/** Ends each name in a list of names: a character no word holds. */
const NAME_END = '\u0001';

/** One store of readings per settings object (the same tables read the same way). */
const bySettings = new WeakMap<ExtractionSettings, ClaimReadings>();

/** The readings kept under these settings, or none when the settings run extractors of the caller's. */
export function claimReadingsFor(settings: ExtractionSettings): ClaimReadings | undefined {
  if (!runsDefaultExtractors(settings)) return undefined;
  let readings = bySettings.get(settings);
  if (!readings) bySettings.set(settings, (readings = new ClaimReadings()));
  return readings;
}

/**
 * Which characters of `[start, end)` of an article stand inside quotation marks (marks included,
 * as `QuoteIndex.quoted` tells), as stretches relative to `start`: `"0-12,30-41,"`. `holding`
 * gives the quotations that reach into the range.
 */
export function quotedStretches(quotes: readonly QuoteSpan[], holding: readonly number[], start: number, end: number): string {
  let stretches = '';
  for (const i of holding) {
    const q = quotes[i]!;
    stretches += `${Math.max(q.open, start) - start}-${Math.min(q.close, end) - start},`;
  }
  return stretches;
}

/**
 * An article's names (the capitalized words it uses inside sentences), to say which of them a
 * text holds. The extractors ask whether a word of a claim is one of them; any such word is a
 * stretch of the claim's text, so the names found anywhere in the text, at any position, settle
 * every answer they can get.
 */
export class ArticleNames {
  /** The names by the code of their first character: below 128 by index, the others in a map. */
  private readonly byAsciiFirst: Array<string[] | undefined> = new Array(128).fill(undefined);
  private readonly byOtherFirst = new Map<number, string[]>();
  private readonly empty: boolean;

  constructor(names: ReadonlySet<string>) {
    let empty = true;
    for (const name of [...names].sort()) {
      if (name.length === 0) continue;
      empty = false;
      const first = name.charCodeAt(0);
      const list = this.namesStartingWith(first);
      if (list) list.push(name);
      else if (first < 128) this.byAsciiFirst[first] = [name];
      else this.byOtherFirst.set(first, [name]);
    }
    this.empty = empty;
  }

  /** The names found in `text`, each once, in order of first position then alphabetically, each ended by {@link NAME_END}. */
  foundIn(text: string): string {
    if (this.empty) return '';
    let found = '';
    let seen: Set<string> | undefined;
    // A look-up for each character of the text: by index for the common ones, not in a map of strings.
    for (let i = 0; i < text.length; i++) {
      const candidates = this.namesStartingWith(text.charCodeAt(i));
      if (!candidates) continue;
      for (const name of candidates) {
        if (!text.startsWith(name, i)) continue;
        seen ??= new Set();
        if (seen.has(name)) continue;
        seen.add(name);
        found += name + NAME_END;
      }
    }
    return found;
  }

  private namesStartingWith(code: number): string[] | undefined {
    return code < 128 ? this.byAsciiFirst[code] : this.byOtherFirst.get(code);
  }
}
