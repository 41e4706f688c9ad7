import { contentTerm } from '../../cluster/profile.js';
import type { Quantity } from '../../extract/quantity.js';
import type { Statement } from '../../extract/statement.js';
import type { Duration } from '../../extract/time.js';
import { tokenize } from '../../text/tokenize.js';
import { alignNearVerbatim } from '../../text/wordAlignment.js';
import { countedThing } from '../countedThing.js';
import { partiesApart } from '../sameParty.js';
import { perStatement } from '../perStatement.js';
import { spanIn } from '../changedSlot.js';
import { quoteText, type Detector, type DivergenceFinding } from '../detector.js';

/** Values this close (relative difference) are the same figure rounded; twice as much for approximate ones. */
const ROUNDING = 0.02;
const APPROXIMATE = 0.1;
/** What happened to what an amount counts: the nearest content word before it and after its unit ("**killed** 12 people"). */
const CONTEXT_WORDS = 1;

/**
 * Incompatible quantities for the same thing: two amounts counting the same class of thing (the
 * same unit, or people under any name: "civilians", "Syrians") in the same context (a shared word
 * next to them: "12 people **killed**" is not "40 people **injured**"), whose intervals do not
 * overlap once approximations, ranges, bounds and rounding are read ("51,000" lies within "tens
 * of thousands"; "a third" agrees with "33%"; "1,900 targets" and "900 targets" do not). An
 * amount that agrees with one of the other's is settled; the reports disagree when an amount of
 * each is left that can be compared and agrees with none. Claims that name two parties of one
 * kind ("Xerox shares" / "Coke shares") give each party's figure, and two days' figures are not
 * compared (see `differentOccasions`).
 */
export const numberDetector: Detector = {
  kind: 'number',
  name: 'quantity-interval',
  compare(a, b, context) {
    // A statement that gives no amount has none to compare, to bound or to find in a changed slot:
    // half the pairs of a cluster, told apart before any word of them is read.
    if (amountsOf(a).length === 0 || amountsOf(b).length === 0) return undefined;
    // Comparable amounts (same counted thing, same context), and which of them agree with a
    // counterpart: an amount both reports give alike says nothing about the others
    // ("down $1.42 to $14.97" / "down $1.42 to $37.43" still disagree on the close).
    // An amount the other report gives too is settled wherever it stands in the sentence ("$29 for
    // Messaging, $89 for Teams" / "Teams is $89, Messaging $29"): the context words are asked only
    // of amounts that differ.
    const comparable: Array<{ qa: Quantity; qb: Quantity; gap: number }> = [];
    const agreeing = new Set<Quantity>();
    for (const qa of amountsOf(a)) {
      if (!qa.unit) continue;
      const thing = countedThing(qa.unit, context.aliases);
      for (const qb of amountsOf(b)) {
        if (!qb.unit || thing !== countedThing(qb.unit, context.aliases)) continue;
        const gap = relativeGap(qa, qb);
        if (gap === 0) {
          agreeing.add(qa);
          agreeing.add(qb);
        } else if (sameContext(a, qa, b, qb)) comparable.push({ qa, qb, gap });
      }
    }
    let closest: { qa: Quantity; qb: Quantity; gap: number } | undefined;
    const open = comparable.filter((pair) => !agreeing.has(pair.qa) && !agreeing.has(pair.qb));
    for (const pair of open) if (!closest || pair.gap < closest.gap) closest = pair;
    if (closest && agreeing.size === 0 && differentOccasions(a, b, context.overlap)) return undefined;
    const finding = closest ? disagreement(a, b, closest) : (differentBounds(a, b, comparable.length > 0 ? [] : boundsOf(a, b, context.aliases)) ?? sameSlot(a, b));
    // "**Xerox** shares closed at $11.45" / "**Coke** shares were down 2 cents at $43.99": each
    // amount is of its own party.
    return finding && !partiesApart(a, b) ? finding : undefined;
  },
};

/**
 * A statement's amounts in the order they are written: its quantities, and its lengths of time
 * ("sentenced to 10 years", "within 30 days", "in less than 72 hours") as amounts of
 * {@link TIME_UNIT}, in days, so that "48 hours" is "two days". A figure changed in a length of
 * time is as much a figure changed as one in a count.
 */
const amountsOf = perStatement((statement): readonly Quantity[] =>
  statement.durations.length === 0 ? statement.quantities : [...statement.quantities, ...statement.durations.map(lengthOfTime)].sort((x, y) => x.start - y.start),
);

/** The unit of a length of time read as an amount (never one the quantity reader gives: it leaves durations out). */
const TIME_UNIT = 'time';

/** Days in each unit of a duration; months and years on average. */
const DAYS_IN: Readonly<Record<Duration['unit'], number>> = { hour: 1 / 24, day: 1, week: 7, month: 30.44, year: 365.25, decade: 3652.5 };

/**
 * Each duration's amount, made once: a statement's amounts may be read again while a pair is
 * compared (see `perStatement`), and the amounts are told apart by identity.
 */
const lengthsOfTime = new WeakMap<Duration, Quantity>();

function lengthOfTime(duration: Duration): Quantity {
  let amount = lengthsOfTime.get(duration);
  if (!amount) lengthsOfTime.set(duration, (amount = readLengthOfTime(duration)));
  return amount;
}

function readLengthOfTime(duration: Duration): Quantity {
  const days = DAYS_IN[duration.unit];
  return {
    start: duration.start,
    end: duration.end,
    text: duration.text,
    value: duration.low * days,
    low: duration.low * days,
    high: duration.high === null ? null : duration.high * days,
    approx: duration.approx,
    unit: TIME_UNIT,
    ...(duration.modifier !== undefined && { modifier: duration.modifier }),
  };
}

/** An amount as an explanation quotes it: its words, and what it counts unless its words say it ("10 years"). */
function described(q: Quantity): string {
  return q.unit === TIME_UNIT ? quoteText(q.text, 30) : `${quoteText(q.text, 30)} ${q.unit}`;
}

/** Two amounts of one thing that cannot both be right. */
function disagreement(a: Statement, b: Statement, { qa, qb, gap }: { qa: Quantity; qb: Quantity; gap: number }): DivergenceFinding {
  return {
    spans: [[qa], [qb]],
    values: [interval(qa), interval(qb)],
    score: Math.min(1, 0.4 + gap),
    explanation: `${a.outlet} gives ${described(qa)}, ${b.outlet} gives ${described(qb)}: the amounts cannot both be right.`,
  };
}

/**
 * Two reports that give two or more amounts each, agree on none, and share less than
 * half their content words are two occasions (yesterday's close and today's, two companies'
 * results), not one figure reported two ways: a report that gets one figure wrong keeps the
 * others, or the sentence around them.
 */
function differentOccasions(a: Statement, b: Statement, overlap: number): boolean {
  const amounts = (s: Statement) => amountsOf(s).filter((q) => q.unit).length;
  if (amounts(a) >= DIFFERENT_OCCASION_AMOUNTS && amounts(b) >= DIFFERENT_OCCASION_AMOUNTS && overlap < DIFFERENT_OCCASION_OVERLAP) return true;
  // Three figures or more each, with or without a unit, none of them alike: however alike the
  // words ("rose 3.47 points, or 0.36 percent, to 977.59" / "was off 1.07 points, or 0.11
  // percent, at 1,010.59"), these are two days' figures, not one figure reported two ways.
  const all = (s: Statement) => amountsOf(s).length >= ALL_DIFFERENT_AMOUNTS;
  return all(a) && all(b) && !amountsOf(a).some((qa) => amountsOf(b).some((qb) => qa.unit === qb.unit && relativeGap(qa, qb) === 0));
}

/** Amounts that must all differ, and the content overlap below which, for {@link differentOccasions}. */
const DIFFERENT_OCCASION_AMOUNTS = 2;
const DIFFERENT_OCCASION_OVERLAP = 0.5;
/** Amounts (with a unit or not) that must all differ for two claims to be two occasions, whatever their words share. */
const ALL_DIFFERENT_AMOUNTS = 3;

/** The same figure (same bounds, same unit) among `others`. */
function exactIn(q: Quantity, others: readonly Quantity[]): boolean {
  return others.some((o) => o.unit === q.unit && o.low === q.low && o.high === q.high);
}

/** Bounds this far apart (relative to the larger) give different figures, though both may hold. */
const BOUND_GAP = 0.25;

/**
 * Pairs of amounts that are both lower bounds ("more than 500", "at least 40") or both upper
 * bounds ("up to 300", "as much as 15%") of the same thing, in the same context.
 */
function boundsOf(a: Statement, b: Statement, aliases: Parameters<typeof countedThing>[1]): Array<[Quantity, Quantity]> {
  const pairs: Array<[Quantity, Quantity]> = [];
  for (const qa of amountsOf(a)) {
    // An exact figure the other report gives too ("at least $3 million of more than $5 million", twice) is no bound apart.
    if (!qa.unit || exactIn(qa, amountsOf(b))) continue;
    const thing = countedThing(qa.unit, aliases);
    for (const qb of amountsOf(b)) {
      if (exactIn(qb, amountsOf(a))) continue;
      if (!qb.unit || thing !== countedThing(qb.unit, aliases) || !sameContext(a, qa, b, qb)) continue;
      const lower = qa.high === null && qb.high === null && qa.low > 0 && qb.low > 0;
      const upper = qa.low === 0 && qb.low === 0 && qa.high !== null && qb.high !== null;
      if (lower || upper) pairs.push([qa, qb]);
    }
  }
  return pairs;
}

/**
 * Two bounds of one kind far apart: "more than 500 inmates" / "more than 1,000 inmates" can both
 * be true, but the outlets do not give the same figure. Flagged with a lower score, and said so.
 */
function differentBounds(a: Statement, b: Statement, pairs: ReadonlyArray<[Quantity, Quantity]>): DivergenceFinding | undefined {
  for (const [qa, qb] of pairs) {
    const [x, y] = qa.high === null ? [qa.low, qb.low] : [qa.high!, qb.high!];
    if (Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1) < BOUND_GAP) continue;
    return {
      spans: [[qa], [qb]],
      values: [interval(qa), interval(qb)],
      score: 0.45,
      explanation: `${a.outlet} gives ${described(qa)}, ${b.outlet} ${described(qb)}: both may hold, but the figures differ.`,
    };
  }
  return undefined;
}

/**
 * The same sentence with one number changed, where no unit says what it counts ("Heather, 21,
 * who lost a leg" / "Heather, 35, who lost a leg"): the claims are the same words but for the
 * number (and at most two other words), so it is the same amount of the same thing.
 */
function sameSlot(a: Statement, b: Statement): DivergenceFinding | undefined {
  const alignment = alignNearVerbatim(a.claim.text, b.claim.text, MIN_SLOT_WORDS, MAX_SLOT_CHANGES);
  if (!alignment) return undefined;
  const { tokensA, tokensB, edits, changed } = alignment;
  const width = ([from, to]: readonly [number, number]) => to - from;
  for (const edit of edits) {
    if (width(edit.a) === 0 || width(edit.b) === 0 || changed - Math.max(width(edit.a), width(edit.b)) > 2) continue;
    const qa = spanIn(a.claim.text, amountsOf(a), tokensA[edit.a[0]]!.start, tokensA[edit.a[1] - 1]!.end);
    const qb = spanIn(b.claim.text, amountsOf(b), tokensB[edit.b[0]]!.start, tokensB[edit.b[1] - 1]!.end);
    if (!qa || !qb || qa.unit !== qb.unit) continue;
    const gap = relativeGap(qa, qb) || writtenGap(qa, qb);
    if (gap === 0) continue;
    return {
      spans: [[qa], [qb]],
      values: [interval(qa), interval(qb)],
      score: Math.min(1, 0.4 + gap),
      explanation: `${a.outlet} has ${quoteText(qa.text, 30)} where ${b.outlet}, in otherwise the same words, has ${quoteText(qb.text, 30)}.`,
    };
  }
  return undefined;
}

/**
 * How far apart two amounts written the same way are, end for end, though their intervals
 * overlap: two ranges ("$150 million to $255 million" / "$150 million to $170 million", "2 or 8
 * grams" / "2 or 3 grams") or two bounds of one kind ("fewer than 50" / "fewer than 100") put in
 * the same place of the same words give two figures. 0 when the bound words differ (that is how
 * "about 51,000" rewrites "51,000"), when either is approximate, or when the ends agree within
 * rounding.
 */
function writtenGap(a: Quantity, b: Quantity): number {
  if (a.modifier !== b.modifier || a.approx || b.approx) return 0;
  const apart = (x: number | null, y: number | null) => (x === null || y === null ? (x === y ? 0 : 1) : Math.abs(x - y) / Math.max(Math.abs(x), Math.abs(y), 1));
  const gap = Math.max(apart(a.low, b.low), apart(a.high, b.high));
  // Bounds a little apart ("at least 40" / "at least 42") may well be one figure rounded two ways.
  const bound = a.high === null || a.low === 0;
  return gap <= (bound ? BOUND_GAP : ROUNDING) ? 0 : gap;
}

/** Words an amount and the rest of the sentence may change by in all (the amount up to four, two more elsewhere). */
const MAX_SLOT_CHANGES = 6;

/** Claims shorter than this are not compared word by word. */
const MIN_SLOT_WORDS = 4;

/**
 * Two amounts are about the same thing when the content word right before one or right after its
 * unit is found next to the other too ("**killed** 12 people" / "12 people **killed**"), or when
 * neither has a content word next to it to tell.
 */
function sameContext(a: Statement, qa: Quantity, b: Statement, qb: Quantity): boolean {
  const around = contextsOf(a).get(qa)!;
  const other = contextsOf(b).get(qb)!;
  if (around.size === 0 || other.size === 0) return true;
  for (const term of other) if (around.has(term)) return true;
  return false;
}

/**
 * The context terms of each of a statement's amounts, by amount: a statement's amounts are
 * compared with those of every other statement of its cluster, and their context is read once.
 */
const contextsOf = perStatement((statement) => new Map(amountsOf(statement).map((q) => [q, contextTerms(statement, q)])));

/** The nearest content words before the amount and after its unit. */
function contextTerms(statement: Statement, quantity: Quantity): ReadonlySet<string> {
  const text = statement.claim.text;
  const at = text.indexOf(quantity.text);
  const terms = new Set<string>();
  if (at < 0) return terms;
  const tokens = tokenize(text);
  const unit = contentTerm(quantity.unit);
  const isContent = (lower: string) => {
    const term = contentTerm(lower);
    return term && term[0] !== '#' && term !== unit ? term : undefined;
  };
  // Read outwards from the amount, and only as far as the nearest content words: a claim's other
  // words are not asked about.
  const before: string[] = [];
  for (let k = tokens.length - 1; k >= 0 && before.length < CONTEXT_WORDS; k--) {
    const term = tokens[k]!.end <= at ? isContent(tokens[k]!.lower) : undefined;
    if (term) before.unshift(term);
  }
  const after: string[] = [];
  for (let k = 0; k < tokens.length && after.length < CONTEXT_WORDS; k++) {
    const term = tokens[k]!.start >= at + quantity.text.length ? isContent(tokens[k]!.lower) : undefined;
    if (term) after.push(term);
  }
  for (const term of [...before, ...after]) terms.add(term);
  return terms;
}

/** 0 when the intervals overlap (within rounding); otherwise the distance between them relative to the larger bound. */
function relativeGap(a: Quantity, b: Quantity): number {
  const aHigh = a.high ?? Infinity;
  const bHigh = b.high ?? Infinity;
  if (a.low <= bHigh && b.low <= aHigh) return 0;
  const [lowerHigh, upperLow] = aHigh < b.low ? [aHigh, b.low] : [bHigh, a.low];
  const gap = (upperLow - lowerHigh) / Math.max(Math.abs(upperLow), 1);
  return gap <= (a.approx || b.approx ? APPROXIMATE : ROUNDING) ? 0 : gap;
}

function interval(q: Quantity): { low: number; high: number | null; unit: string; approx: boolean } {
  return { low: q.low, high: q.high, unit: q.unit, approx: q.approx };
}
