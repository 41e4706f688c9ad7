import { CLAIM_NOUNS, FRAMING_PARTICIPLES, ON_OBJECT_VERBS, REPORTING_PHRASES, THAT_ONLY_VERBS, reportingVerbForms } from '../lexicon/reportingVerbs.js';
import { HEDGE_MODALS, HEDGE_PHRASES, HEDGE_WORDS, QUESTION_PHRASES, UNCONFIRMED_PHRASES } from '../lexicon/hedges.js';
import { CALLING_VERBS, DENIAL_PHRASES, DENIAL_WORDS, ING_NOUNS } from '../lexicon/denials.js';
import { MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { SCOPE_BREAKERS } from '../lexicon/negation.js';
import { HEADLINE_KICKERS } from '../lexicon/pageFurniture.js';
import { PARTICIPLE_ADJECTIVES, ROLE_WORDS } from '../lexicon/sourceWords.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import type { Span } from '../text/span.js';
import { matchPhrase, mayMatchPhrase, phrasePattern } from '../text/phrasePattern.js';
import { isMonthMay, startsWithCapital, startsWithLowerCase } from '../text/letterCase.js';
import { wordLookup } from '../text/wordLookup.js';
import { RecentCache } from '../text/recentCache.js';
import { alternation } from './time/parsing.js';
import { tokenize, type Token } from '../text/tokenize.js';
import type { AliasTable } from './aliases.js';
import { certaintyRank, type Certainty } from './certainty.js';
import { readSource, readUnnamedSource, type SourceReading } from './source.js';
import { partitionPoint } from '../text/partitionPoint.js';

/** What a reporting frame tells about a claim: who says it, with which verb, how firmly. */
export interface FrameReading {
  /** The claim without its frame, in the coordinates of the text given to {@link readFrame}. */
  claim: Span;
  /** The source, when the claim is attributed; absent for the outlet's own voice. */
  source?: SourceReading;
  /** Base form of the reporting verb or phrase. */
  verb?: string;
  /** Who relays the source ("AP and Reuters" in "AP and Reuters cited officials who claimed ..."). */
  via?: string;
  certainty: Certainty;
  /** The words that set the certainty. */
  cue?: Span;
  /** The frame's words (source and verb), when there is a frame. */
  frame?: Span;
  /**
   * The frame's words inside the claim, when a speech tag splits a quotation (`"The board," X said,
   * "acted too late."`): the claim is its words on both sides.
   */
  gap?: Span;
}

/** What the frame reader needs besides the text. */
export interface FrameOptions {
  table: AliasTable;
  /** Reporting verbs: inflected form -> base form. */
  verbs: ReadonlyMap<string, string>;
  /** Base form -> certainty it gives. */
  verbCertainty: Readonly<Record<string, Certainty>>;
  /** True for offsets inside a quotation (frames are never read inside one). */
  quoted: (at: number) => boolean;
  /** The claim is a headline: "Name: claim" and "claim - Name" frames apply. */
  headline?: boolean;
  /** Hedging words (default: the lexicon's `HEDGE_WORDS`). */
  hedges?: ReadonlySet<string>;
  /** The text is in title case or capitals (a headline): verbs may be capitalized ("Officials Say"). */
  caseless?: boolean;
}

/** Auxiliaries and adverbs allowed between a source and its verb ("has said", "also told"). */
const BEFORE_VERB = new Set(['has', 'have', 'had', 'will', 'would', 'did', 'does', 'do', 'also', 'previously', 'earlier', 'later', 'repeatedly', 'again', 'then', 'publicly', 'privately', 'reportedly', 'had', 'flatly', 'firmly', 'strongly', 'categorically', 'once', 'already', 'however']);

/** What may follow an -ed reporting verb in a headline for it to report (see `prefixFrame`). */
const HEADLINE_REPORT_NEXT = /^(?:that|to|the|a|an|this|these|those|his|her|its|their|our|my|your|he|she|it|they|we|i|you|\d.*)$/;

/** Prepositions that end a source phrase after an inverted verb ("said X on Thursday"). */
const NP_END = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'to', 'as', 'while', 'when', 'from', 'late', 'earlier', 'later', 'this', 'last', 'who', 'which', 'that', 'told', 'adding', 'according']);

/** Words that show a reporting verb is used as a noun or complement ("the report", "to say"). */
const NOT_BEFORE_VERB = new Set(['the', 'a', 'an', 'to', 'of', 'for', 'by', 'with', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'these', 'those', 'no', 'any', 'in', 'on', 'at', 'from', 'about']);

/** Relative pronouns that stand for the source phrase before them ("officials, who said"). */
const RELATIVE_PRONOUNS = new Set(['who', 'which']);

/** Verbs that relay another source ("cited officials who ..."): the source phrase stops at them. */
const CITING = new Set(['cited', 'quoted', 'citing', 'quoting']);

/** Before a reporting verb they make it passive ("were reported to"): a hedge, not a frame. */
const PASSIVE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

const claimNoun = wordLookup(CLAIM_NOUNS);
const month = wordLookup(MONTHS);
const weekday = wordLookup(WEEKDAYS);

/** Words after which a claim noun introduces a claim ("reports that", "claims of", "rumours about"). */
const AFTER_CLAIM_NOUN = new Set(['that', 'of', 'about']);

/** Verbs whose object comes before the claim ("told reporters that ..."): the claim needs "that". */
const OBJECT_VERBS = new Set(['tell', 'warn']);

/** Of those, the verbs that also take a bare clause ("warned the dam could fail"). */
const BARE_CLAUSE_VERBS = new Set(['warn']);

/** Auxiliaries and modals: one a few words on shows that a clause follows ("denied the man was armed"). */
const FINITE_AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'shall', 'did', 'does']);

/** Lower-case words a named subject may hold besides titles: articles and name particles. */
const NAME_ARTICLES = new Set(['the', 'a', 'an', 'de', 'da', 'del', 'van', 'von', 'der', 'al', 'bin', 'ibn', 'la', 'le', 'di', 'du']);

/** Subject pronouns: after a verb, they open a clause ("denied they were involved"). */
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'you']);

/** Adjuncts between a verb and its complement ("denied on Friday that ...", "flatly rejected"). */
const VERB_ADJUNCTS = new Set(['on', 'late', 'early', 'earlier', 'later', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'again', 'also', 'publicly', 'previously', 'repeatedly', 'strongly', 'flatly', 'firmly', 'categorically', 'vehemently', 'emphatically', 'outright']);

/** Inflected forms of the calling verbs ("called it a hoax"), to their base form. */
const CALLING_FORMS = (() => {
  const forms = reportingVerbForms(Object.fromEntries(CALLING_VERBS.map((verb) => [verb, true])));
  forms.set('labelled', 'label');
  forms.set('labelling', 'label');
  return forms;
})();

/** Words between a calling verb's object and the word calling it false ("as", "a", "completely"). */
const BEFORE_FALSE_WORD = new Set(['as', 'a', 'an', 'the', 'complete', 'completely', 'total', 'totally', 'utterly', 'entirely', 'absolutely', 'simply', 'pure', 'just', 'another', 'malicious', 'deliberate', 'cruel', 'elaborate']);

const COMPILED_PHRASES = REPORTING_PHRASES.map(([pattern, certainty, verb]) => ({
  phrase: phrasePattern(pattern, 'giu', 'letterOrApostrophe'),
  certainty,
  verb,
}));
/** One alternation per family of phrases, matched as whole words: the leftmost phrase wins. */
const anyOf = (phrases: readonly string[]) => phrasePattern(phrases.join('|'), 'iu', 'letter');
const HEDGE_PATTERN = anyOf(HEDGE_PHRASES);
const UNCONFIRMED_PATTERN = anyOf(UNCONFIRMED_PHRASES);
const DENIAL_PATTERN = anyOf(DENIAL_PHRASES);
const QUESTION_PATTERN = anyOf(QUESTION_PHRASES);
/** Any calling verb form: a part without one cannot hold a calling frame (most parts). */
const CALLING_PATTERN = anyOf([...CALLING_FORMS.keys()]);

/** The default verb forms, built once. */
export const DEFAULT_VERB_FORMS = reportingVerbForms();

/**
 * Reads the reporting frame of one claim: "X said (that) C", "C, X said", "\"C,\" X said",
 * "X refused to confirm reports that C", "according to X", "X cited Y, who claimed that C",
 * headline "X: C" and "C - X"; then hedges inside the claim ("reportedly", "is said to", "could")
 * and outlet-voice doubt ("it is unclear whether C"). Nested frames are read once more:
 * "X said that he was not aware of C" gives C, unconfirmed, by X.
 *
 * @example
 * readFrame('Russia has proposed a truce, U.S. officials say', options);
 * // { claim: { start: 0, end: 27 }, source: { kind: 'officials', side: 'US', ... }, verb: 'say', certainty: 'reported' }
 */
export function readFrame(text: string, options: FrameOptions): FrameReading {
  let outer = readOneFrame(text, { start: 0, end: text.length }, options);
  if (!outer.source && !outer.cue) return withClaimHedges(text, outer, options);
  if (outer.gap) return withClaimHedges(text, outer, options);
  // "X claimed C, state media said": the tag after a prefix frame's claim is who relays it.
  if (outer.source && outer.frame && outer.frame.end <= outer.claim.start && outer.claim.end === text.length) {
    const relay = relayTag(text, outer.claim, options);
    if (relay) outer = { ...outer, claim: { start: outer.claim.start, end: relay.claimEnd }, via: relay.source.source };
  }
  // A frame inside the claim ("... said that he was not aware of C") refines it.
  const inner = readOneFrame(text, outer.claim, options);
  // Only a frame that opens the claim refines it; one inside a relative clause ("an offensive
  // which the U.N. says could ...") belongs to that clause, not to the claim.
  const opensClaim = inner.frame !== undefined && text.slice(outer.claim.start, inner.frame.start).trim() === '';
  const doubtOpensClaim = !inner.source && inner.cue !== undefined && text.slice(outer.claim.start, inner.cue.start).split(/\s+/).length <= 4;
  if ((inner.source || inner.cue) && (opensClaim || doubtOpensClaim)) {
    const source = inner.source?.anaphor && outer.source ? outer.source : (inner.source ?? outer.source);
    const weaker = certaintyRank(inner.certainty) >= certaintyRank(outer.certainty) ? inner : outer;
    return withClaimHedges(text, {
      claim: inner.claim,
      ...(source && { source }),
      ...((weaker.verb ?? outer.verb) !== undefined && { verb: weaker.verb ?? outer.verb! }),
      ...(outer.via !== undefined && { via: outer.via }),
      certainty: weaker.certainty,
      ...((weaker.cue ?? outer.cue) !== undefined && { cue: weaker.cue ?? outer.cue! }),
      frame: outer.frame ?? inner.frame ?? { start: 0, end: 0 },
    }, options);
  }
  return withClaimHedges(text, outer, options);
}

/** The certainty a reporting verb gives: its own entry only, never a member every object inherits. */
function certaintyOf(verb: string, options: FrameOptions): Certainty {
  return Object.hasOwn(options.verbCertainty, verb) ? options.verbCertainty[verb]! : 'reported';
}

/** One level of frame: the first reading that applies, in order of reliability. */
function readOneFrame(text: string, within: Span, options: FrameOptions): FrameReading {
  const tokens = tokensIn(text, within.start, within.end);
  const plain: FrameReading = { claim: within, certainty: 'asserted' };
  if (tokens.length === 0) return plain;
  const fixed = (options.headline ? headlineFrame(text, within, options) : undefined) ?? quoteTagFrame(text, within, options);
  if (fixed) return fixed;
  // Frames that open the claim: the one starting first is the main one ("X said that he was
  // not aware of C": "said" first, the rest is read as a nested frame).
  // (A calling frame first: "dismissed the reports as baseless" is read whole, not as "dismissed C".)
  const opening = [openingParticiple(text, within, options), callingFrame(text, tokens, within, options), phraseFrame(text, tokens, within, options), prefixFrame(text, tokens, within, options)]
    .filter((f): f is FrameReading => f !== undefined)
    .sort((a, b) => (a.frame?.start ?? 0) - (b.frame?.start ?? 0))[0];
  return (
    opening ??
    colonQuoteFrame(text, within, options) ??
    suffixFrame(text, within, options) ??
    participleFrame(text, within, options) ??
    outletDoubt(text, within) ??
    plain
  );
}

/** "Lavrov: Russia has made ..." and "Russia makes proposals ... - Lavrov". */
function headlineFrame(text: string, within: Span, options: FrameOptions): FrameReading | undefined {
  const part = text.slice(within.start, within.end);
  const colon = /^([\p{Lu}][\p{L}.'-]*(?:\s+[\p{Lu}][\p{L}.'-]*){0,3})\s*:\s+(\S.*)$/u.exec(part);
  if (colon) {
    const label = colon[1]!.toLowerCase().replace(/\s+/g, ' ');
    const claimStart = within.start + part.indexOf(colon[2]!, colon[1]!.length);
    // "BREAKING: ...", "WATCH: ...": the kind of item, said by nobody; the claim is what follows.
    if (HEADLINE_KICKERS.has(label)) return { claim: { start: claimStart, end: within.end }, certainty: 'asserted' };
    // "Rumor: ...", "Report: ...": the outlet passes on a claim of that kind.
    const noun = claimNoun(label);
    if (noun) {
      const frame = { start: within.start, end: within.start + colon[1]!.length };
      return { claim: { start: claimStart, end: within.end }, source: { kind: 'reports', source: colon[1]! }, certainty: noun, cue: frame, frame };
    }
    const source = readSource(colon[1]!, options.table);
    if (source && source.kind !== 'reports') {
      return { claim: { start: claimStart, end: within.end }, source, verb: 'say', certainty: 'reported', frame: { start: within.start, end: within.start + colon[1]!.length } };
    }
  }
  // A source after a dash may be a longer phrase ("- central bank chief Ana Duarte").
  const dash = /^(.*\S)\s*(?:\s[-\u2014]+|:)\s+((?:[\p{L}][\p{L}.'-]*)(?:\s+[\p{L}][\p{L}.'-]*){0,6})\s*$/u.exec(part);
  // Up to four words a phrase may be any source; a longer one only as `longDashSource` reads it.
  const long = dash && dash[2]!.split(/\s+/).length > 4 ? longDashSource(dash[2]!, part, options) : undefined;
  if (dash && dash[2]!.split(/\s+/).length > 4 && !long) return undefined;
  if (dash) {
    const noun = claimNoun(dash[2]!.toLowerCase());
    if (noun) {
      const frameStart = within.start + part.lastIndexOf(dash[2]!);
      return { claim: { start: within.start, end: within.start + dash[1]!.length }, source: { kind: 'reports', source: dash[2]! }, certainty: noun, cue: { start: frameStart, end: within.end }, frame: { start: frameStart, end: within.end } };
    }
    const source = long ?? readSource(dash[2]!, options.table);
    if (source) {
      const frameStart = within.start + part.lastIndexOf(dash[2]!);
      return { claim: { start: within.start, end: within.start + dash[1]!.length }, source, verb: 'say', certainty: 'reported', frame: { start: frameStart, end: within.end } };
    }
  }
  return undefined;
}

/**
 * A source of five to seven words after a headline's dash ("- central bank chief Ana Duarte"): only
 * a person's titles and name, which ends the phrase; no function words. Longer phrases after a
 * dash are more often a second clause ("- thanks to his ringtone").
 */
function longDashSource(phrase: string, part: string, options: FrameOptions): SourceReading | undefined {
  const tokens = tokenize(phrase);
  if (tokens.length <= 4 || !/\s[-\u2014]+\s+\S[^-\u2014]*$/u.test(part)) return undefined;
  if (tokens.some((t) => STOPWORDS.has(t.lower))) return undefined;
  const source = readSource(phrase, options.table);
  return source?.kind === 'person' && source.id !== undefined && phrase.trimEnd().endsWith(source.id) ? source : undefined;
}

/**
 * Multi-word frames that change certainty: "X refused to confirm (reports that) C",
 * "X was not aware of C", "X denied (that) C", "according to X".
 */
function phraseFrame(text: string, tokens: readonly Token[], within: Span, options: FrameOptions): FrameReading | undefined {
  const part = text.slice(within.start, within.end);
  for (const { phrase, certainty, verb } of COMPILED_PHRASES) {
    // skip: none of the phrase's words is in the part
    if (!mayMatchPhrase(phrase, text, within.start, within.end)) continue;
    for (const m of part.matchAll(phrase.pattern)) {
      const at = within.start + m.index;
      const after = at + m[0].length;
      if (options.quoted(at)) continue;
      if (verb === 'according to') {
        const reading = accordingTo(text, at, after, within, options);
        if (reading) return reading;
        continue;
      }
      const subject = subjectBefore(text, tokens, at, options);
      if (!subject) continue;
      // A denial frames a claim only when a clause follows: "rejected the proposal" is an act.
      if (certainty === 'denied' && !complementFollows(text, tokens, firstTokenIndex(tokens, after), options)) continue;
      const claimStart = skipClaimIntro(text, after, within.end);
      if (wordsIn(text, claimStart, within.end) < 2) continue;
      const via = relayBefore(text, within.start, subject.start);
      return {
        claim: { start: claimStart, end: within.end },
        source: subject.source,
        verb,
        ...(via !== undefined && { via }),
        certainty,
        cue: { start: at, end: after },
        frame: { start: subject.start, end: after },
      };
    }
  }
  return undefined;
}

/** "C, according to X" and "According to X, C". */
function accordingTo(text: string, at: number, after: number, within: Span, options: FrameOptions): FrameReading | undefined {
  const rest = text.slice(after, within.end);
  const leading = text.slice(within.start, at).trim() === '';
  if (leading) {
    const comma = rest.indexOf(',');
    if (comma < 0) return undefined;
    const source = readSource(rest.slice(0, comma), options.table);
    if (!source) return undefined;
    const claimStart = skipSpace(text, after + comma + 1);
    return { claim: { start: claimStart, end: within.end }, source, verb: 'according to', certainty: 'reported', cue: { start: at, end: after }, frame: { start: at, end: after + comma } };
  }
  const npEnd = rest.search(/[,;]|$/);
  const source = readSource(rest.slice(0, npEnd), options.table);
  if (!source) return undefined;
  const claimEnd = trimEnd(text, at);
  return { claim: { start: within.start, end: claimEnd }, source, verb: 'according to', certainty: 'reported', cue: { start: at, end: after }, frame: { start: at, end: after + npEnd } };
}

/** `"C," X said ...` and `"C." X said`: a quotation opening the part, then its speech tag. */
function quoteTagFrame(text: string, within: Span, options: FrameOptions): FrameReading | undefined {
  const part = text.slice(within.start, within.end);
  const m = /^"([^"]+)"\s*,?\s*/.exec(part);
  if (!m) return undefined;
  const tagStart = within.start + m[0].length;
  const tag = speechTag(text, tagStart, within.end, options);
  if (!tag) return undefined;
  const claim = { start: within.start + 1, end: trimEnd(text, within.start + 1 + m[1]!.length) };
  const certainty = certaintyOf(tag.verb, options);
  // `"The board," X said, "acted far too late."`: the quotation goes on after the tag, and both
  // parts are the one claim.
  const rest = /^\s*,\s*"\s*([^"\s][^"]*)(?:"\s*)?$/.exec(text.slice(tag.end, within.end));
  if (rest) {
    const secondStart = within.end - rest[0].length + rest[0].indexOf(rest[1]!);
    const end = trimEnd(text, secondStart + rest[1]!.trimEnd().length);
    return { claim: { start: claim.start, end }, source: tag.source, verb: tag.verb, certainty, cue: tag.cue, frame: { start: tagStart, end: tag.end }, gap: { start: claim.end, end: secondStart } };
  }
  return { claim, source: tag.source, verb: tag.verb, certainty, cue: tag.cue, frame: { start: tagStart, end: within.end } };
}

/**
 * A speech tag after the last comma of a claim, in a finite form ("..., state media said"; not a
 * participle, ", insisting ..."): who relays a claim already attributed by a prefix frame.
 */
function relayTag(text: string, claim: Span, options: FrameOptions): { source: SourceReading; claimEnd: number } | undefined {
  const comma = text.lastIndexOf(',', claim.end - 1);
  if (comma <= claim.start) return undefined;
  const after = skipSpace(text, comma + 1);
  if (options.quoted(after) || wordsIn(text, claim.start, comma) < 4) return undefined;
  const tag = speechTag(text, after, claim.end, options);
  if (!tag || text.slice(tag.cue.start, tag.cue.end).endsWith('ing')) return undefined;
  return { source: tag.source, claimEnd: trimEnd(text, comma) };
}

/**
 * A comma (and an opening quote), or a closing quote before a word: where a speech tag may follow.
 * Not a thousands separator ("the $452,000,000 reported a year ago").
 */
const TAG_OPENING = /(?<!\d),\s*"?\s*|,(?!\d)\s*"?\s*|"\s+(?=\p{L})/gu;

/** "C, X said (on Thursday)", "C, said X": the frame after a comma (or after a closing quote). */
function suffixFrame(text: string, within: Span, options: FrameOptions): FrameReading | undefined {
  const part = text.slice(within.start, within.end);
  // Where a tag may start, as pairs (the comma, just after it), tried from the last.
  const commas: number[] = [];
  TAG_OPENING.lastIndex = 0;
  for (let m = TAG_OPENING.exec(part); m !== null; m = TAG_OPENING.exec(part)) commas.push(within.start + m.index, within.start + m.index + m[0].length);
  for (let i = commas.length - 2; i >= 0; i -= 2) {
    const at = commas[i]!;
    const after = commas[i + 1]!;
    // The tag itself must stand outside any quotation (a comma closing a quote, `,"`, is fine).
    if (options.quoted(after)) continue;
    if (wordsIn(text, within.start, at) < 4) continue;
    const tag = speechTag(text, after, within.end, options);
    if (!tag) continue;
    return { claim: { start: within.start, end: trimEnd(text, at) }, source: tag.source, verb: tag.verb, certainty: certaintyOf(tag.verb, options), cue: tag.cue, frame: { start: after, end: within.end } };
  }
  return undefined;
}

/**
 * A speech tag starting at `from`: "X said", "X has said", "said X", "he added", "X told Y".
 * The source phrase is at most 12 words without a clause boundary in it, the verb a lower-case
 * reporting verb, and what follows the tag only adjuncts ("on Thursday", "as he sat down ..."),
 * never a "that" clause: "X said that C" is a prefix frame, read by {@link prefixFrame}.
 */
function speechTag(text: string, from: number, to: number, options: FrameOptions): { source: SourceReading; verb: string; cue: Span; end: number } | undefined {
  // A tag is read from its first 14 words at most (a suffix frame asks at each comma of a sentence).
  const tokens = tokensIn(text, from, to, 14);
  if (tokens.length === 0) return undefined;
  const first = tokens[0]!;
  const firstVerb = reportingVerb(first, options);
  if (firstVerb && (!THAT_ONLY_VERBS.has(firstVerb) || invertedName(text, from, to))) {
    // Inverted: "said Russian defence ministry spokesman Igor Konasshenkov on Thursday".
    let end = 1;
    while (end < tokens.length && end <= 12 && !NP_END.has(tokens[end]!.lower) && !punctuationBetween(text, tokens[end - 1]!, tokens[end]!)) end++;
    if (end === 1) return undefined;
    const phrase = text.slice(tokens[1]!.start, tokens[end - 1]!.end);
    const source = readSource(phrase, options.table) ?? readUnnamedSource(phrase);
    if (!source || !tagTailIsAdjunct(text, tokens[end - 1]!.end, to, firstVerb)) return undefined;
    return { source, verb: firstVerb, cue: { start: first.start, end: first.end }, end: tokens[end - 1]!.end };
  }
  for (let k = 1; k < tokens.length && k <= 13; k++) {
    const token = tokens[k]!;
    const previous = tokens[k - 1]!;
    if (SCOPE_BREAKERS.has(previous.lower) || holdsAny(text, previous.end, token.start, ';:"!?')) return undefined;
    const verb = reportingVerb(token, options);
    if (!verb || THAT_ONLY_VERBS.has(verb) || PASSIVE_AUXILIARIES.has(previous.lower)) continue;
    let npEnd = k;
    while (npEnd > 0 && BEFORE_VERB.has(tokens[npEnd - 1]!.lower)) npEnd--;
    if (npEnd === 0) return undefined;
    const phrase = text.slice(first.start, tokens[npEnd - 1]!.end);
    // A speech tag's subject may be any short noun phrase ("the farmer said", "her agent said").
    const source = readSource(phrase, options.table) ?? readUnnamedSource(phrase);
    if (!source || !tagTailIsAdjunct(text, token.end, to, verb)) return undefined;
    return { source, verb, cue: { start: token.start, end: token.end }, end: token.end };
  }
  return undefined;
}

/** What may follow a speech tag: nothing, a comma, or an adjunct; never a "that" clause. */
function tagTailIsAdjunct(text: string, from: number, to: number, verb: string): boolean {
  // Only the tail's first words are read (to its first comma for "told"), not the rest of the sentence.
  let start = from;
  while (start < to && /\s/.test(text[start]!)) start++;
  if (start >= to) return true;
  const tail = text.slice(start, Math.min(to, start + 40));
  if (/^[,.!?;:]/.test(tail)) return true;
  if (/^that\b/i.test(tail)) return false;
  if (verb === 'tell') {
    let clauseEnd = start;
    while (clauseEnd < to && text[clauseEnd] !== ',' && text[clauseEnd] !== ';') clauseEnd++;
    return !/\bthat\b/i.test(text.slice(start, clauseEnd));
  }
  return /^(?:on|in|at|during|after|before|as|while|when|to|from|late|earlier|later|this|last|yesterday|today|adding|saying|according|via|through|with|without|by|outside|inside|monday|tuesday|wednesday|thursday|friday|saturday|sunday|publicly|privately|again|repeatedly|previously|afterwards|separately|recently|told)\b/i.test(tail);
}

/**
 * The base form of a reporting verb, when the token is one. Reporting verbs are written in lower
 * case in running text ("States" in "United States" is not one); in a title-case headline any
 * case goes. (The case is checked only for listed words: most tokens are not.)
 */
function reportingVerb(token: Token, options: FrameOptions): string | undefined {
  const verb = options.verbs.get(token.lower);
  if (verb === undefined) return undefined;
  return options.caseless === true || token.text === token.text.toLowerCase() ? verb : undefined;
}

/** "said Grand Ayatollah Ali al-Sistani": a word, then only capitalized words to the end of the tag. */
function invertedName(text: string, from: number, to: number): boolean {
  return /^\s*\S+\s+\p{Lu}[\p{L}.'&-]*(?:\s+\p{Lu}[\p{L}.'&-]*){0,4}\s*$/u.test(text.slice(from, to));
}

function punctuationBetween(text: string, a: Token, b: Token): boolean {
  return holdsAny(text, a.end, b.start, ',;:.!?"');
}

/** Whether any of `characters` stands in `text` between `from` and `to` (the gap between two tokens). */
function holdsAny(text: string, from: number, to: number, characters: string): boolean {
  for (let i = from; i < to; i++) if (characters.includes(text[i]!)) return true;
  return false;
}

/** Words that open a clause right after a verb: "claims **it** is", "claims **that** ...". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['that', 'it', "it's", 'they', "they're", 'he', "he's", 'she', "she's", 'we', "we're", 'i', "i'm", 'there', "there's"]);

/** "X said (on Thursday) (that) C", "X told reporters that C", "In Munich, X said C". */
function prefixFrame(text: string, tokens: readonly Token[], within: Span, options: FrameOptions): FrameReading | undefined {
  for (let k = 1; k < tokens.length - 2 && k <= 24; k++) {
    const token = tokens[k]!;
    const verb = reportingVerb(token, options);
    if (!verb || options.quoted(token.start)) continue;
    if (NOT_BEFORE_VERB.has(tokens[k - 1]!.lower) || PASSIVE_AUXILIARIES.has(tokens[k - 1]!.lower)) continue;
    if (THAT_ONLY_VERBS.has(verb) && tokens[k + 1]?.lower !== 'that') continue;
    // Headlines report in the present ("Police say") and drop articles: an -ed form there before a
    // bare word qualifies a noun ("Police arrest alleged gunman", "Court jails reported spy"). It
    // reports when "that", "to", a determiner, a pronoun or a number follows ("Carmaker rumored
    // to buy rival", "Doctors confirmed the first case").
    if (options.headline && token.lower.endsWith('ed') && !HEADLINE_REPORT_NEXT.test(tokens[k + 1]?.lower ?? '')) continue;
    if (ON_OBJECT_VERBS.has(verb) && tokens[k + 1]?.lower === 'on' && !isTimeWord(tokens[k + 2]?.lower)) continue;
    // Verbs that are also nouns ("the company's claims"): a verb only before "that" or a subject pronoun ("claims it is").
    if (/^(?:report|claim|claims|statement|post|note|show|find|estimate|forecast|signal|charge)$/.test(token.lower) && !CLAUSE_OPENERS.has(tokens[k + 1]!.lower)) continue;
    const subject = subjectBefore(text, tokens, token.start, options);
    if (!subject) continue;
    const via = relayBefore(text, within.start, subject.start);
    if (via === undefined && !opensPart(text, within.start, subject.start, tokens, k)) continue;
    const certainty = certaintyOf(verb, options);
    // A denial frames a claim only when a clause follows: "rejected the proposal" is an act.
    if (certainty === 'denied' && !complementFollows(text, tokens, k + 1, options)) continue;
    let claimStart = token.end;
    if (OBJECT_VERBS.has(verb)) {
      const that = tokens.slice(k + 1, k + 10).find((t) => t.lower === 'that');
      if (that) claimStart = that.end;
      // "warned the dam could fail": a bare clause.
      else if (BARE_CLAUSE_VERBS.has(verb) && clauseFollows(text, tokens, k + 1, options)) claimStart = tokens[k + 1]!.start;
      else continue;
    } else {
      claimStart = skipAdjuncts(text, tokens, k + 1, within.end);
    }
    claimStart = skipClaimIntro(text, claimStart, within.end);
    if (wordsIn(text, claimStart, within.end) < 3) continue;
    return {
      claim: { start: claimStart, end: within.end },
      source: subject.source,
      verb,
      ...(via !== undefined && { via }),
      certainty,
      cue: { start: token.start, end: token.end },
      frame: { start: subject.start, end: claimStart },
    };
  }
  return undefined;
}

/**
 * Whether a prefix frame's source may start where it does: at the start of the part, after a short
 * introductory phrase ("Meanwhile,", "In Munich on Thursday,"), or after a clause when the verb
 * takes an explicit "that" ("..., as the minister said on Thursday that C"), but never inside a
 * relative clause ("an offensive which the U.N. says could ...").
 */
function opensPart(text: string, partStart: number, subjectStart: number, tokens: readonly Token[], verbIndex: number): boolean {
  const intro = text.slice(partStart, subjectStart);
  if (intro.trim() === '') return true;
  if (/^[^,;:"]{0,70},\s*$/.test(intro) || /^(?:and|but|so|yet|meanwhile|however)\s+$/i.test(intro)) return true;
  if (/\b(?:which|who|whom|that|whose)\s+$/i.test(intro)) return false;
  return tokens.slice(verbIndex + 1, verbIndex + 7).some((t) => t.lower === 'that');
}

/** A reporting participle after a comma ("..., adding that"), the comma included. */
const PARTICIPLE_TAG = new RegExp(`,\\s+(${alternation(FRAMING_PARTICIPLES)})\\b`, 'gi');
/** The same, with the colon or "that" that may follow it: what frames the claim. */
const PARTICIPLE_FRAME = new RegExp(`,\\s+(${alternation(FRAMING_PARTICIPLES)})\\b\\s*:?\\s*(?:that\\s+)?`, 'i');
/** A claim split off after one, opening with it ("adding that C"). */
const OPENING_PARTICIPLE = new RegExp(`^(${alternation(FRAMING_PARTICIPLES)})\\b\\s*:?\\s*(?:that\\s+)?`);

/** A reporting participle opening a text, in any case. */
const PARTICIPLE_START = new RegExp(`^(?:${alternation(FRAMING_PARTICIPLES)})\\b`, 'i');

/**
 * Whether a claim opens with a reporting participle ("adding that C"), as it does when split off
 * after a speech tag or a semicolon: its speaker is the claim's before it.
 */
export function opensWithParticiple(text: string): boolean {
  return PARTICIPLE_START.test(text);
}

/**
 * Where a sentence holds two claims of one source, the second after a reporting participle: "X,
 * officials said on Tuesday, adding that Y" (X is theirs too, not only Y). Returns the offset of
 * the comma before the participle and of the participle itself, when what comes before it ends in
 * a speech tag of its own ("X, officials said on Tuesday"); a participle after a plain clause
 * ("The minister rejected the offer, saying ...") is read as the frame of what follows it.
 *
 * @example
 * participleAfterTag('Russia proposed a truce, officials said, adding that talks would resume.', options);
 * // { end: 38, next: 40 }
 */
export function participleAfterTag(text: string, options: FrameOptions): { end: number; next: number } | undefined {
  PARTICIPLE_TAG.lastIndex = 0;
  for (let m = PARTICIPLE_TAG.exec(text); m !== null; m = PARTICIPLE_TAG.exec(text)) {
    if (options.quoted(m.index)) continue;
    const next = m.index + m[0].length - m[1]!.length;
    if (wordsIn(text, next, text.length) < 4) continue;
    const before = suffixFrame(text, { start: 0, end: m.index }, options);
    if (before?.source && before.frame && before.frame.end === m.index) return { end: m.index, next };
  }
  return undefined;
}

/**
 * "adding that C", a claim split off after a speech tag (see {@link participleAfterTag}) or a
 * semicolon: the participle frames C; its source is the claim's before it, which the caller knows.
 */
function openingParticiple(text: string, within: Span, options: FrameOptions): FrameReading | undefined {
  const m = OPENING_PARTICIPLE.exec(text.slice(within.start, within.end));
  if (!m) return undefined;
  const claimStart = within.start + m[0].length;
  if (wordsIn(text, claimStart, within.end) < 3) return undefined;
  const verb = options.verbs.get(m[1]!) ?? 'say';
  const cue = { start: within.start, end: within.start + m[1]!.length };
  return { claim: { start: claimStart, end: within.end }, verb, certainty: certaintyOf(verb, options), cue, frame: { start: within.start, end: claimStart } };
}

/** "..., saying (that) C": a participle frame whose source is the subject that opens the sentence. */
function participleFrame(text: string, within: Span, options: FrameOptions): FrameReading | undefined {
  const part = text.slice(within.start, within.end);
  const m = PARTICIPLE_FRAME.exec(part);
  if (!m || options.quoted(within.start + m.index)) return undefined;
  const subject = /^(?:(?:[Ee]ven|[Bb]ut|[Aa]nd|[Mm]eanwhile|[Hh]owever|[Aa]lso),?\s+)?((?:[\p{Lu}][\p{L}.'-]*\s+|(?:[Tt]he|[Aa]n?|outgoing|former|top|senior)\s+)*(?:[\p{Lu}][\p{L}.'-]*|[Hh]e|[Ss]he|[Tt]hey|[Ww]e))\b/u.exec(part);
  // ("The health ministry issued a warning, saying": a subject with lower-case words.)
  const source = (subject ? readSource(subject[1]!, options.table) : undefined) ?? leadingSubject(text, within, options)?.source;
  if (!source) return undefined;
  const verb = options.verbs.get(m[1]!.toLowerCase()) ?? 'say';
  const claimStart = within.start + m.index + m[0].length;
  if (wordsIn(text, claimStart, within.end) < 3) return undefined;
  const cueStart = within.start + m.index + m[0].indexOf(m[1]!);
  return {
    claim: { start: claimStart, end: within.end },
    source,
    verb,
    certainty: certaintyOf(verb, options),
    cue: { start: cueStart, end: cueStart + m[1]!.length },
    frame: { start: cueStart, end: claimStart },
  };
}

/**
 * Whether the capitalized word at `at` ends an introductory adverbial rather than a name in
 * apposition: a day or month ("On Thursday, a spokesman said"), or a name after a preposition
 * ("In Munich, the minister said").
 */
function isAdverbialName(tokens: readonly Token[], at: number): boolean {
  if (isTimeWord(tokens[at]!.lower) && tokens[at]!.lower !== 'may') return true;
  let first = at;
  while (first > 0 && startsWithCapital(tokens[first - 1]!.text)) first--;
  return first > 0 ? INTRODUCING_PREPOSITIONS.has(tokens[first - 1]!.lower) : INTRODUCING_PREPOSITIONS.has(tokens[0]!.lower);
}

/** A day or month name ("on Thursday", "on March 1"). */
function isTimeWord(lower: string | undefined): boolean {
  return lower !== undefined && (weekday(lower) !== undefined || month(lower) !== undefined);
}

const INTRODUCING_PREPOSITIONS = new Set(['in', 'on', 'at', 'from', 'during', 'after', 'before', 'since', 'until', 'by', 'earlier', 'later', 'late', 'early']);

/**
 * The source phrase just before `verbAt`: back to the part's start, a comma, or a subordinator
 * ("as", "while", "after"), skipping auxiliaries ("has", "had") and introductory adverbials.
 */
function subjectBefore(text: string, tokens: readonly Token[], verbAt: number, options: FrameOptions): { source: SourceReading; start: number } | undefined {
  // The tokens before the verb are a run from the start, as tokens are sorted.
  let end = lastTokenBy(tokens, 0, verbAt);
  while (end > 0 && BEFORE_VERB.has(tokens[end - 1]!.lower)) end--;
  // "officials who claimed that C": the relative pronoun stands for the phrase before it.
  if (end > 1 && RELATIVE_PRONOUNS.has(tokens[end - 1]!.lower)) end--;
  if (end === 0) return undefined;
  let start = end - 1;
  // "A Western diplomat, speaking on condition of anonymity, said": a participle clause between
  // commas belongs to the source phrase, whatever words it holds.
  if (holdsAny(text, tokens[end - 1]!.end, verbAt, ',')) {
    for (let j = end - 1; j > 0 && j >= end - 12; j--) {
      const gapStart = tokens[j - 1]!.end;
      if (holdsAny(text, gapStart, tokens[j]!.start, ';:"')) break;
      if (!holdsAny(text, gapStart, tokens[j]!.start, ',')) continue;
      if (/^\p{Ll}+(?:ing|ed)$/u.test(tokens[j]!.text)) start = j;
      break;
    }
  }
  while (start > 0) {
    const previous = tokens[start - 1]!;
    const gapStart = previous.end;
    const gapEnd = tokens[start]!.start;
    if (holdsAny(text, gapStart, gapEnd, ';:"') || options.quoted(previous.start)) break;
    // A comma ends the source unless a relative clause or an apposition opens there
    // ("A US official, who spoke ..., said", "Brett McGurk, the administration's envoy, said").
    // So does a participle ("A Western diplomat, speaking on condition of anonymity, said"), when a
    // comma closes it before the verb.
    if (
      holdsAny(text, gapStart, gapEnd, ',') &&
      !/^(?:who|which)$/i.test(tokens[start]!.text) &&
      !(/^(?:the|a|an)$/i.test(tokens[start]!.text) && startsWithCapital(previous.text) && !isAdverbialName(tokens, start - 1)) &&
      !(/^\p{Ll}+(?:ing|ed)$/u.test(tokens[start]!.text) && holdsAny(text, tokens[end - 1]!.end, verbAt, ','))
    ) break;
    if (CITING.has(previous.lower)) break;
    // "who"/"which" after a comma opens a relative clause inside the source phrase.
    const relative = RELATIVE_PRONOUNS.has(previous.lower) && start >= 2 && holdsAny(text, tokens[start - 2]!.end, previous.start, ',');
    if (SCOPE_BREAKERS.has(previous.lower) && !relative) break;
    start--;
  }
  // Strip introductory words that are not part of the source ("Meanwhile", "Earlier on Thursday").
  while (start < end - 1 && /^(?:meanwhile|earlier|later|however|but|and|so|also|now|then|still|yet)$/.test(tokens[start]!.lower)) start++;
  if (end - start > 14) return undefined;
  const phraseStart = tokens[start]!.start;
  const source = readSource(text.slice(phraseStart, tokens[end - 1]!.end), options.table);
  if (!source) return undefined;
  return { source, start: phraseStart };
}

/**
 * Whether what follows a denial verb (from token `at`) is a claim: "that ...", a claim noun
 * ("reports (that)", "the allegations"), a gerund ("denied striking the city") or a bare clause
 * ("denied he had lied"), after adjuncts ("flatly", "on Friday"). An ordinary object is not.
 */
function complementFollows(text: string, tokens: readonly Token[], at: number, options: FrameOptions): boolean {
  let i = at;
  while (i < tokens.length && i < at + 4 && VERB_ADJUNCTS.has(tokens[i]!.lower) && !punctuationBefore(text, tokens, i)) i++;
  const first = tokens[i];
  if (!first || punctuationBefore(text, tokens, i)) return false;
  if (first.lower === 'that') return true;
  if (/^\p{L}{3,}ing$/u.test(first.text) && lowerOrCaseless(first, options) && !ING_NOUNS.has(first.lower)) return true;
  // A claim noun heading the object ("the allegations", "Iraqi media reports that", "expansion report").
  for (let j = i; j < tokens.length && j < i + 5; j++) {
    if (j > i && (punctuationBefore(text, tokens, j) || SCOPE_BREAKERS.has(tokens[j]!.lower))) break;
    if (claimNoun(tokens[j]!.lower)) return true;
  }
  return clauseFollows(text, tokens, i, options);
}

/**
 * Whether a clause opens at token `at`: a subject pronoun and a word after it, or, within a few
 * words and before any punctuation or clause boundary, an auxiliary ("the dam could fail") or a
 * past tense ("Lebanon captured his wife").
 */
function clauseFollows(text: string, tokens: readonly Token[], at: number, options: FrameOptions): boolean {
  const first = tokens[at];
  if (!first) return false;
  if (SUBJECT_PRONOUNS.has(first.lower) && tokens[at + 1] && !punctuationBefore(text, tokens, at + 1)) return true;
  for (let j = at + 1; j < tokens.length && j <= at + 5; j++) {
    const token = tokens[j]!;
    if (punctuationBefore(text, tokens, j) || SCOPE_BREAKERS.has(token.lower)) return false;
    if (FINITE_AUXILIARIES.has(token.lower) || token.lower.endsWith("n't")) return true;
    if (/^\p{L}{3,}ed$/u.test(token.text) && !token.lower.endsWith('eed') && lowerOrCaseless(token, options) && !PARTICIPLE_ADJECTIVES.has(token.lower)) return true;
  }
  return false;
}

/** A word in lower case, or any word in a title-case headline (where case says nothing). */
function lowerOrCaseless(token: Token, options: FrameOptions): boolean {
  return options.caseless === true || token.text === token.lower;
}

/** Whether punctuation stands between token `i` and the one before it. */
function punctuationBefore(text: string, tokens: readonly Token[], i: number): boolean {
  return i > 0 && i < tokens.length && punctuationBetween(text, tokens[i - 1]!, tokens[i]!);
}

/** Index of the first token at or after offset `at`. */
function firstTokenIndex(tokens: readonly Token[], at: number): number {
  const i = tokens.findIndex((t) => t.start >= at);
  return i < 0 ? tokens.length : i;
}

/**
 * Who relays the source, when the text before it is "X cited" or "X quoted" ("AP and Reuters
 * cited officials who said ..."): X, without introductory words.
 */
function relayBefore(text: string, partStart: number, subjectStart: number): string | undefined {
  const m = /^(?:[^,;:"]{0,70},\s*)?(\S(?:.*\S)?)\s+(?:cited|quoted|citing|quoting)\s+$/i.exec(text.slice(partStart, subjectStart));
  return m ? m[1] : undefined;
}

/**
 * "X called it a hoax", "X dismissed the reports as baseless": a calling verb, its object, then a
 * word calling it false. The object is the claim X denies.
 */
function callingFrame(text: string, tokens: readonly Token[], within: Span, options: FrameOptions): FrameReading | undefined {
  if (!mayMatchPhrase(CALLING_PATTERN, text, within.start, within.end)) return undefined;
  for (let k = 1; k < tokens.length - 2 && k <= 24; k++) {
    const token = tokens[k]!;
    const verb = CALLING_FORMS.get(token.lower);
    if (verb === undefined || token.text !== token.lower || options.quoted(token.start)) continue;
    // The object, up to "as", an article or an intensifier, then the false word.
    let j = k + 1;
    while (j < tokens.length && j <= k + 8 && !DENIAL_WORDS.has(tokens[j]!.lower) && !punctuationBefore(text, tokens, j) && (tokens[j]!.lower === 'as' || !SCOPE_BREAKERS.has(tokens[j]!.lower))) j++;
    const falseWord = tokens[j];
    if (!falseWord || !DENIAL_WORDS.has(falseWord.lower) || punctuationBefore(text, tokens, j)) continue;
    let objectEnd = j;
    while (objectEnd > k + 1 && BEFORE_FALSE_WORD.has(tokens[objectEnd - 1]!.lower)) objectEnd--;
    if (objectEnd === k + 1) continue;
    const subject = subjectBefore(text, tokens, token.start, options);
    if (!subject || !opensPart(text, within.start, subject.start, tokens, k)) continue;
    return {
      claim: { start: tokens[k + 1]!.start, end: tokens[objectEnd - 1]!.end },
      source: subject.source,
      verb,
      certainty: 'denied',
      cue: { start: falseWord.start, end: falseWord.end },
      frame: { start: subject.start, end: token.end },
    };
  }
  return undefined;
}

/**
 * `X put it bluntly: "C"`: a quotation after a colon, to the end of the part, said by the subject
 * of the words before the colon.
 */
function colonQuoteFrame(text: string, within: Span, options: FrameOptions): FrameReading | undefined {
  const part = text.slice(within.start, within.end);
  const m = /^([^":]+):\s*"\s*([^"\s](?:[^"]*[^"\s])?)\s*(?:"\s*)?$/.exec(part);
  if (!m) return undefined;
  const colon = within.start + m[1]!.length;
  const subject = leadingSubject(text, { start: within.start, end: colon }, options);
  if (!subject || subject.source.kind === 'reports') return undefined;
  const claimStart = within.start + m[0].indexOf(m[2]!, m[1]!.length);
  const claimEnd = trimEnd(text, claimStart + m[2]!.length);
  return {
    claim: { start: claimStart, end: claimEnd },
    source: subject.source,
    verb: subject.verb ?? 'say',
    certainty: subject.verb ? certaintyOf(subject.verb, options) : 'reported',
    frame: { start: subject.start, end: colon },
  };
}

/**
 * The subject that opens a clause: a noun phrase (with an apposition between commas) up to its
 * verb, read as a source. The verb is an auxiliary, a reporting verb or a past tense in "-ed";
 * after an apposition, any lower-case word ("Karin Vos, a shareholder, put it ...").
 */
function leadingSubject(text: string, within: Span, options: FrameOptions): { source: SourceReading; start: number; verb?: string } | undefined {
  const span = subjectSpan(text, within, options);
  return span && readLeading(text, span.tokens, span.start, span.end, options, span.verb);
}

/** Where {@link leadingSubject}'s phrase lies: tokens `[start, end)` of `tokens`, and its verb when a reporting verb. */
function subjectSpan(text: string, within: Span, options: FrameOptions): { tokens: readonly Token[]; start: number; end: number; verb?: string } | undefined {
  const tokens = tokensIn(text, within.start, within.end);
  let i = 0;
  while (i < tokens.length - 1 && /^(?:even|but|and|meanwhile|however|also|then)$/.test(tokens[i]!.lower)) i++;
  if (i >= tokens.length || (!startsWithCapital(tokens[i]!.text) && !/^(?:the|a|an)$/.test(tokens[i]!.lower))) return undefined;
  const start = i;
  for (let j = start + 1; j < tokens.length && j <= start + 9; j++) {
    const token = tokens[j]!;
    if (holdsAny(text, tokens[j - 1]!.end, token.start, ';:"')) return undefined;
    // An apposition: to the next comma; the word after it is the verb.
    if (holdsAny(text, tokens[j - 1]!.end, token.start, ',')) {
      const close = tokens.findIndex((t, n) => n > j && holdsAny(text, tokens[n - 1]!.end, t.start, ','));
      if (close < 0 || !startsWithLowerCase(tokens[close]!.text)) return undefined;
      return { tokens, start, end: close };
    }
    if (!startsWithLowerCase(token.text)) continue;
    const verb = reportingVerb(token, options);
    if (verb || FINITE_AUXILIARIES.has(token.lower) || BEFORE_VERB.has(token.lower) || (/^\p{Ll}{3,}ed$/u.test(token.text) && j > start + 1)) {
      return { tokens, start, end: j, ...(verb !== undefined && { verb }) };
    }
  }
  return undefined;
}

/** The source phrase of tokens `[start, verbIndex)`, read. */
function readLeading(text: string, tokens: readonly Token[], start: number, verbIndex: number, options: FrameOptions, verb?: string): { source: SourceReading; start: number; verb?: string } | undefined {
  const phraseStart = tokens[start]!.start;
  const source = readSource(text.slice(phraseStart, trimEnd(text, tokens[verbIndex]!.start)), options.table);
  return source ? { source, start: phraseStart, ...(verb !== undefined && { verb }) } : undefined;
}

/**
 * The person a sentence is about, when a named person opens it as its subject ("Coach Anna Smit
 * praised her players"): a later "she said" may stand for them.
 *
 * `knownNames` are the capitalized words the article uses inside sentences: one opening the
 * sentence may be a name ("Kerry praised ...").
 *
 * @example
 * sentenceSubject('Coach Anna Smit praised her players.', options); // { kind: 'person', id: 'Anna Smit', role: 'Coach', ... }
 */
export function sentenceSubject(text: string, options: FrameOptions, knownNames?: ReadonlySet<string>): SourceReading | undefined {
  const span = subjectSpan(text, { start: 0, end: text.length }, options);
  if (!span) return undefined;
  // skip: a subject without two capitalized words in a row, or a name the article uses, names no
  // one (most do not, and reading a source costs more than looking)
  let named = false;
  for (let i = span.start; i < span.end; i++) {
    const token = span.tokens[i]!;
    // A person's name with titles: capitalized words, titles, articles ("the Dutch coach Anna Smit").
    if (!startsWithCapital(token.text)) {
      if (ROLE_WORDS.has(token.lower) || NAME_ARTICLES.has(token.lower)) continue;
      return undefined;
    }
    if (named || STOPWORDS.has(token.lower)) continue;
    named = knownNames?.has(token.text) === true || (i + 1 < span.end && startsWithCapital(span.tokens[i + 1]!.text));
  }
  if (!named) return undefined;
  const source = readLeading(text, span.tokens, span.start, span.end, options)?.source;
  return source?.kind === 'person' && !source.anaphor ? source : undefined;
}

/** After the verb: time and manner adjuncts ("on Thursday", "in a statement", "late Wednesday"), then "that". */
function skipAdjuncts(text: string, tokens: readonly Token[], from: number, end: number): number {
  let i = from;
  const adjunct = /^(?:on|late|early|earlier|later|in|during|at|this|last|yesterday|today|tonight|previously|again|also|repeatedly|publicly|privately|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night|week|a|an|the|statement|interview|briefing|conference|call|news|separately|recently|then)$/;
  const that = tokens.slice(from, from + 7).findIndex((t) => t.lower === 'that');
  if (that >= 0 && tokens.slice(from, from + that).every((t) => adjunct.test(t.lower) || /^\p{Lu}/u.test(t.text))) {
    return tokens[from + that]!.end;
  }
  while (i < tokens.length && i < from + 4 && /^(?:on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|earlier|later|previously|again|also|repeatedly|publicly)$/.test(tokens[i]!.lower)) i++;
  if (i < tokens.length && tokens[i]!.lower === 'that') i++;
  return i < tokens.length ? tokens[i]!.start : end;
}

/** "reports that C", "claims that C", "C": what a non-confirmation or denial applies to. */
function skipClaimIntro(text: string, from: number, end: number): number {
  const rest = text.slice(from, end);
  const m = /^\s*(?::\s*)?(?:(?:any|the|recent|media|press|earlier|such|these|those)\s+)*(\p{L}+)\s+(?:that|of|about)\s+/iu.exec(rest);
  if (m && claimNoun(m[1]!.toLowerCase())) return from + m[0].length;
  const that = /^\s*(?::\s*)?(?:that\s+)?/i.exec(rest);
  return from + (that?.[0].length ?? 0);
}

/** Outlet-voice doubt: "It is unclear when C", "There was no confirmation that C", "a question asking if C". */
function outletDoubt(text: string, within: Span): FrameReading | undefined {
  const part = text.slice(within.start, within.end);
  for (const [pattern, certainty] of [[UNCONFIRMED_PATTERN, 'unconfirmed'], [QUESTION_PATTERN, 'hedged']] as const) {
    const m = matchPhrase(pattern, text, within.start, within.end);
    if (!m) continue;
    const cue = { start: within.start + m.index, end: within.start + m.index + m[0].length };
    let claimStart = cue.end;
    // "how" stays: "how many people were trapped" is the question, not "many people were trapped".
    const rest = /^\s*(?:(?:whether|if|when|why|who|what|that|of|about|on)\s+)?/i.exec(text.slice(cue.end, within.end));
    claimStart += rest?.[0].length ?? 0;
    if (wordsIn(text, claimStart, within.end) < 2) claimStart = within.start;
    return { claim: { start: claimStart, end: within.end }, certainty, cue };
  }
  return undefined;
}

/**
 * What the claim's own words do to its certainty, read in the main clause: a word calling it
 * false ("hoax", "not true") makes it `denied`; doubt ("remains unclear") `unconfirmed`; a hedge
 * ("reportedly", "is said to", epistemic "may"/"could"), a claim noun ("claims that ...") or a
 * question mark `hedged`. Certainty only ever weakens here.
 */
function withClaimHedges(text: string, reading: FrameReading, options: FrameOptions): FrameReading {
  const { start, end } = reading.claim;
  const claim = text.slice(start, end);
  const mainClauseEnd = mainClauseLength(claim);
  const weaken = (certainty: Certainty, cue: Span, source?: SourceReading): FrameReading =>
    certaintyRank(certainty) > certaintyRank(reading.certainty)
      ? { ...reading, ...(source && !reading.source && { source }), certainty, cue }
      : reading;
  const tokens = tokensIn(text, start, end);
  for (const token of tokens) {
    if (DENIAL_WORDS.has(token.lower) && !options.quoted(token.start)) return weaken('denied', token);
  }
  const denial = matchPhrase(DENIAL_PATTERN, text, start, end);
  if (denial && !options.quoted(start + denial.index)) return weaken('denied', { start: start + denial.index, end: start + denial.index + denial[0].length });
  const doubt = matchPhrase(UNCONFIRMED_PATTERN, text, start, end);
  if (doubt && doubt.index < mainClauseEnd && !options.quoted(start + doubt.index)) {
    return weaken('unconfirmed', { start: start + doubt.index, end: start + doubt.index + doubt[0].length });
  }
  if (certaintyRank(reading.certainty) >= certaintyRank('hedged')) return reading;
  const hedge = matchPhrase(HEDGE_PATTERN, text, start, end);
  if (hedge && hedge.index < mainClauseEnd && !options.quoted(start + hedge.index)) {
    const cue = { start: start + hedge.index, end: start + hedge.index + hedge[0].length };
    const passiveReport = /^(?:is|are|was|were|has been|have been|had been) (?:said|reported|rumou?red|alleged|claimed)/i.test(hedge[0]);
    if (passiveReport) return weaken('hedged', cue, { kind: 'reports', source: 'reports' });
    // "the mayor accused the contractor of ...": the accuser is the source of the charge.
    const accuser = /^(?:accuse|blame)/i.test(hedge[0]) && !reading.source ? subjectBefore(text, tokensIn(text, 0, cue.start), cue.start, options) : undefined;
    const charged = weaken('hedged', cue, accuser?.source);
    return accuser && charged !== reading ? { ...charged, verb: /^accus/i.test(hedge[0]) ? 'accuse' : 'blame' } : charged;
  }
  const hedges = options.hedges ?? HEDGE_WORDS;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const breaksScope = SCOPE_BREAKERS.has(token.lower) && token.start > start;
    const hedgeWord = hedges.has(token.lower) || (HEDGE_MODALS.has(token.lower) && !(token.text === 'May' && isMonthMay(text, token.start, options.caseless)));
    const next = tokens[i + 1];
    const noun = next && AFTER_CLAIM_NOUN.has(next.lower) ? claimNoun(token.lower) : undefined;
    // skip: a word that does nothing here, quoted or not (asking whether it is quoted costs more)
    if (!breaksScope && !hedgeWord && !noun) continue;
    if (options.quoted(token.start)) continue;
    if (breaksScope) break;
    if (hedgeWord) return weaken('hedged', token);
    return weaken(noun === 'reported' && !reading.source ? 'reported' : noun!, token, { kind: 'reports', source: token.text });
  }
  if (/\?["')\]]*\s*$/.test(claim) && !options.quoted(end - 1)) return weaken('hedged', { start: end - 1, end });
  return reading;
}

/**
 * Length of the main clause at the start of a claim: up to the first word that opens a
 * subordinate or coordinate clause ("because", "which", "while"...). Hedges, negation and modal
 * force are read there only.
 */
export function mainClauseLength(claim: string): number {
  let length = recentLengths.get(claim);
  if (length === undefined) recentLengths.set(claim, (length = firstScopeBreaker(claim)));
  return length;
}

/**
 * The frame reader asks about each claim of an article as it reads the sentences, the extractors
 * ask again when the statements are built: the last few answers are kept.
 */
const recentLengths = new RecentCache<string, number>(64);

function firstScopeBreaker(claim: string): number {
  const tokens = tokenize(claim);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (!SCOPE_BREAKERS.has(token.lower) || token.start === 0) continue;
    // "the day before, X said": a breaker closed by a comma is an adverb, no clause opens there.
    if (/^\s*,/.test(claim.slice(token.end, token.end + 3))) continue;
    // "parks such as Spruce Run", "as well as", "as of Monday", "so far": no clause opens there either.
    if (NOT_A_CLAUSE.has(`${tokens[k - 1]?.lower} ${token.lower}`) || NOT_A_CLAUSE.has(`${token.lower} ${tokens[k + 1]?.lower}`)) continue;
    return token.start;
  }
  return claim.length;
}

/** Breaker words inside fixed phrases that open no clause. */
const NOT_A_CLAUSE: ReadonlySet<string> = new Set(['such as', 'well as', 'as well', 'as of', 'so far']);

function wordsIn(text: string, start: number, end: number): number {
  const tokens = tokenize(text);
  const first = firstTokenFrom(tokens, start);
  return lastTokenBy(tokens, first, end) - first;
}

/**
 * Tokens of `text` lying within `[from, to)`, the first `limit` of them: the whole text is tokenized
 * once (and cached). Tokens are sorted and never overlap, so those within a span are one run, found
 * by binary search.
 */
function tokensIn(text: string, from: number, to: number, limit = Infinity): readonly Token[] {
  const tokens = tokenize(text);
  const first = firstTokenFrom(tokens, from);
  const last = Math.min(lastTokenBy(tokens, first, to), first + limit);
  // (all of them, most often: the shared array itself, which no one edits)
  return first === 0 && last === tokens.length ? tokens : tokens.slice(first, last);
}

/** Index of the first token starting at or after `from` (`tokens.length` when none does). */
function firstTokenFrom(tokens: readonly Token[], from: number): number {
  return partitionPoint(0, tokens.length, (i) => tokens[i]!.start < from);
}

/** Index just past the last token from `first` on that ends at or before `to`. */
function lastTokenBy(tokens: readonly Token[], first: number, to: number): number {
  return partitionPoint(first, tokens.length, (i) => tokens[i]!.end <= to);
}

function skipSpace(text: string, at: number): number {
  let i = at;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s,;:\-\u2014]/.test(text[e - 1]!)) e--;
  return e;
}
