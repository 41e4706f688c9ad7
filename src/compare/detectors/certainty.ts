import { certaintyRank, type Certainty } from '../../extract/certainty.js';
import type { Statement } from '../../extract/statement.js';
import type { TextSpan } from '../../text/span.js';
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
 * ordinary differences of sourcing, not flagged.
 */
export const certaintyDetector: Detector = {
  kind: 'certainty',
  name: 'certainty-gap',
  compare(a, b) {
    const gap = Math.abs(certaintyRank(a.certainty) - certaintyRank(b.certainty));
    if (gap < 2) return undefined;
    const [firm, weak] = certaintyRank(a.certainty) < certaintyRank(b.certainty) ? [a, b] : [b, a];
    const explanation = `${describe(firm)}; ${describe(weak)}.`;
    return {
      spans: [cueSpans(a), cueSpans(b)],
      values: [a.certainty, b.certainty],
      score: Math.min(1, 0.4 + 0.2 * gap),
      explanation,
    };
  },
};

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
