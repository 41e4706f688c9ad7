import { compareDivergenceKinds } from './divergenceKinds.js';
import type { Report } from './report.js';
import { checkReport } from './checkReport.js';

/**
 * How a value is laid out in the JSON: an object with its keys in a fixed order, a list of one
 * shape, a record whose keys are sorted, or a plain value (any object inside gets sorted keys).
 */
type Shape =
  | { readonly keys: ReadonlyArray<readonly [key: string, shape: Shape]> }
  | { readonly list: Shape }
  | { readonly record: Shape; readonly order: (a: string, b: string) => number }
  | 'value';

const VALUE: Shape = 'value';
const list = (shape: Shape): Shape => ({ list: shape });
const keys = (...entries: Array<readonly [string, Shape] | string>): Shape => ({
  keys: entries.map((e) => (typeof e === 'string' ? ([e, VALUE] as const) : e)),
});
/** A `TextSpan`, extended by the fields that follow: the words first, then where they are. */
const span = (...more: Array<readonly [string, Shape] | string>): Shape => keys('text', 'start', 'end', ...more);
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const TEXT_SPAN = span();
const DAY_INTERVAL = keys('start', 'end');

/**
 * The key order of the report's JSON (documented in `docs/report-schema.md`): the order the
 * interfaces declare their fields, so the JSON reads like the types; a span's words before its offsets.
 * Keys not listed here (fields added by a newer pipeline) follow the listed ones, alphabetically.
 */
const REPORT_SHAPE: Shape = keys(
  'schemaVersion',
  ['articles', list(keys('id', 'outlet', 'title', 'published', 'url', 'text'))],
  [
    'statements',
    list(
      keys(
        'id', 'articleId', 'outlet', 'text', 'start', 'end', 'field', 'role', 'segment',
        ['claim', TEXT_SPAN],
        ['attribution', keys('kind', 'source', 'id', 'role', 'side', 'verb', ['span', TEXT_SPAN], 'via')],
        'certainty',
        ['certaintyCue', TEXT_SPAN],
        ['quotes', list(span('normalized', 'speaker', 'speakerId', 'fragment'))],
        ['quantities', list(span('value', 'low', 'high', 'approx', 'unit', 'modifier'))],
        ['times', list(span('kind', 'granularity', ['interval', DAY_INTERVAL], 'relation', ['alternatives', list(DAY_INTERVAL)]))],
        ['durations', list(span('unit', 'low', 'high', 'approx'))],
        ['entities', list(span('id', 'kind', 'role'))],
        ['polarity', keys('negated', ['cue', TEXT_SPAN])],
        ['modality', keys('strength', 'direction', ['cue', TEXT_SPAN])],
      ),
    ),
  ],
  [
    'clusters',
    list(keys('id', 'statementIds', 'articleIds', 'outlets', ['representative', keys('statementId', 'text')], 'cohesion')),
  ],
  [
    'divergences',
    list(
      keys(
        'id', 'kind', 'detector', 'clusterId', 'statementIds', 'sameArticle',
        ['spans', list(list(TEXT_SPAN))],
        'values', 'score', 'explanation',
      ),
    ),
  ],
  ['warnings', list(keys('code', 'articleId', 'index', 'field', 'message'))],
  [
    'stats',
    keys(
      'articles', 'segments', 'statements', 'clusters', 'divergences',
      ['divergencesByKind', { record: VALUE, order: compareDivergenceKinds }],
      'candidatePairs',
      ['stages', list(keys('stage', 'ms', 'count'))],
    ),
  ],
);

/** A JSON value whose object keys keep the order they were put in (plain objects put integer-like keys first). */
type Json = null | boolean | number | string | Json[] | { readonly entries: Array<[string, Json]> };

/**
 * Prints a report as JSON: 2-space indent, `schemaVersion` first and every object's keys in the
 * documented order (see `docs/report-schema.md`), so two runs on the same articles give the same
 * bytes except for `stats.stages[].ms`. `JSON.parse` of the result deep-equals the report.
 * Values JSON cannot hold are made plain rather than dropped silently: `undefined` fields are left
 * out, non-finite numbers become `null` (a `Quantity.high` of `null` means unbounded), a `Date`
 * becomes its ISO string and a `bigint` its decimal string; a report from `analyze` has none of them.
 *
 * @example
 * const json = toJSON(analyze(articles));
 * json.startsWith('{\n  "schemaVersion": 1'); // true
 * JSON.parse(json); // deep-equals the report
 */
export function toJSON(report: Report): string {
  checkReport(report, 'toJSON');
  return print(shape(report, REPORT_SHAPE) ?? null, '');
}

/** Puts `value` in the layout `shape` says; `undefined` for what JSON leaves out. */
function shape(value: unknown, layout: Shape): Json | undefined {
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return undefined;
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value)) {
    const item = typeof layout === 'object' && 'list' in layout ? layout.list : VALUE;
    // As JSON.stringify does: a hole in a list stays a slot, as null.
    return value.map((v: unknown) => shape(v, item) ?? null);
  }
  const record = value as Record<string, unknown>;
  const present = Object.keys(record);
  let ordered: Array<readonly [string, Shape]>;
  if (typeof layout === 'object' && 'keys' in layout) {
    const listed = new Set(layout.keys.map(([k]) => k));
    const extra = present.filter((k) => !listed.has(k)).sort(byCodeUnit);
    ordered = [...layout.keys.filter(([k]) => Object.hasOwn(record, k)), ...extra.map((k) => [k, VALUE] as const)];
  } else if (typeof layout === 'object' && 'record' in layout) {
    ordered = [...present].sort(layout.order).map((k) => [k, layout.record] as const);
  } else {
    ordered = [...present].sort(byCodeUnit).map((k) => [k, VALUE] as const);
  }
  const entries: Array<[string, Json]> = [];
  for (const [key, keyShape] of ordered) {
    const json = shape(record[key], keyShape);
    if (json !== undefined) entries.push([key, json]);
  }
  return { entries };
}

/** Prints like `JSON.stringify(value, null, 2)`, keeping the entries' order. */
function print(value: Json, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + print(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value.entries.length === 0) return '{}';
  const lines = value.entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${print(v, inner)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}
