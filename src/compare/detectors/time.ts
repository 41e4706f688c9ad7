import type { TimeSpan } from '../../extract/time.js';
import { quoteText, type Detector } from '../detector.js';

/**
 * Intervals of time that cannot both be true: each report places the same event at a resolved
 * time ("last month" = January, "earlier this month" = February 1-10) and no pair of their times
 * overlaps. "last week" (Feb 1-7) lies inside "earlier this month" and agrees; "by Feb. 25" and
 * "until February 25" name the same day and agree. Unresolved times (no publication date) are
 * not compared.
 */
export const timeDetector: Detector = {
  kind: 'time',
  name: 'interval-overlap',
  compare(a, b) {
    const timesA = a.times.filter(isPoint);
    const timesB = b.times.filter(isPoint);
    if (timesA.length === 0 || timesB.length === 0) return undefined;
    let first: [TimeSpan, TimeSpan] | undefined;
    for (const ta of timesA) {
      for (const tb of timesB) {
        if (overlaps(ta, tb)) return undefined;
        first ??= [ta, tb];
      }
    }
    const [ta, tb] = first!;
    return {
      spans: [[ta], [tb]],
      values: [ta.interval, tb.interval],
      score: 0.7,
      explanation: `${a.outlet} places it ${quoteText(ta.text, 30)} (${describe(ta)}), ${b.outlet} ${quoteText(tb.text, 30)} (${describe(tb)}): the dates do not overlap.`,
    };
  },
};

/** Resolved times that place the event (not "since"/"until" stretches, which only bound it). */
function isPoint(time: TimeSpan): boolean {
  return time.interval !== undefined && (time.relation === undefined || time.relation === 'at');
}

function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.interval!.start < b.interval!.end && b.interval!.start < a.interval!.end;
}

function describe(time: TimeSpan): string {
  const { start, end } = time.interval!;
  const last = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return start === last ? start : `${start} to ${last}`;
}
