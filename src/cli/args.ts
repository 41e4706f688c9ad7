import { parseArgs } from 'node:util';
import { readArticle } from '../article.js';
import { DIVERGENCE_KINDS, isKnownDivergenceKind } from '../report/divergenceKinds.js';
import { CliError } from './cliError.js';
import { parseReportFormat, type ReportFormat } from './format.js';

/** What a `crosscheck` run was asked to do, checked and typed. */
export interface CliOptions {
  /** Files and folders, as given. */
  inputs: string[];
  /** From `--format`; when absent the format follows `--out`'s extension, else markdown. */
  format?: ReportFormat;
  out?: string;
  /** Publication date for articles that do not give one (ISO, e.g. `2024-03-14`). */
  published?: string;
  /** Divergence kinds to keep; all when absent. */
  kinds?: string[];
  minScore?: number;
  title?: string;
  failOnDivergence: boolean;
  /** `skip`: leave out an article that cannot be analyzed (said on stderr) instead of stopping. */
  onInvalid?: 'throw' | 'skip';
}

/** A parsed command line: print help, print the version, or run on inputs. */
export type CliCommand = { command: 'help' } | { command: 'version' } | { command: 'run'; options: CliOptions };

/**
 * Parses `crosscheck`'s arguments (without `node` and the script). Throws {@link CliError} naming
 * the option at fault: an unknown option, a missing value, an unknown format or kind, a date that
 * does not parse, a score outside 0..1, or no input at all. `--help` and `--version` win over
 * everything else.
 *
 * @example
 * parseCliArgs(['stories/', '--format', 'html', '--kinds', 'certainty,time']);
 * // { command: 'run', options: { inputs: ['stories/'], format: 'html', kinds: ['certainty', 'time'], failOnDivergence: false } }
 */
export function parseCliArgs(argv: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        published: { type: 'string' },
        kinds: { type: 'string', multiple: true },
        'min-score': { type: 'string' },
        title: { type: 'string' },
        'fail-on-divergence': { type: 'boolean' },
        'on-invalid': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };
  if (positionals.length === 0) throw new CliError('no input given: name the article files or folders to compare');

  const options: CliOptions = { inputs: positionals, failOnDivergence: values['fail-on-divergence'] === true };
  if (values.format !== undefined) {
    const format = parseReportFormat(values.format);
    if (format === undefined) throw new CliError(`--format: unknown format "${values.format}"; use json, md or html`);
    options.format = format;
  }
  if (values.out !== undefined) {
    if (values.out.trim() === '') throw new CliError('--out: needs a file name');
    options.out = values.out;
  }
  if (values.published !== undefined) options.published = checkDate(values.published);
  if (values.kinds !== undefined) options.kinds = checkKinds(values.kinds);
  if (values['min-score'] !== undefined) options.minScore = checkScore(values['min-score']);
  if (values.title !== undefined) options.title = values.title;
  if (values['on-invalid'] !== undefined) {
    const onInvalid = values['on-invalid'].trim();
    if (onInvalid !== 'throw' && onInvalid !== 'skip') throw new CliError(`--on-invalid: "${values['on-invalid']}" is neither "throw" nor "skip"`);
    options.onInvalid = onInvalid;
  }
  return { command: 'run', options };
}

function checkDate(value: string): string {
  try {
    readArticle({ id: '--published', text: '', published: value });
  } catch {
    throw new CliError(`--published: "${value}" is not a date; give an ISO date such as 2024-03-14`);
  }
  return value.trim();
}

function checkKinds(values: readonly string[]): string[] {
  const kinds = values.flatMap((v) => v.split(',')).map((k) => k.trim().toLowerCase()).filter((k) => k !== '');
  if (kinds.length === 0) throw new CliError(`--kinds: give one or more of ${DIVERGENCE_KINDS.join(', ')}`);
  const unknown = kinds.filter((k) => !isKnownDivergenceKind(k));
  if (unknown.length > 0) {
    throw new CliError(`--kinds: unknown kind "${unknown[0]}"; known kinds: ${DIVERGENCE_KINDS.join(', ')}`);
  }
  return [...new Set(kinds)];
}

function checkScore(value: string): number {
  const score = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(score) || score < 0 || score > 1) {
    throw new CliError(`--min-score: "${value}" is not a number from 0 to 1`);
  }
  return score;
}
