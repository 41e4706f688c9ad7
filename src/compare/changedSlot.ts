import type { AliasTable } from '../extract/aliases.js';
import { findEntities, type Entity } from '../extract/entity.js';
import type { Statement } from '../extract/statement.js';
import { findTimes, type TimeSpan } from '../extract/time.js';
import type { TextSpan } from '../text/span.js';
import { tokenize } from '../text/tokenize.js';
import { alignNearVerbatim } from '../text/wordAlignment.js';
import { perStatement } from './perStatement.js';

/** A place where two statements' words differ: character ranges of each statement's text. */
export interface ChangedSlot {
  a: { start: number; end: number };
  b: { start: number; end: number };
}

/** Statements shorter than this (in words) are not compared word by word. */
const MIN_WORDS = 4;
/** At most this many words may differ in all, so that the rest says it is one sentence, edited. */
const MAX_CHANGED_WORDS = 6;

/**
 * Where one outlet's sentence is another's with a few words replaced: the replaced stretches
 * (words on both sides), when the two statements' whole texts, reporting frames included, differ
 * by at most a few words. "The Census Bureau reported **Friday**" / "reported **Monday**",
 * "returned to **Las Vegas**, where" / "returned to **Minneapolis**, where": the slot that
 * changed is the divergence, whatever clause it sits in. Undefined when the statements are not
 * one sentence edited (or, with `onlyReplacements`, when words were also added or dropped).
 *
 * @example
 * changedSlot(read('Talks ended on Friday.'), read('Talks ended on Monday.'));
 * // [{ a: { start: 15, end: 21 }, b: { start: 15, end: 21 } }]
 */
export function changedSlot(a: Statement, b: Statement, options: { onlyReplacements?: boolean } = {}): ChangedSlot[] | undefined {
  const alignment = alignNearVerbatim(a.text, b.text, MIN_WORDS, MAX_CHANGED_WORDS);
  if (!alignment || alignment.edits.length === 0) return undefined;
  const { tokensA, tokensB } = alignment;
  // Asked for: undefined when words were also added or dropped, not only replaced.
  if (options.onlyReplacements && alignment.edits.some((e) => e.a[1] === e.a[0] || e.b[1] === e.b[0])) return undefined;
  return alignment.edits
    .filter((e) => e.a[1] > e.a[0] && e.b[1] > e.b[0])
    .map((e) => ({
      a: { start: tokensA[e.a[0]]!.start, end: tokensA[e.a[1] - 1]!.end },
      b: { start: tokensB[e.b[0]]!.start, end: tokensB[e.b[1] - 1]!.end },
    }));
}

/**
 * The first of `spans` (a statement's times, places, amounts: each with its `text`, in order)
 * whose words lie within or across `[start, end)` of the statement's text.
 */
export function spanIn<T extends TextSpan>(text: string, spans: readonly T[], start: number, end: number): T | undefined {
  let cursor = 0;
  for (const span of spans) {
    const at = text.indexOf(span.text, cursor);
    if (at < 0) continue;
    cursor = at + span.text.length;
    if (at < end && start < at + span.text.length) return span;
  }
  return undefined;
}

/**
 * The time in a changed slot: one of the statement's own times, or, in the reporting frame (whose
 * times are not read with the claim), one read from the slot's words, unresolved.
 */
export function timeInSlot(statement: Statement, slot: { start: number; end: number }): TimeSpan | undefined {
  const times = slotTimesOf(statement);
  const key = slotKey(statement, slot);
  if (times.has(key)) return times.get(key);
  const time = spanIn(statement.text, statement.times, slot.start, slot.end) ?? inStatement(statement, slot, findTimes(statement.text.slice(slot.start, slot.end)).times[0]);
  times.set(key, time);
  return time;
}

/**
 * The place or party in a changed slot: one of the statement's entities, or one read from the
 * slot's words (in the reporting frame). A slot inside the sentence is read with its capitalized
 * words as names ("according to an **Oracle** spokeswoman"): only a sentence's first word is
 * capitalized whether or not it names something.
 */
export function entityInSlot(statement: Statement, slot: { start: number; end: number }, table: AliasTable): Entity | undefined {
  const entities = slotEntitiesOf(statement);
  const key = slotKey(statement, slot);
  const kept = entities.get(key);
  if (kept?.table === table) return kept.entity;
  const entity = readEntityInSlot(statement, slot, table);
  entities.set(key, { table, entity });
  return entity;
}

function readEntityInSlot(statement: Statement, slot: { start: number; end: number }, table: AliasTable): Entity | undefined {
  const words = statement.text.slice(slot.start, slot.end);
  const knownNames = slot.start > 0 && /\S/.test(statement.text.slice(0, slot.start)) ? new Set(tokenize(words).map((t) => t.text)) : new Set<string>();
  return spanIn(statement.text, statement.entities, slot.start, slot.end) ?? inStatement(statement, slot, findEntities(words, { table, knownNames })[0]);
}

/**
 * The times and entities read from slots of a statement, by slot (see {@link slotKey}): the time,
 * place and actor detectors ask about the same slots of a pair, and a statement edited from a
 * wire copy shows the same slot against every other copy in its cluster. An entity is kept with
 * the alias table it was read with.
 */
const slotTimesOf = perStatement(() => new Map<number, TimeSpan | undefined>());
const slotEntitiesOf = perStatement(() => new Map<number, { table: AliasTable; entity: Entity | undefined }>());

/** One number per slot of a statement's text (`end` is at most the text's length). */
function slotKey(statement: Statement, slot: { start: number; end: number }): number {
  return slot.start * (statement.text.length + 1) + slot.end;
}

/** A span read from a slot's words, with article offsets (the statement's whole span when its text is not the article's, character for character). */
function inStatement<T extends TextSpan>(statement: Statement, slot: { start: number; end: number }, span: T | undefined): T | undefined {
  if (!span) return undefined;
  if (statement.end - statement.start !== statement.text.length) return { ...span, start: statement.start, end: statement.end };
  return { ...span, start: statement.start + slot.start + span.start, end: statement.start + slot.start + span.end };
}
