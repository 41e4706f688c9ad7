/**
 * Extraction on several threads (the `workers` option), through the sources: the calling thread
 * runs `src/`, the workers the worker file of the package built for the tests
 * (`test/setup/buildPackage.ts`), or a stand-in from `test/fixtures/`.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, inject, it } from 'vitest';
import { loadStory } from '../../examples/story.js';
import { readArticleList, type Article } from '../../src/article.js';
import { readStatements } from '../../src/extract/extractStatements.js';
import { resolveExtractOptions, type ExtractionSettings } from '../../src/extract/extractionSettings.js';
import { batchEnds } from '../../src/extract/extractionJob.js';
import { AUTO_CHARACTERS_PER_THREAD, threadCount, type WorkersOption } from '../../src/extract/extractionThreads.js';
import { extractArticles } from '../../src/extract/parallelExtraction.js';
import { analyze, type ExtractOptions } from '../../src/index.js';
import { STORM_STORY } from '../fixtures/stormStory.js';
import { workersStarted } from './workersStarted.js';

const WORKER = pathToFileURL(join(inject('builtPackage'), 'extractWorker.mjs'));
const FAILING_WORKER = new URL('../fixtures/failingExtractWorker.mjs', import.meta.url);
const UNLOADABLE_WORKER = new URL('../fixtures/unloadableExtractWorker.mjs', import.meta.url);

/** Eight articles of two stories, as `analyze` reads them. */
const ARTICLES = readArticleList([...loadStory(), ...STORM_STORY]).articles;

/** Options whose tables change what is read: a worker must build them again to agree. */
const TABLES: ExtractOptions = { aliases: { Valmora: { id: 'Valmoran Republic', kind: 'country' } }, lexicon: { hedges: ['earlier'] } };

/** The statements of one thread: what every parallel extraction must give, item for item. */
function oneThread(articles: readonly Article[], settings: ExtractionSettings): unknown[] {
  return articles.flatMap((article) => readStatements(article, settings));
}

/**
 * Settings that make the calling thread slow (`pauseMs` for each claim it reads) and count its
 * claims, so that the workers, although they start cold, extract most batches.
 */
function slowedSettings(settings: ExtractionSettings, pauseMs: number): { settings: ExtractionSettings; claims: () => number } {
  let claims = 0;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  const slowed = { ...settings };
  Object.defineProperty(slowed, 'verbs', {
    get: () => {
      claims++;
      Atomics.wait(pause, 0, 0, pauseMs);
      return settings.verbs;
    },
  });
  return { settings: slowed, claims: () => claims };
}


/** The batches `onBatch` was given, to check that each came once and that they make up the statements. */
class BatchLog {
  private readonly batches = new Map<number, readonly unknown[]>();
  private twice = 0;
  readonly add = (batch: number, statements: readonly unknown[]) => {
    if (this.batches.has(batch)) this.twice++;
    this.batches.set(batch, statements);
  };
  expectEachOnce(statements: readonly unknown[]): void {
    expect(this.twice).toBe(0);
    const numbers = [...this.batches.keys()].sort((x, y) => x - y);
    expect(numbers).toEqual(numbers.map((_, i) => i));
    expect(numbers.length).toBeGreaterThan(1);
    expect(numbers.flatMap((batch) => this.batches.get(batch)!)).toEqual(statements);
  }
}

describe('extraction on several threads gives the statements of one thread', () => {
  const claimsInAll = slowedSettings(resolveExtractOptions(), 0);
  oneThread(ARTICLES, claimsInAll.settings);

  it.each<[string, ExtractOptions]>([
    ['the default tables', {}],
    ['the caller\'s aliases and lexicon (built again in the worker)', TABLES],
  ])('with %s, the workers extracting most batches', (_, options) => {
    const settings = resolveExtractOptions(Object.keys(options).length > 0 ? options : undefined);
    const slowed = slowedSettings(settings, 20);
    const batches = new BatchLog();
    const statements = extractArticles(ARTICLES, slowed.settings, { workers: 2, options, script: WORKER, onBatch: batches.add });
    expect(statements).toEqual(oneThread(ARTICLES, settings));
    expect(slowed.claims()).toBeLessThan(claimsInAll.claims() / 2);
    batches.expectEachOnce(statements);
  });

  it('the tables change the statements (so the test above shows the worker used them)', () => {
    const ids = (settings: ExtractionSettings) => oneThread(ARTICLES, settings).flatMap((s) => (s as { entities: Array<{ id: string }> }).entities.map((e) => e.id));
    expect(ids(resolveExtractOptions(TABLES))).toContain('Valmoran Republic');
    expect(ids(resolveExtractOptions())).not.toContain('Valmoran Republic');
  });

  it.each<[string, URL]>([
    ['a worker that fails every batch it claims (they are extracted again)', FAILING_WORKER],
    ['a worker that does not load (it claims nothing)', UNLOADABLE_WORKER],
    ['a worker file that is not there (one thread)', new URL('../fixtures/noSuchWorker.mjs', import.meta.url)],
  ])('with %s', (_, script) => {
    const settings = resolveExtractOptions();
    const slowed = slowedSettings(settings, 2);
    const batches = new BatchLog();
    const statements = extractArticles(ARTICLES, slowed.settings, { workers: 3, options: {}, script, onBatch: batches.add });
    expect(statements).toEqual(oneThread(ARTICLES, settings));
    batches.expectEachOnce(statements);
  });

  it('with no article', () => {
    expect(extractArticles([], resolveExtractOptions(), { workers: 2, options: {}, script: WORKER })).toEqual([]);
  });
});

describe('when extraction stays on one thread', () => {
  it('gives every batch to onBatch once, in order', () => {
    const batches = new BatchLog();
    const statements = extractArticles(ARTICLES, resolveExtractOptions(), { workers: 1, options: {}, onBatch: batches.add });
    batches.expectEachOnce(statements);
  });

  it('workers: 0 and 1 start no worker', async () => {
    for (const workers of [0, 1]) {
      expect(await workersStarted(() => extractArticles(ARTICLES, resolveExtractOptions(), { workers, options: {}, script: WORKER }))).toBe(0);
    }
  });

  it("the caller's own extractors start no worker (code cannot be sent to one), and run", async () => {
    const options: ExtractOptions = {
      extractors: (defaults) => [...defaults, { name: 'marker', extract: () => ({ polarity: { negated: true } }) }],
    };
    const settings = resolveExtractOptions(options);
    let statements: Array<{ polarity: { negated: boolean } }> = [];
    const started = await workersStarted(() => {
      statements = extractArticles(ARTICLES, settings, { workers: 2, options, script: WORKER });
    });
    expect(started).toBe(0);
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => s.polarity.negated)).toBe(true);
  });

  it('the default extractors given as an option still go to the workers', async () => {
    const options: ExtractOptions = { extractors: (defaults) => defaults };
    expect(await workersStarted(() => extractArticles(ARTICLES, resolveExtractOptions(options), { workers: 2, options, script: WORKER }))).toBe(1);
  });

  it('the sources have no worker file beside them: analyze runs on one thread, with the same report', async () => {
    let report: unknown;
    expect(await workersStarted(() => (report = analyze(ARTICLES, { workers: 2 })))).toBe(0);
    const withoutTimings = (r: ReturnType<typeof analyze>) => ({ ...r, stats: { ...r.stats, stages: [] } });
    expect(withoutTimings(report as ReturnType<typeof analyze>)).toEqual(withoutTimings(analyze(ARTICLES, { workers: 1 })));
  });
});

const SHARED_TEXT = 'x'.repeat(100_000);

/** Articles of a given total length, sharing one text of 100,000 characters (`threadCount` only adds lengths). */
function articlesOf(characters: number): Article[] {
  const articles: Article[] = [];
  for (let left = characters; left > 0; left -= SHARED_TEXT.length) {
    articles.push({ id: `a${articles.length}`, outlet: 'a', text: left >= SHARED_TEXT.length ? SHARED_TEXT : SHARED_TEXT.slice(0, left) });
  }
  return articles;
}


describe('how many threads', () => {
  const cores = availableParallelism();
  it.each<[string, Article[], WorkersOption, number]>([
    ['auto: the two stories (one thread)', ARTICLES, 'auto', 1],
    ['auto: just under one thread\'s share', articlesOf(AUTO_CHARACTERS_PER_THREAD - 100), 'auto', 1],
    ['auto: two threads\' share', articlesOf(2 * AUTO_CHARACTERS_PER_THREAD), 'auto', Math.min(2, cores)],
    ['auto: far more text than cores', articlesOf(100 * AUTO_CHARACTERS_PER_THREAD), 'auto', Math.min(100, cores)],
    ['0', ARTICLES, 0, 1],
    ['1', ARTICLES, 1, 1],
    ['3, on a small input', ARTICLES, 3, 3],
  ])('%s', (_, articles, workers, expected) => {
    expect(threadCount(articles, workers)).toBe(expected);
  });

  it('small inputs under auto start no worker', async () => {
    expect(await workersStarted(() => extractArticles(ARTICLES, resolveExtractOptions(), { workers: 'auto', options: {}, script: WORKER }))).toBe(0);
  });
});

describe('batches', () => {
  const sized = (...lengths: number[]): Article[] => lengths.map((n, i) => ({ id: `a${i}`, outlet: `a${i}`, text: 'x'.repeat(n) }));
  it.each<[string, Article[], number, number[]]>([
    ['consecutive articles up to the size', sized(100, 100, 100, 100), 150, [2, 4]],
    ['an article larger than the size alone', sized(10, 500, 10), 100, [2, 3]],
    ['a title counts', [{ id: 'a', outlet: 'a', text: 'x', title: 'y'.repeat(99) }, ...sized(1)], 100, [1, 2]],
    ['size 0: an article each', sized(5, 5, 5), 0, [1, 2, 3]],
    ['no article', [], 100, []],
  ])('%s', (_, articles, size, expected) => {
    expect(batchEnds(articles, size)).toEqual(expected);
  });

  it('shrink as the work runs out when the size is a function of what remains', () => {
    const remainders: number[] = [];
    const ends = batchEnds(sized(100, 100, 100, 100, 100, 100, 100, 100), (remaining) => {
      remainders.push(remaining);
      return Math.max(100, remaining / 2);
    });
    expect(ends).toEqual([4, 6, 7, 8]);
    expect(remainders).toEqual([800, 400, 200, 100, 0]);
  });
});
