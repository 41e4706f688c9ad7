import { readArticle, readPublishedOption, resolveLimits, type Article, type ArticleInput } from '../article.js';
import { checkOptionNames, OPTION_NAMES } from '../optionNames.js';
import type { ExtractOptions } from '../options.js';
import { isDisplayCase } from '../text/letterCase.js';
import { normalize, type NormalizedText } from '../text/normalize.js';
import { segmentNormalized, type SegmentRecord } from '../text/segment.js';
import type { Span, TextSpan } from '../text/span.js';
import type { Attribution } from './attribution.js';
import { ArticleNames, claimReadingsFor, quotedStretches } from './claimReadings.js';
import { opensWithVerbPhrase, splitClaims } from './claimSplit.js';
import { collectKnownNames } from './entity.js';
import { resolveExtractOptions, type ExtractionSettings } from './extractionSettings.js';
import type { ExtractionContext } from './extractor.js';
import { mainClauseLength, opensWithParticiple, participleAfterTag, readFrame, sentenceSubject, type FrameOptions, type FrameReading } from './frame.js';
import { NO_MODALITY } from './modality.js';
import { findQuoteSpans, normalizeQuote, type Quote, type QuoteSpan } from './quote.js';
import { quoteIndex, type QuoteIndex } from './quoteIndex.js';
import type { SourceReading } from './source.js';
import type { Statement, StatementFacts } from './statement.js';
import { partitionPoint } from '../text/partitionPoint.js';

/** Segment roles whose sentences carry claims. Subheads repeat the body; the rest is page furniture. */
const CLAIM_ROLES = new Set<SegmentRecord['role']>(['headline', 'body']);

/**
 * Splits one article into statements: each headline and body claim, with its source, certainty,
 * quotes, quantities, times, places and actors, polarity and modality. Offsets point into the
 * article's `text` (or `title`).
 *
 * The article and the options are checked first: a bad one throws a `CrosscheckInputError` with a
 * `code` naming the field (`INVALID_FIELD` for a text that is not a string, `UNKNOWN_OPTION` for
 * a misspelled option, `LIMIT_EXCEEDED` for a text over `maxArticleBytes`...).
 *
 * @example
 * const [statement] = extractStatements({
 *   id: 'a',
 *   text: 'Russia has proposed a truce starting March 1, U.S. officials say.',
 *   published: '2016-02-11',
 * });
 * statement.claim.text; // 'Russia has proposed a truce starting March 1'
 * statement.attribution; // { kind: 'officials', source: 'U.S. officials', id: 'US', verb: 'say', ... }
 * statement.certainty; // 'reported'
 */
export function extractStatements(input: ArticleInput | Article, options?: ExtractOptions): Statement[] {
  if (options !== undefined) checkOptionNames(options, OPTION_NAMES.extract, 'options');
  // Without tables of the caller's, the default settings (built once) serve.
  const ownTables = options !== undefined && (options.aliases !== undefined || options.lexicon !== undefined || options.extractors !== undefined);
  const settings = resolveExtractOptions(ownTables ? options : undefined);
  const fallback = readPublishedOption(options?.published);
  const article = readArticle(input, 0, resolveLimits(options ?? {}));
  if (fallback && article.published === undefined) article.published = fallback;
  return readStatements(article, settings);
}

/**
 * One statement from a whole text, without splitting it into sentences or claims: what
 * `compare()` reads a string as. A text without final punctuation is read as a headline.
 */
export function readWholeStatement(text: string, id: string, settings: ExtractionSettings, published?: Date): Statement {
  const article: Article = { id, text, outlet: id, ...(published && { published }) };
  const normalized = normalize(text);
  const start = normalized.text.search(/\S/);
  const end = normalized.text.trimEnd().length;
  const role = /[.!?]["')\]]*$/.test(normalized.text.trimEnd()) ? 'body' : 'headline';
  const segment: SegmentRecord = {
    index: 0,
    role,
    paragraph: 0,
    text: normalized.text.slice(Math.max(0, start), end).replace(/\s+/g, ' '),
    ...normalized.toOriginal({ start: Math.max(0, start), end }),
    normalizedStart: Math.max(0, start),
    normalizedEnd: end,
  };
  // As in an article, names are learned from running text: in a title-case headline every word is capitalized.
  const knownNames = collectKnownNames(role === 'headline' && isDisplayCase(segment.text) ? [] : [segment.text]);
  const context: ExtractionContext = { article, aliases: settings.aliases, knownNames };
  const quotes = paragraphQuotes(normalized.text, [segment]);
  const { quoted } = quoteIndex(quotes);
  const draftText = normalized.text.slice(segment.normalizedStart, segment.normalizedEnd);
  const frame = readFrame(draftText, {
    table: settings.aliases,
    verbs: settings.verbs,
    verbCertainty: settings.verbCertainty,
    hedges: settings.hedges,
    quoted: (at) => quoted(segment.normalizedStart + at),
    headline: role === 'headline',
    caseless: role === 'headline' && isDisplayCase(draftText),
  });
  const facts = claimFacts(oneLine(draftText), frame, role, settings, context);
  const draft: Draft = { start: segment.normalizedStart, end: segment.normalizedEnd, frame, facts, segment, role, ...(frame.source && { source: frame.source }) };
  return buildStatement(article, normalized, draft, 0, quotes, quoteIndex(quotes), quoteSpeakers(quotes, [draft]));
}

/** A claim read from the text, with its frame and facts, before its statement is built. */
interface Draft {
  /** Normalized offsets of the statement (frame included) in the field's normalized text. */
  start: number;
  end: number;
  frame: FrameReading;
  /**
   * The claim's facts, offsets relative to `start`. Read as soon as the frame is, not when the
   * statement is built after the whole article's frames: the caches of tokens and phrases still
   * hold the sentence then, and each sentence is tokenized once instead of twice.
   */
  facts: StatementFacts;
  /** The frame's reading offsets are relative to `start`. */
  segment: SegmentRecord;
  role: 'headline' | 'body';
  source?: SourceReading;
}

/** Who was named last, to resolve "he said" and "the officials said". */
interface SpeakerMemory {
  person?: SourceReading;
  group?: SourceReading;
  /**
   * Sentences in the outlet's voice since `person` was named, newest last: the person one of them
   * names as its subject would be a later "she". Read only when a pronoun needs it (most never do).
   */
  subjects?: Array<() => SourceReading | undefined>;
}

/** {@link extractStatements} on a validated article with resolved settings (the pipeline's entry). */
export function readStatements(article: Article, settings: ExtractionSettings): Statement[] {
  const normalized = normalize(article.text);
  const segments = segmentNormalized(normalized);
  const claimSegments = segments.filter((s) => CLAIM_ROLES.has(s.role));
  const context: ExtractionContext = {
    article,
    aliases: settings.aliases,
    knownNames: collectKnownNames(bodyTexts(claimSegments)),
  };
  const quotes = paragraphQuotes(normalized.text, segments);
  const quoteAt = quoteIndex(quotes);
  const { quoted } = quoteAt;

  const statements: Statement[] = [];
  const title = titleStatement(article, segments, settings, context);
  if (title) statements.push(title);

  // Every field from the start: objects that gain fields in different orders take different shapes.
  const memory: SpeakerMemory = { person: undefined, group: undefined, subjects: undefined };
  const drafts: Draft[] = [];
  // Claims read lately (in this article or others): a reprinted sentence is read once.
  const readings = claimReadingsFor(settings);
  const names = readings && new ArticleNames(context.knownNames);
  for (const segment of claimSegments) {
    const role = segment.role === 'headline' ? 'headline' : 'body';
    const base = segment.normalizedStart;
    const parts = splitClaims(segment.text, (at) => quoted(base + at));
    let previous: Draft | undefined;
    for (let p = 0; p < parts.length; p++) {
      const part = parts[p]!;
      const text = segment.text.slice(part.start, part.end);
      const frameOptions: FrameOptions = {
        table: settings.aliases,
        verbs: settings.verbs,
        verbCertainty: settings.verbCertainty,
        hedges: settings.hedges,
        quoted: (at) => quoted(base + part.start + at),
        headline: role === 'headline',
        caseless: role === 'headline' && isDisplayCase(text),
      };
      const start = base + part.start;
      const end = base + part.end;
      const key = readings?.key(text, role, article.published, quotedStretches(quotes, quoteAt.holding(start, end), start, end), names!.foundIn(text));
      const known = key === undefined ? undefined : readings!.get(key);
      // "X, officials said, adding that Y": X and Y are two claims of theirs.
      const second = known ? known.split : participleAfterTag(text, frameOptions);
      if (!known && key !== undefined && second) readings!.set(key, { split: second });
      if (second) {
        parts.splice(p + 1, 0, { start: part.start + second.next, end: part.end });
        parts[p] = { start: part.start, end: part.start + second.end };
        p--;
        continue;
      }
      let frame: FrameReading;
      let facts: StatementFacts;
      if (known && known.split === undefined) ({ frame, facts } = known);
      else {
        frame = readFrame(text, frameOptions);
        facts = claimFacts(text, frame, role, settings, context);
        if (key !== undefined) readings!.set(key, { split: undefined, frame, facts });
      }
      const source = resolveSource(frame.source, memory) ?? participleSource(text, previous);
      remember(source, memory);
      // A person named as the subject of a sentence in the outlet's voice may be "she" later on.
      if (!source && role === 'body') (memory.subjects ??= []).push(() => namedSubject(sentenceSubject(text, frameOptions, context.knownNames), context.knownNames));
      const draft: Draft = { start, end, frame, facts, segment, role, ...(source && { source }) };
      drafts.push(draft);
      previous = draft;
    }
  }
  const speakers = quoteSpeakers(quotes, drafts);
  for (const draft of drafts) {
    if (!draft.source) {
      const within = quoteAt.around(draft.start).find((i) => draft.end <= quotes[i]!.close + 1);
      const speaker = within === undefined ? undefined : speakers[within]!.speaker;
      if (speaker) draft.source = speaker;
    }
    statements.push(buildStatement(article, normalized, draft, statements.length, quotes, quoteAt, speakers));
  }
  return statements;
}

/** The texts of the body segments, in an array built by `push` (see `tokenTexts`). */
function bodyTexts(segments: readonly SegmentRecord[]): string[] {
  const texts: string[] = [];
  for (const segment of segments) if (segment.role === 'body') texts.push(segment.text);
  return texts;
}

/** Pronouns and bare definites ("he", "the officials", "One") take the last matching source. */
function resolveSource(source: SourceReading | undefined, memory: SpeakerMemory): SourceReading | undefined {
  if (!source?.anaphor) return source;
  if (source.anaphor === 'person') {
    // The newest sentence subject named since the last speaker, if any.
    while (memory.subjects?.length) {
      const subject = memory.subjects.pop()!();
      if (!subject) continue;
      memory.person = subject;
      memory.subjects = [];
    }
  }
  const antecedent = source.anaphor === 'person' ? memory.person : memory.group;
  if (!antecedent) return source;
  return { ...antecedent, source: antecedent.source, ...(source.kind === 'anonymous' && { kind: 'anonymous' as const }) };
}

function remember(source: SourceReading | undefined, memory: SpeakerMemory): void {
  if (!source || source.anaphor) return;
  if (source.kind === 'person') {
    memory.person = source;
    memory.subjects = [];
  }
  else if ((source.kind === 'officials' || source.kind === 'anonymous') && source.side) memory.group = source;
}

/** A named person as a sentence's subject: two names or a role, or a name the article uses elsewhere. */
function namedSubject(subject: SourceReading | undefined, knownNames: ReadonlySet<string>): SourceReading | undefined {
  if (subject?.kind !== 'person' || subject.id === undefined) return undefined;
  return subject.id.includes(' ') || subject.role !== undefined || knownNames.has(subject.id) ? subject : undefined;
}

/**
 * "..., saying C" after a split: the speaker is the subject of the claim before. "X said A and was
 * B": the second verb phrase, split off, is X's too.
 */
function participleSource(text: string, previous: Draft | undefined): SourceReading | undefined {
  if (!previous || !(opensWithParticiple(text) || opensWithVerbPhrase(text))) return undefined;
  return previous.source;
}

/** Quotation spans of every paragraph, in normalized offsets. */
function paragraphQuotes(text: string, segments: readonly SegmentRecord[]): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let i = 0;
  while (i < segments.length) {
    let j = i;
    while (j + 1 < segments.length && segments[j + 1]!.paragraph === segments[i]!.paragraph) j++;
    const start = segments[i]!.normalizedStart;
    const end = segments[j]!.normalizedEnd;
    for (const q of findQuoteSpans(text.slice(start, end))) {
      quotes.push({ open: q.open + start, close: q.close + start, innerStart: q.innerStart + start, innerEnd: q.innerEnd + start });
    }
    i = j + 1;
  }
  return quotes;
}

interface QuoteSpeaker {
  quote: QuoteSpan;
  speaker?: SourceReading;
}

/**
 * The speaker of each quotation: the source of the statement where it closes (its speech tag or
 * frame); a quotation with no tag that opens a paragraph continues the previous quotation's
 * speaker (news style for long quotes).
 */
function quoteSpeakers(quotes: readonly QuoteSpan[], drafts: readonly Draft[]): QuoteSpeaker[] {
  const result: QuoteSpeaker[] = [];
  let previous: QuoteSpeaker | undefined;
  for (const quote of quotes) {
    const closing = draftAt(drafts, quote.close - 1, true);
    let speaker = closing?.source && closing.source.kind !== 'reports' ? closing.source : undefined;
    if (!speaker && previous?.speaker) {
      const opening = draftAt(drafts, quote.open, false);
      const opensParagraph = opening && opening.segment.normalizedStart === quote.open;
      if (opensParagraph) speaker = previous.speaker;
    }
    const entry: QuoteSpeaker = { quote, ...(speaker && { speaker }) };
    result.push(entry);
    previous = entry;
  }
  return result;
}

/**
 * The first draft holding normalized offset `at` (`start <= at < end`, or `<= end` with
 * `endIncluded`). Drafts are in text order and do not overlap, so their ends ascend.
 */
function draftAt(drafts: readonly Draft[], at: number, endIncluded: boolean): Draft | undefined {
  const draft = drafts[partitionPoint(0, drafts.length, (i) => (endIncluded ? drafts[i]!.end < at : drafts[i]!.end <= at))];
  return draft && draft.start <= at ? draft : undefined;
}

function buildStatement(
  article: Article,
  normalized: NormalizedText,
  draft: Draft,
  index: number,
  quotes: readonly QuoteSpan[],
  quoteAt: QuoteIndex,
  speakers: readonly QuoteSpeaker[],
): Statement {
  const text = oneLine(normalized.text.slice(draft.start, draft.end));
  const { frame } = draft;
  const map = (span: Span): TextSpan => {
    const start = draft.start + span.start;
    const end = draft.start + span.end;
    const original = normalized.toOriginal({ start, end });
    return { text: oneLine(normalized.text.slice(start, end)), start: original.start, end: original.end };
  };
  const { facts } = draft;
  const statementQuotes: Quote[] = [];
  const meeting = quoteAt.meeting(draft.start, draft.end);
  const meetingQuotes = meeting.map((i) => quotes[i]!);
  // Counted only for a statement with quotations (most have none).
  const claimWords = meeting.length === 0 ? 0 : text.slice(frame.claim.start, frame.claim.end).split(/\s+/).length;
  // Whether the quotations make up the claim is the same for each of them: asked once, when needed.
  let claimQuoted: boolean | undefined;
  const makesClaim = () => (claimQuoted ??= quotesMakeClaim(text, frame, meetingQuotes, draft.start));
  meeting.forEach((i) => {
    const quote = quotes[i]!;
    const speaker = speakers[i]?.speaker;
    const start = Math.max(quote.innerStart, draft.start) - draft.start;
    const end = Math.min(quote.innerEnd, draft.end) - draft.start;
    const span = map({ start, end: trimQuoteEnd(text, start, end) });
    const words = span.text.split(/\s+/).length;
    statementQuotes.push({
      ...span,
      normalized: normalizeQuote(span.text),
      ...(speaker && { speaker: speaker.id ?? speaker.source }),
      ...(speaker?.id && { speakerId: speaker.id }),
      // Quoted words that make up the whole claim are never a fragment, however few.
      fragment: !(inClaim(frame, start, end) && makesClaim()) && (words < claimWords * 0.6 || words <= 4),
    });
  });
  const source = draft.source;
  const attribution: Attribution = source
    ? {
        kind: source.kind,
        source: source.source,
        ...(source.id !== undefined && { id: source.id }),
        ...(source.role !== undefined && { role: source.role }),
        ...(source.side !== undefined && { side: source.side }),
        verb: frame.verb ?? 'say',
        ...(frame.frame && frame.frame.end > frame.frame.start && { span: map(frame.frame) }),
        ...(frame.via !== undefined && { via: frame.via }),
      }
    : { kind: 'outlet', source: article.outlet };
  const certainty = frame.certainty === 'asserted' && source ? 'reported' : frame.certainty;
  const span = normalized.toOriginal({ start: draft.start, end: draft.end });
  return {
    id: `${article.id}#${index}`,
    articleId: article.id,
    outlet: article.outlet,
    text,
    ...span,
    field: 'text',
    role: draft.role,
    segment: draft.segment.index,
    claim: frame.gap ? joinedClaim(text, frame.claim, frame.gap, map) : map(frame.claim),
    attribution,
    certainty,
    ...(frame.cue && { certaintyCue: map(frame.cue) }),
    ...mapFacts(facts, map),
    quotes: statementQuotes,
  };
}

/** The facts of a statement's claim; `text` is the statement's words (its frame's `claim` offsets are into them). */
function claimFacts(text: string, frame: FrameReading, role: 'headline' | 'body', settings: ExtractionSettings, context: ExtractionContext): StatementFacts {
  // A claim split by a speech tag is read without the tag's words (blanked, so offsets hold).
  const factsText = frame.gap ? blank(text, frame.gap) : text;
  return runExtractors(factsText, frame.claim, role, settings, context);
}

/** `text` with the characters of `span` replaced by spaces. */
function blank(text: string, span: Span): string {
  return text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end);
}

/** A claim split by a speech tag: its words on both sides, joined; the span covers both. */
function joinedClaim(text: string, claim: Span, gap: Span, map: (span: Span) => TextSpan): TextSpan {
  const before = oneLine(text.slice(claim.start, gap.start)).replace(/(?<![\s,"'])[\s,"']+$/, '');
  const after = oneLine(text.slice(gap.end, claim.end)).replace(/^[\s"']+/, '');
  return { ...map(claim), text: `${before} ${after}` };
}

/** Whether the quotation at `[start, end)` (statement offsets) lies within the claim. */
function inClaim(frame: FrameReading, start: number, end: number): boolean {
  return start >= frame.claim.start - 1 && end <= frame.claim.end + 1;
}

/**
 * Whether quoted words make up the whole claim: every letter of the claim, outside a speech tag
 * splitting it, is inside one of `quotes` (those meeting the statement; offsets from `offset`).
 */
function quotesMakeClaim(text: string, frame: FrameReading, quotes: readonly QuoteSpan[], offset: number): boolean {
  const { claim, gap } = frame;
  // The claim's stretches outside the quotations and the tag must hold no word.
  const covered = quotes.map((q) => ({ start: q.innerStart - offset, end: q.innerEnd - offset }));
  if (gap) covered.push(gap);
  covered.sort((a, b) => a.start - b.start);
  let at = claim.start;
  for (const span of covered) {
    if (span.end <= at || span.start >= claim.end) continue;
    if (span.start > at && WORD_CHARACTER.test(text.slice(at, span.start))) return false;
    at = Math.max(at, span.end);
  }
  return at >= claim.end || !WORD_CHARACTER.test(text.slice(at, claim.end));
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** The headline given as `title` when the text does not open with it. */
function titleStatement(article: Article, segments: readonly SegmentRecord[], settings: ExtractionSettings, context: ExtractionContext): Statement | undefined {
  if (!article.title) return undefined;
  const firstHeadline = segments.find((s) => s.role === 'headline');
  const fold = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (firstHeadline && fold(firstHeadline.text) === fold(article.title)) return undefined;
  const normalized = normalize(article.title);
  const { text, positions } = collapseSpaces(normalized.text);
  // skip: a title of nothing but markup or spaces says nothing
  if (text === '') return undefined;
  const frame = readFrame(text, {
    table: settings.aliases,
    verbs: settings.verbs,
    verbCertainty: settings.verbCertainty,
    hedges: settings.hedges,
    quoted: () => false,
    headline: true,
    caseless: isDisplayCase(text),
  });
  // Offsets in `text` are taken back to the normalized title (whose line breaks it collapsed) first.
  const map = (span: Span): TextSpan => {
    const start = positions[span.start] ?? normalized.text.length;
    const end = span.end > span.start ? positions[span.end - 1]! + 1 : start;
    return { text: text.slice(span.start, span.end), ...normalized.toOriginal({ start, end }) };
  };
  const facts = runExtractors(text, frame.claim, 'headline', settings, context);
  const source = frame.source;
  const whole = map({ start: 0, end: text.length });
  return {
    id: `${article.id}#0`,
    articleId: article.id,
    outlet: article.outlet,
    text,
    start: whole.start,
    end: whole.end,
    field: 'title',
    role: 'headline',
    segment: -1,
    claim: map(frame.claim),
    attribution: source
      ? { kind: source.kind, source: source.source, ...(source.id !== undefined && { id: source.id }), verb: frame.verb ?? 'say' }
      : { kind: 'outlet', source: article.outlet },
    certainty: frame.certainty === 'asserted' && source ? 'reported' : frame.certainty,
    ...(frame.cue && { certaintyCue: map(frame.cue) }),
    ...mapFacts(facts, map),
  };
}

/** `text` with each run of white space as one space, trimmed, and the position in `text` of each character kept. */
function collapseSpaces(text: string): { text: string; positions: number[] } {
  const kept: string[] = [];
  const positions: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!/\s/.test(text[i]!)) {
      kept.push(text[i]!);
      positions.push(i);
    } else if (kept.length > 0 && !/\s/.test(text[i + 1] ?? 'x') && i + 1 < text.length) {
      kept.push(' ');
      positions.push(i);
    }
  }
  return { text: kept.join(''), positions };
}

/** Runs the extractors on one statement and merges their facts (arrays concatenated, values replaced). */
function runExtractors(text: string, claim: Span, role: 'headline' | 'body', settings: ExtractionSettings, context: ExtractionContext): StatementFacts {
  const clause = { text, claim, mainClause: mainClauseLength(text.slice(claim.start, claim.end)), role };
  const facts: StatementFacts = {
    quotes: [],
    quantities: [],
    times: [],
    durations: [],
    entities: [],
    polarity: { negated: false },
    modality: NO_MODALITY,
  };
  for (const extractor of settings.extractors) {
    const found = extractor.extract(clause, context);
    for (const key of Object.keys(found) as Array<keyof StatementFacts>) {
      const value: unknown = found[key];
      if (value === undefined) continue;
      if (Array.isArray(value)) {
        // skip: nothing to add to an array of ours (most extractors find nothing in most claims)
        if (value.length === 0 && Array.isArray(facts[key])) continue;
        (facts[key] as unknown[]) = [...(facts[key] as unknown[]), ...value];
      } else (facts as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return facts;
}

/** Offsets of every fact, from the statement's normalized text to the article's original text. */
function mapFacts(facts: StatementFacts, map: (span: Span) => TextSpan): StatementFacts {
  // `items.map((item) => ({ ...item, ...map(item) }))`, with the mapped fields assigned (they keep
  // their places, and one spread is cheaper than two), into an array built by `push` (see `shift`
  // in extractors.ts)
  const remap = <T extends TextSpan>(items: T[]): T[] => {
    const remapped: T[] = [];
    for (const item of items) {
      const span = map(item);
      const mapped = { ...item };
      mapped.text = span.text;
      mapped.start = span.start;
      mapped.end = span.end;
      remapped.push(mapped);
    }
    return remapped;
  };
  return {
    quotes: remap(facts.quotes),
    quantities: remap(facts.quantities),
    times: remap(facts.times),
    durations: remap(facts.durations),
    entities: remap(facts.entities),
    // Copies even without a cue: a claim's reading may be shared by its reprints (see `ClaimReadings`).
    polarity: facts.polarity.cue ? { ...facts.polarity, cue: map(facts.polarity.cue) } : { ...facts.polarity },
    modality: facts.modality.cue ? { ...facts.modality, cue: map(facts.modality.cue) } : facts.modality === NO_MODALITY ? NO_MODALITY : { ...facts.modality },
  };
}

/** Line breaks as spaces (most spans hold none: then the span itself). */
function oneLine(text: string): string {
  return text.includes('\n') ? text.replace(/\n/g, ' ') : text;
}

function trimQuoteEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,"']/.test(text[e - 1]!)) e--;
  return e;
}
