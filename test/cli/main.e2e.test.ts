/** The command line as a user runs it: a separate process started through `npx tsx`. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/report/report.js';
import { REPO_ROOT } from '../report/fixture.js';

function crosscheck(...args: string[]) {
  const result = spawnSync('npx', ['--no-install', 'tsx', 'src/cli/main.ts', ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  // npx may warn about the local npm configuration; only crosscheck's own lines matter.
  const stderr = result.stderr.split('\n').filter((line) => !line.startsWith('npm warn')).join('\n');
  return { code: result.status, stdout: result.stdout, stderr };
}

describe('crosscheck (spawned)', () => {
  it('reads the example story folder and prints its JSON report', () => {
    const result = crosscheck('examples/articles', '--format', 'json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.schemaVersion).toBe(1);
    expect(report.articles.map((a) => a.outlet)).toEqual(['Eastgate Daily', 'Harbor Wire', 'Meridian Post', 'Northstar Review', 'The Lantern']);
    expect(result.stderr).toContain('crosscheck: skipped examples/articles/README.md: a README, not an article');
  });

  it('exits 1 with --fail-on-divergence: the example story holds divergences', () => {
    const result = crosscheck('examples/articles', '--format', 'json', '--fail-on-divergence');
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as Report).divergences.length).toBeGreaterThan(0);
  });

  it('exits 2 and names the file it cannot read', () => {
    const result = crosscheck('examples/articles/missing.txt');
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('crosscheck: examples/articles/missing.txt: cannot read (no such file or folder)');
  });
});
