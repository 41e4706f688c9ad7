/**
 * Prints one of a divergence's normalized `values` for a reader: strings as they are, `null` as
 * "none", a `{ low, high }` amount as a range, a `{ start, end }` interval of days (closed-open, as
 * `DayInterval`) as its first and last day, lists joined by commas, and anything else as compact
 * `key: value` pairs.
 *
 * @example
 * formatValue('unconfirmed'); // 'unconfirmed'
 * formatValue({ low: 20000, high: 99999 }); // '20000-99999'
 * formatValue({ start: '2024-02-01', end: '2024-03-01' }); // '2024-02-01 to 2024-02-29'
 * formatValue({ start: '2024-04-03', end: '2024-04-04' }); // '2024-04-03'
 */
export function formatValue(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map(formatValue).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (typeof record.low === 'number' && ('high' in record)) {
      const high = typeof record.high === 'number' ? record.high : null;
      const range = high === null ? `${record.low} or more` : high === record.low ? `${record.low}` : `${record.low}-${high}`;
      return typeof record.unit === 'string' && record.unit !== '' ? `${range} ${record.unit}` : range;
    }
    if (typeof record.start === 'string' && typeof record.end === 'string') return formatInterval(record.start, record.end);
    return Object.keys(record)
      .sort()
      .map((key) => `${key}: ${formatValue(record[key])}`)
      .join(', ');
  }
  return String(value);
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function formatInterval(start: string, end: string): string {
  if (!ISO_DAY.test(start) || !ISO_DAY.test(end)) return `${start} to ${end}`;
  const last = new Date(Date.parse(`${end}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  return last <= start ? start : `${start} to ${last}`;
}

/**
 * Prints an article's ISO publication time for a reader: the calendar date alone when the time is
 * midnight UTC (a date given without a time), else the full ISO string.
 *
 * @example
 * formatPublished('2024-03-14T00:00:00.000Z'); // '2024-03-14'
 */
export function formatPublished(published: string | undefined): string {
  if (published === undefined) return '';
  return /T00:00:00(?:\.000)?Z$/.test(published) ? published.slice(0, 10) : published;
}

/**
 * A 0..1 score with two decimals, the precision detectors calibrate to.
 *
 * @example
 * formatScore(0.8); // '0.80'
 */
export function formatScore(score: number): string {
  return Number.isFinite(score) ? score.toFixed(2) : 'n/a';
}
