import { certaintyRank, type Certainty } from '../../extract/certainty.js';
import type { Statement } from '../../extract/statement.js';
import { HEDGE_PHRASES, HEDGE_WORDS, UNCONFIRMED_PHRASES } from '../../lexicon/hedges.js';
import { REPORTING_PHRASES } from '../../lexicon/reportingVerbs.js';
import type { TextSpan } from '../../text/span.js';
import { stemsOf } from '../../text/stem.js';
import { alignNearVerbatim } from '../../text/wordAlignment.js';
import { quoteText, sourceLabel, type Detector, type DivergenceFinding } from '../detector.js';
import { doubtReaches } from '../doubtScope.js';

/** How each certainty reads in an explanation. */
const PHRASE: Record<Certainty, string> = {
  asserted: 'stated as fact',
  reported: 'reported',
  hedged: 'reported with reserve',
  unconfirmed: 'left unconfirmed',
  denied: 'denied',
};

/**
 * One report asserts or reports a claim while another leaves it unconfirmed or denies it (or
 * asserts what the other only hedges): certainties at least two steps apart on the scale
 * asserted > reported > hedged > unconfirmed > denied. Adjacent steps (reported vs hedged) are
 * ordinary differences of sourcing, not flagged; nor is a gap whose cue the firmer report writes
 * too ("probably", "estimates": see `holdsWords`), nor one whose cue leaves in doubt only a detail
 * or a cause the firmer report does not give ("not aware of a date", "blamed on": see
 * {@link doubtReaches}).
 */
export const certaintyDetector: Detector = {
  kind: 'certainty',
  name: 'certainty-gap',
  compare(a, b) {
    const gap = Math.abs(certaintyRank(a.certainty) - certaintyRank(b.certainty));
    if (gap < 2) return insertedCue(a, b);
    const [firm, weak] = certaintyRank(a.certainty) < certaintyRank(b.certainty) ? [a, b] : [b, a];
    if (weak.certaintyCue && holdsWords(firm.text, weak.certaintyCue.text)) return undefined;
    if (!doubtReaches(weak, firm)) return undefined;
    const explanation = `${describe(firm)}; ${describe(weak)}.`;
    return {
      spans: [cueSpans(a), cueSpans(b)],
      values: [a.certainty, b.certainty],
      score: Math.min(1, 0.4 + 0.2 * gap),
      explanation,
    };
  },
};

/**
 * A hedge, an unconfirming frame or a denial that one report puts into the other's very words
 * ("who are **reportedly** defending champions", "**It is unclear whether** the board ...",
 * "**Officials denied that** the board ..."): wherever it stands, and whatever certainty each
 * whole sentence was read with (a hedge in a subordinate clause leaves the main claim's
 * certainty as it was), one outlet distances itself from what the other states. The words
 * inserted must be all that differs, and must hold a cue (see {@link WEAKENING_CUE}).
 */
function insertedCue(a: Statement, b: Statement): DivergenceFinding | undefined {
  const alignment = alignNearVerbatim(a.text, b.text, MIN_INSERTED_WORDS, MAX_INSERTED_WORDS);
  if (!alignment || alignment.edits.length !== 1) return undefined;
  const [edit] = alignment.edits as [{ a: [number, number]; b: [number, number] }];
  const insertedInA = edit.b[0] === edit.b[1];
  if (insertedInA === (edit.a[0] === edit.a[1])) return undefined;
  const [weak, firm, tokens, range] = insertedInA ? [a, b, alignment.tokensA, edit.a] : [b, a, alignment.tokensB, edit.b];
  const start = tokens[range[0]]!.start;
  const end = tokens[range[1] - 1]!.end;
  const words = weak.text.slice(start, end);
  if (!WEAKENING_CUE.test(words.toLowerCase())) return undefined;
  const aligned = weak.end - weak.start === weak.text.length;
  const span: TextSpan = aligned ? { text: words, start: weak.start + start, end: weak.start + end } : { text: weak.text, start: weak.start, end: weak.end };
  return {
    spans: insertedInA ? [[span], []] : [[], [span]],
    values: [a.certainty, b.certainty],
    score: 0.6,
    explanation: `${weak.outlet} adds ${quoteText(words, 40)} to what ${firm.outlet} states in otherwise the same words.`,
  };
}

/** Statements shorter than this (in words) are not compared for an inserted cue. */
const MIN_INSERTED_WORDS = 5;
/** The most words an inserted cue may take ("A ministry spokesman denied that"). */
const MAX_INSERTED_WORDS = 5;

/**
 * Words that weaken or deny a claim when put into it: hedge adverbs, hedging and unconfirming
 * frames, and the phrases that report a claim unconfirmed or denied.
 */
const WEAKENING_CUE = new RegExp(
  `(?:^|[^a-z'])(?:${[
    ...HEDGE_WORDS,
    ...HEDGE_PHRASES,
    ...UNCONFIRMED_PHRASES,
    ...REPORTING_PHRASES.filter(([, certainty]) => certainty === 'unconfirmed' || certainty === 'denied').map(([phrase]) => phrase),
  ].join('|')})(?![a-z'])`,
);

/**
 * Whether `text` holds the words of `cue`, in order and by stem ("would **probably** be unable" /
 * "would **probably** be impossible", "**estimates** this market will" / "**estimates** that the
 * market will"): the words that weaken one claim are in the other too, so the two certainties
 * differ by how each sentence was read, not by what the outlets wrote.
 */
function holdsWords(text: string, cue: string): boolean {
  const words = stemsOf(text);
  const wanted = stemsOf(cue);
  if (wanted.length === 0) return false;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

function cueSpans(statement: Statement): TextSpan[] {
  if (statement.certaintyCue) return [statement.certaintyCue];
  return statement.attribution.span ? [statement.attribution.span] : [];
}

/** "Harbor Wire: reported by U.S. officials ("say")", "Meridian Post: stated as fact in its own voice". */
function describe(statement: Statement): string {
  const cue = statement.certaintyCue ? ` (${quoteText(statement.certaintyCue.text, 40)})` : '';
  const by = statement.attribution.kind === 'outlet' ? (statement.certainty === 'asserted' ? ' in its own voice' : '') : ` by ${sourceLabel(statement)}`;
  return `${statement.outlet}: ${PHRASE[statement.certainty]}${by}${cue}`;
}
