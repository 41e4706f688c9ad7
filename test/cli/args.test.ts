import { describe, expect, it } from 'vitest';
import { parseCliArgs, type CliCommand } from '../../src/cli/args.js';
import { CliError } from '../../src/cli/cliError.js';
import { chooseFormat, parseReportFormat } from '../../src/cli/format.js';

const run = (options: Record<string, unknown>): CliCommand => ({ command: 'run', options: { failOnDivergence: false, ...options } } as CliCommand);

describe('parseCliArgs', () => {
  it.each<[string[], CliCommand]>([
    [['a.txt'], run({ inputs: ['a.txt'] })],
    [['stories/', 'b.md'], run({ inputs: ['stories/', 'b.md'] })],
    [['a.txt', '--format', 'html'], run({ inputs: ['a.txt'], format: 'html' })],
    [['a.txt', '-f', 'markdown'], run({ inputs: ['a.txt'], format: 'md' })],
    [['a.txt', '--format=JSON'], run({ inputs: ['a.txt'], format: 'json' })],
    [['a.txt', '--out', 'r.html'], run({ inputs: ['a.txt'], out: 'r.html' })],
    [['a.txt', '--published', '2024-03-14'], run({ inputs: ['a.txt'], published: '2024-03-14' })],
    [['a.txt', '--kinds', 'certainty, time'], run({ inputs: ['a.txt'], kinds: ['certainty', 'time'] })],
    [['a.txt', '--kinds', 'time', '--kinds', 'Place,time'], run({ inputs: ['a.txt'], kinds: ['time', 'place'] })],
    [['a.txt', '--min-score', '0.5'], run({ inputs: ['a.txt'], minScore: 0.5 })],
    [['a.txt', '--min-score', '1'], run({ inputs: ['a.txt'], minScore: 1 })],
    [['a.txt', '--title', 'Truce talks'], run({ inputs: ['a.txt'], title: 'Truce talks' })],
    [['a.txt', '--fail-on-divergence'], run({ inputs: ['a.txt'], failOnDivergence: true })],
    [['--help'], { command: 'help' }],
    [['-h', '--format', 'nonsense'], { command: 'help' }],
    [['--version'], { command: 'version' }],
    [['-v'], { command: 'version' }],
  ])('%j', (argv, expected) => {
    expect(parseCliArgs(argv)).toEqual(expected);
  });

  it.each<[string[], RegExp]>([
    [[], /no input given/],
    [['--format', 'md'], /no input given/],
    [['a.txt', '--format', 'pdf'], /--format: unknown format "pdf"/],
    [['a.txt', '--format'], /--format/],
    [['a.txt', '--published', 'yesterday'], /--published: "yesterday" is not a date/],
    [['a.txt', '--published', '2024-02-30'], /--published: "2024-02-30"/],
    [['a.txt', '--kinds', 'certainty,vibes'], /--kinds: unknown kind "vibes"; known kinds: certainty, polarity/],
    [['a.txt', '--kinds', ','], /--kinds: give one or more/],
    [['a.txt', '--min-score', 'high'], /--min-score: "high" is not a number from 0 to 1/],
    [['a.txt', '--min-score', '1.5'], /--min-score: "1.5"/],
    [['a.txt', '--min-score', ''], /--min-score/],
    [['a.txt', '--out', ''], /--out: needs a file name/],
    [['a.txt', '--colour'], /Unknown option '--colour'/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(CliError);
    expect(() => parseCliArgs(argv)).toThrow(message);
  });
});

describe('chooseFormat', () => {
  it.each<[Parameters<typeof chooseFormat>[0], string | undefined, string]>([
    [undefined, undefined, 'md'],
    [undefined, 'report.html', 'html'],
    [undefined, 'REPORT.HTM', 'html'],
    [undefined, 'out/report.json', 'json'],
    [undefined, 'report.markdown', 'md'],
    [undefined, 'report.txt', 'md'],
    ['json', 'report.html', 'json'],
    ['html', undefined, 'html'],
  ])('--format %s --out %s -> %s', (format, out, expected) => {
    expect(chooseFormat(format, out)).toBe(expected);
  });

  it.each([['json', 'json'], ['MD', 'md'], ['markdown', 'md'], ['htm', 'html'], ['pdf', undefined], ['toString', undefined]])('%s -> %s', (name, format) => {
    expect(parseReportFormat(name)).toBe(format);
  });
});
