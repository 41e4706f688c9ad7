import { CrosscheckInputError } from '../errors.js';
import { checkOptionNames } from '../optionNames.js';
import type { Report } from './report.js';

/** The fields a report must hold, as lists, for the renderers to read it. */
const LIST_FIELDS = ['articles', 'statements', 'clusters', 'divergences'] as const;

/**
 * Checks that `value` is a {@link Report} as `analyze` returns it (an object with `articles`,
 * `statements`, `clusters` and `divergences` lists and a `stats` object), before a renderer or a
 * filter reads it. Throws a {@link CrosscheckInputError} (`INVALID_ARGUMENT`) naming the function
 * and the field, instead of a `TypeError` from deep inside.
 *
 * @example
 * checkReport({ statements: [] }, 'toMarkdown');
 * // throws: toMarkdown(report): report.articles must be a list, got undefined
 */
export function checkReport(value: unknown, caller: string): asserts value is Report {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CrosscheckInputError(`${caller}(report): report must be the object analyze() returns, got ${kindOf(value)}`, { code: 'INVALID_ARGUMENT', field: 'report' });
  }
  const record = value as Record<string, unknown>;
  for (const field of LIST_FIELDS) {
    if (!Array.isArray(record[field])) {
      throw new CrosscheckInputError(`${caller}(report): report.${field} must be a list, got ${kindOf(record[field])}`, { code: 'INVALID_ARGUMENT', field: `report.${field}` });
    }
  }
  if (record.stats === null || typeof record.stats !== 'object') {
    throw new CrosscheckInputError(`${caller}(report): report.stats must be an object, got ${kindOf(record.stats)}`, { code: 'INVALID_ARGUMENT', field: 'report.stats' });
  }
}

/**
 * Checks a renderer's options: an object whose only key is `title`, a string.
 *
 * @example
 * checkTitle({ titel: 'Truce' }, 'toHTML'); // throws: options.titel is not an option; did you mean "title"?
 */
export function checkTitle(options: unknown, caller: string): void {
  checkOptionNames(options, ['title'], 'options');
  const title = (options as { title?: unknown }).title;
  if (title !== undefined && typeof title !== 'string') {
    throw new CrosscheckInputError(`${caller}: options.title must be a string, got ${kindOf(title)}`, { code: 'INVALID_OPTION', field: 'options.title' });
  }
}

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;
}
