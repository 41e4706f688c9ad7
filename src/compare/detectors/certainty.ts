import { certaintyRank, type Certainty } from '../../extract/certainty.js';
import type { Statement } from '../../extract/statement.js';
import type { TextSpan } from '../../text/span.js';
import { stem } from '../../text/stem.js';
import { tokenize } from '../../text/tokenize.js';
import { quoteText, sourceLabel, type Detector } from '../detector.js';

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
 * too ("probably", "estimates": see `holdsWords`).
 */
export const certaintyDetector: Detector = {
  kind: 'certainty',
  name: 'certainty-gap',
  compare(a, b) {
    const gap = Math.abs(certaintyRank(a.certainty) - certaintyRank(b.certainty));
    if (gap < 2) return undefined;
    const [firm, weak] = certaintyRank(a.certainty) < certaintyRank(b.certainty) ? [a, b] : [b, a];
    if (weak.certaintyCue && holdsWords(firm.text, weak.certaintyCue.text)) return undefined;
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
 * Whether `text` holds the words of `cue`, in order and by stem ("would **probably** be unable" /
 * "would **probably** be impossible", "**estimates** this market will" / "**estimates** that the
 * market will"): the words that weaken one claim are in the other too, so the two certainties
 * differ by how each sentence was read, not by what the outlets wrote.
 */
function holdsWords(text: string, cue: string): boolean {
  const words = stems(text);
  const wanted = stems(cue);
  if (wanted.length === 0) return false;
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

function stems(text: string): string[] {
  return tokenize(text).map((t) => stem(t.lower));
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
