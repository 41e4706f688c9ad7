/** A measured figure with its target: `atLeast` or `atMost`. A suite fails when any target is missed. */
export interface Figure {
  name: string;
  value: number;
  target?: { atLeast?: number; atMost?: number };
}

/** What a suite returns: its figures, and details worth keeping in the JSON file. */
export interface SuiteResult {
  suite: string;
  figures: Figure[];
  details?: unknown;
}

/** Whether a figure meets its target (a figure without one always passes). */
export function meetsTarget(figure: Figure): boolean {
  const t = figure.target;
  if (!t) return true;
  if (t.atLeast !== undefined && !(figure.value >= t.atLeast)) return false;
  if (t.atMost !== undefined && !(figure.value <= t.atMost)) return false;
  return true;
}

/** `name  value  (target >= x) ok|MISSED`, one line. */
export function formatFigure(figure: Figure): string {
  const value = Number.isInteger(figure.value) ? String(figure.value) : figure.value.toFixed(3);
  const t = figure.target;
  const target = t ? ` (target ${t.atLeast !== undefined ? `>= ${t.atLeast}` : `<= ${t.atMost}`})` : '';
  const verdict = t ? (meetsTarget(figure) ? '  ok' : '  MISSED') : '';
  return `  ${figure.name.padEnd(52)} ${value.padStart(8)}${target}${verdict}`;
}
