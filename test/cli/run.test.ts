import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../src/cli/run.js';
import { CrosscheckInputError } from '../../src/errors.js';
import type { Report } from '../../src/report/report.js';
import { REPO_ROOT, storyFixture } from '../report/fixture.js';

/** Runs the command line in-process with captured streams. */
function cli(argv: string[], options: { isTTY?: boolean; cwd?: string; analyze?: () => Report } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: options.isTTY ?? false },
    cwd: options.cwd ?? REPO_ROOT,
    ...(options.analyze !== undefined && { analyze: options.analyze }),
  };
  const code = runCli(argv, io);
  return { code, stdout, stderr };
}

let scratch: string;
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'crosscheck-run-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('runCli', () => {
  it('prints help and the version on standard output', () => {
    const help = cli(['--help']);
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toContain('Usage: crosscheck <files or folders...> [options]');
    const version = cli(['--version']);
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(version).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it.each<[string[], RegExp]>([
    [[], /^crosscheck: no input given.*\nRun "crosscheck --help" for usage\.\n$/s],
    [['examples/articles', '--format', 'pdf'], /--format: unknown format "pdf"/],
    [['examples/articles', '--kinds', 'vibes'], /--kinds: unknown kind "vibes"/],
    [['examples/articles', '--bogus'], /Unknown option '--bogus'/],
    [['examples/articles', '--on-invalid', 'maybe'], /--on-invalid: "maybe" is neither "throw" nor "skip"/],
  ])('exits 2 on bad usage %j, saying what is wrong on standard error', (argv, message) => {
    const result = cli(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
  });

  it('exits 2 on input it cannot read, naming the file, without a usage hint', () => {
    const result = cli(['examples/articles', 'examples/nope.txt']);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'crosscheck: examples/nope.txt: cannot read (no such file or folder)\n' });
  });

  it('names the file when the pipeline rejects one of its articles', () => {
    writeFileSync(join(scratch, 'odd.json'), JSON.stringify([{ id: 'fine', text: 'Fine.' }, { id: 'odd', text: 'Odd.' }]));
    const rejecting = (): Report => {
      throw new CrosscheckInputError('articles[1] (id "odd"): field "text" is odd', { field: 'text', articleId: 'odd', index: 1 });
    };
    expect(cli(['odd.json'], { cwd: scratch, analyze: rejecting })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'crosscheck: odd.json[1]: articles[1] (id "odd"): field "text" is odd\n',
    });
  });

  it('with --on-invalid skip, leaves out an article the pipeline rejects and names its file on standard error', () => {
    const articles = [
      { id: 'north', text: 'Officials said the bridge closed on Monday.', published: '2023-11-08' },
      { id: 'south', text: 'Officials said the bridge closed on Monday.', published: 'someday' },
    ];
    writeFileSync(join(scratch, 'dated.json'), JSON.stringify(articles));
    const stopped = cli(['dated.json'], { cwd: scratch });
    expect(stopped.code).toBe(2);
    expect(stopped.stderr).toContain('dated.json[1]');
    const skipped = cli(['dated.json', '--on-invalid', 'skip', '--format', 'json'], { cwd: scratch });
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toMatch(/skipped dated\.json\[1\]: .*published/);
    expect((JSON.parse(skipped.stdout) as Report).articles.map((a) => a.id)).toEqual(['north']);
  });

  it('prints the markdown report of the example story on standard output, notes on standard error', () => {
    const result = cli(['examples/articles']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith('# crosscheck report\n')).toBe(true);
    for (const outlet of ['Eastgate Daily', 'Harbor Wire', 'Meridian Post', 'Northstar Review', 'The Lantern']) {
      expect(result.stdout).toContain(`| ${outlet} |`);
    }
    expect(result.stderr).toBe('crosscheck: skipped examples/articles/README.md: a README, not an article\n');
  });

  it.each([
    ['json', (out: string) => expect(JSON.parse(out).schemaVersion).toBe(1)],
    ['html', (out: string) => expect(out.startsWith('<!doctype html>')).toBe(true)],
    ['md', (out: string) => expect(out.startsWith('# ')).toBe(true)],
  ])('prints --format %s', (format, check) => {
    const result = cli(['examples/articles', '--format', format]);
    expect(result.code).toBe(0);
    check(result.stdout);
    expect(result.stdout.endsWith('\n')).toBe(true);
  });

  it('writes --out, choosing the format from its extension', () => {
    const out = join(scratch, 'nested', 'report.html');
    mkdirSync(join(scratch, 'nested'), { recursive: true });
    const result = cli(['examples/articles', '--out', out, '--title', 'Karsia']);
    expect([result.code, result.stdout]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toContain('<title>Karsia</title>');
  });

  it('exits 2 naming --out when it cannot be written', () => {
    const result = cli(['examples/articles', '--out', join(scratch, 'no', 'such', 'dir', 'r.md')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/r\.md: cannot write the report \(no such file or folder\)/);
  });

  it('exits 1 with --fail-on-divergence when the report shows a divergence, after printing it', () => {
    const withDivergences = () => storyFixture();
    const failing = cli(['examples/articles', '--fail-on-divergence', '--format', 'json'], { analyze: withDivergences });
    expect(failing.code).toBe(1);
    expect((JSON.parse(failing.stdout) as Report).divergences).toHaveLength(6);
    expect(cli(['examples/articles'], { analyze: withDivergences }).code).toBe(0);
  });

  it('filters with --kinds and --min-score before deciding the exit code', () => {
    const withDivergences = () => storyFixture();
    const kinds = cli(['examples/articles', '--kinds', 'time,place', '--format', 'json'], { analyze: withDivergences });
    expect((JSON.parse(kinds.stdout) as Report).divergences.map((d) => d.kind)).toEqual(['time', 'place']);
    const none = cli(['examples/articles', '--kinds', 'number', '--fail-on-divergence'], { analyze: withDivergences });
    expect(none.code).toBe(0);
    const score = cli(['examples/articles', '--min-score', '0.8', '--format', 'json'], { analyze: withDivergences });
    expect((JSON.parse(score.stdout) as Report).divergences.map((d) => d.id)).toEqual(['d-cert1', 'd-time']);
  });

  describe('on the example story, with the real pipeline', () => {
    const all = JSON.parse(cli(['examples/articles', '--format', 'json']).stdout) as Report;

    it('finds divergences in the story to act on', () => {
      expect(all.divergences.length).toBeGreaterThan(0);
    });

    it('exits 1 with --fail-on-divergence, after printing the whole report', () => {
      const result = cli(['examples/articles', '--fail-on-divergence']);
      expect(result.code).toBe(1);
      expect(result.stdout.startsWith('# crosscheck report\n')).toBe(true);
      expect(result.stdout).toContain('#### Divergences');
    });

    it('--kinds time keeps only the time divergences (and still fails with --fail-on-divergence)', () => {
      const result = cli(['examples/articles', '--kinds', 'time', '--format', 'json', '--fail-on-divergence']);
      const report = JSON.parse(result.stdout) as Report;
      expect(report.divergences.length).toBeGreaterThan(0);
      expect(report.divergences.every((d) => d.kind === 'time')).toBe(true);
      expect(report.divergences).toEqual(all.divergences.filter((d) => d.kind === 'time'));
      expect(result.code).toBe(1);
    });

    it('--kinds number --fail-on-divergence exits 0: the numbers of the story agree', () => {
      const result = cli(['examples/articles', '--kinds', 'number', '--format', 'json', '--fail-on-divergence']);
      expect(result.code).toBe(0);
      expect((JSON.parse(result.stdout) as Report).divergences).toEqual([]);
    });

    it('--min-score keeps only the divergences scoring at least that much', () => {
      const top = Math.max(...all.divergences.map((d) => d.score));
      const kept = JSON.parse(cli(['examples/articles', '--min-score', String(top), '--format', 'json']).stdout) as Report;
      expect(kept.divergences.length).toBeGreaterThan(0);
      expect(kept.divergences).toEqual(all.divergences.filter((d) => d.score >= top));
      expect(kept.stats.divergences).toBe(kept.divergences.length);
    });

    it('--fail-on-divergence exits 0 when --kinds and --min-score leave no divergence', () => {
      const time = Math.max(...all.divergences.filter((d) => d.kind === 'time').map((d) => d.score));
      if (!(time < 1)) return; // a time divergence scoring 1 cannot be filtered out by score
      const result = cli(['examples/articles', '--kinds', 'time', '--min-score', String(Math.min(1, time + 0.01)), '--format', 'json', '--fail-on-divergence']);
      expect((JSON.parse(result.stdout) as Report).divergences).toEqual([]);
      expect(result.code).toBe(0);
    });
  });

  it('passes --published to articles without a date', () => {
    writeFileSync(join(scratch, 'undated.txt'), 'Talks resumed on Monday.');
    const result = cli(['undated.txt', '--published', '2024-03-14', '--format', 'json'], { cwd: scratch });
    expect((JSON.parse(result.stdout) as Report).articles[0]!.published).toBe('2024-03-14T00:00:00.000Z');
  });

  describe('progress', () => {
    beforeAll(() => {
      mkdirSync(join(scratch, 'many'), { recursive: true });
      for (let i = 0; i < 21; i += 1) writeFileSync(join(scratch, 'many', `outlet-${String(i).padStart(2, '0')}.txt`), `Story ${i}.\n\nTalks resumed.`);
    });

    it('shows on a terminal for more than 20 files, and clears its line', () => {
      const result = cli(['many'], { cwd: scratch, isTTY: true });
      expect(result.code).toBe(0);
      expect(result.stderr).toContain('crosscheck: reading 21/21 many/outlet-20.txt');
      expect(result.stderr).toContain('crosscheck: analyzing 21 articles...');
      expect(result.stderr).toMatch(/crosscheck: grouping \d+ statements\.\.\./);
      expect(result.stderr.endsWith('\r\u001B[2K')).toBe(true);
    });

    it('stays quiet when standard error is not a terminal, or the input is small', () => {
      expect(cli(['many'], { cwd: scratch, isTTY: false }).stderr).toBe('');
      expect(cli(['examples/articles/harbor-wire.txt'], { isTTY: true }).stderr).toBe('');
    });
  });
});
