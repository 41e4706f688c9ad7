import { mainClauseLength } from '../../extract/frame.js';
import type { Statement } from '../../extract/statement.js';
import type { TimeSpan } from '../../extract/time.js';
import { changedSlot, timeInSlot } from '../changedSlot.js';
import { quoteText, type Detector, type DivergenceFinding } from '../detector.js';
import { perStatement } from '../perStatement.js';

/**
 * Intervals of time that cannot both be true: each report places the same event at a resolved
 * time ("last month" = January, "earlier this month" = February 1-10) and no pair of their times
 * with the same relation overlaps. "last week" (Feb 1-7) lies inside "earlier this month" and
 * agrees; a start ("from March 18", "starting April 3") is compared with a start, a deadline
 * ("until", "by") with a deadline, and "by Feb. 25" agrees with "until February 25" (both name
 * the day); a bare weekday written alike in both is one day, whichever week the tense around it
 * suggests. A time that overlaps one of the other's is settled; the reports disagree when a time
 * of each is left, with the same relation, overlapping none. Only times of each claim's main clause are compared, and unresolved times (no
 * publication date) never are.
 */
export const timeDetector: Detector = {
  kind: 'time',
  name: 'interval-overlap',
  compare(a, b) {
    const timesA = mainClauseTimesOf(a);
    const timesB = mainClauseTimesOf(b);
    // A time both reports give alike is settled, and says nothing about the others: "a peak last
    // week and a high in late May" / "a peak last week and a high in late August" disagree.
    const settled = new Set<TimeSpan>();
    const apart: Array<[TimeSpan, TimeSpan]> = [];
    for (const ta of timesA) {
      for (const tb of timesB) {
        if (relationOf(ta) !== relationOf(tb)) continue;
        if (overlaps(ta, tb) || sameWeekday(ta, tb)) {
          settled.add(ta);
          settled.add(tb);
        } else apart.push([ta, tb]);
      }
    }
    const first = apart.find(([ta, tb]) => !settled.has(ta) && !settled.has(tb));
    if (!first) return changedTime(a, b);
    const [ta, tb] = first;
    return {
      spans: [[ta], [tb]],
      values: [ta.interval, tb.interval],
      score: 0.7,
      explanation: `${a.outlet} places it ${quoteText(ta.text, 30)} (${describe(ta)}), ${b.outlet} ${quoteText(tb.text, 30)} (${describe(tb)}): the dates do not overlap.`,
    };
  },
};

/**
 * A time changed in otherwise the same words, wherever it stands: in the reporting frame ("the
 * Census Bureau reported **Friday**" / "**Monday**") or a subordinate clause ("who faces a
 * recall election in **April**" / "in **October**").
 */
function changedTime(a: Statement, b: Statement): DivergenceFinding | undefined {
  for (const slot of changedSlot(a, b) ?? []) {
    const ta = timeInSlot(a, slot.a);
    const tb = timeInSlot(b, slot.b);
    if (!ta || !tb || relationOf(ta) !== relationOf(tb)) continue;
    if (ta.interval && tb.interval) {
      if (overlaps(ta, tb)) continue;
    } else if (ta.interval || tb.interval || ta.kind !== tb.kind || !NAMED.has(ta.kind) || ta.text.toLowerCase() === tb.text.toLowerCase()) continue;
    // Unresolved (a reporting frame's "said Friday"): two different days of the week, or dates, by name;
    // "4,000 years ago" and "8,000 years ago" name no calendar time and are not compared.
    const when = (t: TimeSpan) => (t.interval ? ` (${describe(t)})` : '');
    return {
      spans: [[ta], [tb]],
      values: [ta.interval ?? ta.text, tb.interval ?? tb.text],
      score: 0.6,
      explanation: `${a.outlet} has ${quoteText(ta.text, 30)}${when(ta)} where ${b.outlet}, in otherwise the same words, has ${quoteText(tb.text, 30)}${when(tb)}.`,
    };
  }
  return undefined;
}

/** Kinds of time that name a day or a date, and may be compared by name when unresolved. */
const NAMED: ReadonlySet<TimeSpan['kind']> = new Set(['weekday', 'date']);

/** {@link mainClauseTimes}, read once per statement: a statement's times are set against those of every other statement of its cluster. */
const mainClauseTimesOf = perStatement(mainClauseTimes);

/**
 * Resolved times of the claim's main clause: "the meeting aims to restart talks that failed last
 * month" places the failure, not the meeting, last month.
 */
function mainClauseTimes(statement: Statement): TimeSpan[] {
  const claim = statement.claim.text;
  const end = mainClauseLength(claim);
  let cursor = 0;
  const times: TimeSpan[] = [];
  for (const time of statement.times) {
    const at = claim.indexOf(time.text, cursor);
    if (at < 0) continue;
    cursor = at + time.text.length;
    if (time.interval && at < end) times.push(time);
  }
  return times;
}

/** What a time says of the event: when it happens, when it starts, or when it must end by. */
function relationOf(time: TimeSpan): 'at' | 'start' | 'end' | 'before' | 'after' {
  switch (time.relation) {
    case 'since':
    case 'from':
      return 'start';
    case 'until':
    case 'by':
      return 'end';
    case 'before':
      return 'before';
    case 'after':
      return 'after';
    default:
      return /^(?:starting|beginning|effective|as of)\b/i.test(time.text) ? 'start' : 'at';
  }
}

/**
 * The same day of the week in the same words, resolved to weeks next to each other: which week a
 * bare "Monday" means is read from the tense around it ("plans to shut down Monday" / "said it
 * would shut down Monday"), and two outlets writing it alike on one day mean one day.
 */
function sameWeekday(a: TimeSpan, b: TimeSpan): boolean {
  if (a.kind !== 'weekday' || b.kind !== 'weekday' || a.text.toLowerCase() !== b.text.toLowerCase()) return false;
  const days = Math.abs(Date.parse(a.interval!.start) - Date.parse(b.interval!.start)) / 86_400_000;
  return days <= 7;
}

function overlaps(a: TimeSpan, b: TimeSpan): boolean {
  return a.interval!.start < b.interval!.end && b.interval!.start < a.interval!.end;
}

function describe(time: TimeSpan): string {
  const { start, end } = time.interval!;
  const last = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return start === last ? start : `${start} to ${last}`;
}
