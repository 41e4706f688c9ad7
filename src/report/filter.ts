import type { Divergence } from '../compare/divergence.js';
import type { Report } from './report.js';
import { checkReport } from './checkReport.js';
import { CrosscheckInputError } from '../errors.js';
import { checkNumberOption } from '../numberOption.js';
import { checkOptionNames } from '../optionNames.js';

/** Which divergences to keep in a printed report. */
export interface DivergenceFilter {
  /** Keep only these kinds; all kinds when absent or empty. */
  kinds?: readonly string[];
  /** Keep only divergences scoring at least this much (0..1); all when absent. */
  minScore?: number;
}

/**
 * A copy of the report holding only the divergences that pass the filter, with
 * `stats.divergences` and `stats.divergencesByKind` recounted. Statements and clusters are kept
 * whole: a cluster without divergences is still what the outlets agree on.
 *
 * @example
 * filterDivergences(report, { kinds: ['certainty', 'time'], minScore: 0.5 }).divergences.length;
 */
export function filterDivergences(report: Report, filter: DivergenceFilter): Report {
  checkReport(report, 'filterDivergences');
  checkOptionNames(filter, ['kinds', 'minScore'], 'filter');
  if (filter.kinds !== undefined && (!Array.isArray(filter.kinds) || filter.kinds.some((k) => typeof k !== 'string'))) {
    throw new CrosscheckInputError('filter.kinds must be a list of divergence kinds (strings)', { code: 'INVALID_OPTION', field: 'filter.kinds' });
  }
  if (filter.minScore !== undefined) checkNumberOption(filter.minScore, 'filter.minScore', { min: 0, max: 1 });
  const kinds = filter.kinds && filter.kinds.length > 0 ? new Set(filter.kinds) : undefined;
  const minScore = filter.minScore;
  const keep = (d: Divergence): boolean =>
    (kinds === undefined || kinds.has(d.kind)) && (minScore === undefined || d.score >= minScore);
  const divergences = report.divergences.filter(keep);
  const divergencesByKind: Record<string, number> = {};
  for (const d of divergences) divergencesByKind[d.kind] = (divergencesByKind[d.kind] ?? 0) + 1;
  return {
    ...report,
    divergences,
    stats: { ...report.stats, divergences: divergences.length, divergencesByKind },
  };
}
