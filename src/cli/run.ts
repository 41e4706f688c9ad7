import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../analyze.js';
import type { ArticleInput } from '../article.js';
import type { AnalyzeOptions } from '../options.js';
import { CrosscheckInputError } from '../errors.js';
import type { Report, StageStats } from '../report/report.js';
import { parseCliArgs, type CliOptions } from './args.js';
import { CliError } from './cliError.js';
import { chooseFormat, renderReport } from './format.js';
import { reason } from './inputFiles.js';
import { loadArticles } from './loadArticles.js';
import { createProgress, wantsProgress, type Progress } from './progress.js';
import { USAGE } from './usage.js';
import { packageVersion } from './version.js';

/** Where a run reads and writes: the process's streams and folder, or a test's stand-ins. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  cwd: string;
  /** The pipeline to run; `analyze` unless a test passes a stand-in. */
  analyze?: (articles: readonly ArticleInput[], options?: AnalyzeOptions) => Report;
}

/**
 * Runs `crosscheck` with `argv` (the arguments after the script) and returns the exit code:
 * 0 done, 1 divergences shown with `--fail-on-divergence`, 2 bad usage or unreadable input. The
 * report goes to standard output (or `--out`); notes, progress and errors go to standard error.
 *
 * @example
 * const code = runCli(['examples/articles', '--format', 'json'], { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd() });
 */
export function runCli(argv: readonly string[], io: CliIO): number {
  try {
    const parsed = parseCliArgs(argv);
    if (parsed.command === 'help') {
      io.stdout.write(USAGE);
      return 0;
    }
    if (parsed.command === 'version') {
      io.stdout.write(`${packageVersion()}\n`);
      return 0;
    }
    return run(parsed.options, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr.write(`crosscheck: ${error.message}\n`);
      if (!(error instanceof InputProblem)) io.stderr.write('Run "crosscheck --help" for usage.\n');
      return error.exitCode;
    }
    throw error;
  }
}

/** What the progress line says once a stage is done (with the number of things it produced). */
const AFTER_STAGE: Readonly<Record<StageStats['stage'], (count: number) => string>> = {
  read: (n) => `reading the statements of ${n} articles`,
  extract: (n) => `grouping ${n} statements`,
  cluster: (n) => `comparing the statements of ${n} clusters`,
  compare: (n) => `printing ${n} divergences`,
};

/** A problem with an input file (rather than with the command line): no usage hint after it. */
class InputProblem extends CliError {}

function run(options: CliOptions, io: CliIO): number {
  let progress: Progress = createProgress(io.stderr, false);
  let loaded;
  try {
    loaded = loadArticles(options.inputs, {
      cwd: io.cwd,
      ...(options.published !== undefined && { published: options.published }),
      // Under --on-invalid skip, a bad article is left to analyze, which skips it.
      checkFields: options.onInvalid !== 'skip',
      onListed: (files) => {
        const bytes = files.reduce((sum, f) => sum + f.bytes, 0);
        progress = createProgress(io.stderr, wantsProgress(io.stderr.isTTY, files.length, bytes));
      },
      onFile: (done, total, file) => progress.update(`crosscheck: reading ${done + 1}/${total} ${file.shown}`),
    });
  } catch (error) {
    progress.done();
    if (error instanceof CliError) throw new InputProblem(error.message);
    throw error;
  }
  for (const skipped of loaded.skipped) io.stderr.write(`crosscheck: skipped ${skipped.shown}: ${skipped.reason}\n`);

  progress.update(`crosscheck: analyzing ${loaded.articles.length} articles...`);
  let report;
  try {
    report = (io.analyze ?? analyze)(loaded.articles, {
      onProgress: (stage) => progress.update(`crosscheck: ${AFTER_STAGE[stage.stage](stage.count)}...`),
      ...(options.onInvalid !== undefined && { onInvalid: options.onInvalid }),
    });
  } catch (error) {
    progress.done();
    if (error instanceof CrosscheckInputError) {
      const origin = error.articleId !== undefined ? loaded.origins.get(error.articleId) : undefined;
      throw new InputProblem(origin !== undefined ? `${origin}: ${error.message}` : error.message);
    }
    throw error;
  }
  progress.done();
  for (const warning of report.warnings ?? []) {
    const origin = warning.articleId !== undefined ? loaded.origins.get(warning.articleId) : undefined;
    io.stderr.write(`crosscheck: skipped ${origin ?? warning.articleId ?? `article ${warning.index ?? '?'}`}: ${warning.message}\n`);
  }

  const format = chooseFormat(options.format, options.out);
  const rendered = renderReport(report, {
    format,
    ...(options.kinds !== undefined && { kinds: options.kinds }),
    ...(options.minScore !== undefined && { minScore: options.minScore }),
    ...(options.title !== undefined && { title: options.title }),
  });
  if (options.out !== undefined) {
    try {
      writeFileSync(resolve(io.cwd, options.out), rendered.text);
    } catch (error) {
      throw new InputProblem(`${options.out}: cannot write the report (${reason(error)})`);
    }
  } else {
    io.stdout.write(rendered.text);
  }
  return options.failOnDivergence && rendered.report.divergences.length > 0 ? 1 : 0;
}
