/**
 * The `workers` option in the built package, as users load it: ESM (`index.js`) and CJS
 * (`index.cjs`) each find `extractWorker.mjs` beside them. The package is built for the tests by
 * `test/setup/buildPackage.ts`.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { loadStory } from '../../examples/story.js';
import type { ArticleInput, Report } from '../../src/index.js';
import { STORM_STORY } from '../fixtures/stormStory.js';
import { workersStarted } from './workersStarted.js';

type Library = typeof import('../../src/index.js');

const BUILT = inject('builtPackage');
const ESM = (await import(pathToFileURL(join(BUILT, 'index.js')).href)) as Library;
const CJS = createRequire(import.meta.url)(join(BUILT, 'index.cjs')) as Library;

/** Eight articles of two stories. */
const ARTICLES: readonly ArticleInput[] = [...loadStory(), ...STORM_STORY];

/** The report without its timings, the only part that may change from run to run. */
function withoutTimings(report: Report): Report {
  return { ...report, stats: { ...report.stats, stages: report.stats.stages.map((stage) => ({ ...stage, ms: 0 })) } };
}


describe.each<[string, Library]>([
  ['ESM', ESM],
  ['CJS', CJS],
])('the %s build', (_, { analyze, toJSON }) => {
  const alone = withoutTimings(analyze(ARTICLES, { workers: 1 }));

  it.each([2, 3, 8])('gives the same report on %i threads as on one, starting workers', async (workers) => {
    let report: Report | undefined;
    const started = await workersStarted(() => (report = analyze(ARTICLES, { workers })));
    // (one a thread, but never more threads than batches: the eight articles make seven or eight)
    expect(started).toBeGreaterThanOrEqual(Math.min(workers, 7) - 1);
    expect(started).toBeLessThanOrEqual(workers - 1);
    expect(withoutTimings(report!)).toEqual(alone);
    expect(toJSON(withoutTimings(report!))).toBe(toJSON(alone));
  });

  it('keeps a small input on one thread under auto (the default)', async () => {
    let report: Report | undefined;
    expect(await workersStarted(() => (report = analyze(ARTICLES)))).toBe(0);
    expect(withoutTimings(report!)).toEqual(alone);
  });

  it("keeps the caller's own extractors on one thread", async () => {
    const extractors = (defaults: Library['DEFAULT_EXTRACTORS']) => [...defaults, { name: 'nothing', extract: () => ({}) }];
    let report: Report | undefined;
    expect(await workersStarted(() => (report = analyze(ARTICLES, { workers: 2, extractors })))).toBe(0);
    expect(withoutTimings(report!)).toEqual(alone);
  });
});
