/**
 * The HTML report in a real browser (Debian's Chromium through playwright-core): it renders, its
 * script runs under its own Content-Security-Policy, the filters hide what they should from the
 * keyboard, links land on the statements, and it asks the network for nothing. Screenshots go to
 * `test-output/` (git-ignored) for a person to look at.
 *
 * The real report is the seed articles' when they are beside the repository (`../shared/seeds` or
 * `$CROSSCHECK_DATA/seeds`), else the example story's; the hand-built fixture tests the rest.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, type Report } from '../../src/index.js';
import { loadArticles } from '../../src/cli/loadArticles.js';
import { toHTML } from '../../src/report/html.js';
import { REPO_ROOT, STORY_DIR, storyFixture } from './fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SKIP_NOTE = HAS_CHROMIUM ? '' : ` (skipped: ${CHROMIUM} is missing; install it with "apt-get install -y chromium")`;
const OUTPUT = join(REPO_ROOT, 'test-output');
/** The seed articles: `$CROSSCHECK_DATA/seeds`, else `../shared/seeds` beside the repository. */
const SEEDS = join(resolve(process.env.CROSSCHECK_DATA ?? join(REPO_ROOT, '..', 'shared')), 'seeds');

/** Which real report the first tests open: the seeds' when present, else the example story's. */
const REAL = existsSync(SEEDS)
  ? { name: 'the seed articles', title: 'Seed story', folder: SEEDS, published: '2016-02-11' }
  : { name: 'the example story (no seeds found beside the repository)', title: 'Example story', folder: STORY_DIR, published: undefined };

let real: Report | undefined;
/** The real report, analyzed once. The seeds carry no date; they were all published on 2016-02-11. */
function realReport(): Report {
  real ??= analyze(loadArticles([REAL.folder], { cwd: REPO_ROOT, ...(REAL.published !== undefined && { published: REAL.published }) }).articles);
  return real;
}

let context: BrowserContext | undefined;
let profile: string | undefined;
/** Every request the pages made for something other than a local file. */
const network: string[] = [];

beforeAll(async () => {
  if (!HAS_CHROMIUM) return;
  mkdirSync(OUTPUT, { recursive: true });
  profile = mkdtempSync(join(tmpdir(), 'crosscheck-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1366, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    network.push(url);
    return route.abort();
  });
});

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Writes the page to `test-output/` and opens it, failing on any script error or CSP report. */
async function open(name: string, html: string): Promise<{ page: Page; errors: string[] }> {
  const file = join(OUTPUT, name);
  writeFileSync(file, html);
  const page = await context!.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(pathToFileURL(file).href);
  return { page, errors };
}

const visible = (page: Page, selector: string): Promise<number> =>
  page.locator(selector).evaluateAll((els) => els.filter((el) => (el as unknown as { offsetParent: unknown }).offsetParent !== null).length);

describe('the HTML report in Chromium', () => {
  it.skipIf(!HAS_CHROMIUM)(`opens and renders the real report of ${REAL.name}: every article, statement, cluster and divergence${SKIP_NOTE}`, async () => {
    const report = realReport();
    expect(report.clusters.length).toBeGreaterThan(0);
    expect(report.divergences.length).toBeGreaterThan(0);
    const { page, errors } = await open('report.html', toHTML(report, { title: REAL.title }));
    await expect(page.locator('h1').textContent()).resolves.toBe(REAL.title);
    expect(await visible(page, 'article.source-article')).toBe(report.articles.length);
    expect(await visible(page, '.stmt')).toBe(report.statements.length);
    expect(await visible(page, 'section.cluster')).toBe(report.clusters.length);
    expect(await visible(page, 'article.divergence')).toBe(report.divergences.length);
    expect(await visible(page, 'article.divergence mark')).toBeGreaterThan(0);
    // The script ran under the page's own CSP: it showed the filters.
    expect(await page.locator('#filters').isVisible()).toBe(true);
    await page.screenshot({ path: join(OUTPUT, 'report.png'), fullPage: false });
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });

  it.skipIf(!HAS_CHROMIUM)(`hides exactly one kind's divergences in the real report of ${REAL.name} when its box is unchecked${SKIP_NOTE}`, async () => {
    const report = realReport();
    const total = report.divergences.length;
    // The most frequent kind, so that something stays visible only if other kinds exist.
    const [kind, count] = Object.entries(report.stats.divergencesByKind).sort((a, b) => b[1] - a[1])[0]!;
    const { page, errors } = await open('report-real-filter.html', toHTML(report, { title: REAL.title }));
    await expect(page.locator('#filter-status').textContent()).resolves.toBe(`Showing ${total} of ${total} divergences`);

    await page.getByRole('checkbox', { name: `${kind} (${count})` }).focus();
    await page.keyboard.press('Space');
    expect(await visible(page, `article.divergence[data-kind="${kind}"]`)).toBe(0);
    expect(await visible(page, 'article.divergence')).toBe(total - count);
    await expect(page.locator('#filter-status').textContent()).resolves.toBe(`Showing ${total - count} of ${total} divergences`);
    // Clusters, statements and articles stay: a kind filter hides divergences only.
    expect(await visible(page, 'section.cluster')).toBe(report.clusters.length);
    expect(await visible(page, 'article.source-article')).toBe(report.articles.length);

    await page.locator('#filter-reset').focus();
    await page.keyboard.press('Enter');
    expect(await visible(page, 'article.divergence')).toBe(total);
    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });

  it.skipIf(!HAS_CHROMIUM)(`shows clusters and divergences and filters them by kind and outlet from the keyboard${SKIP_NOTE}`, async () => {
    const { page, errors } = await open('report-fixture.html', toHTML(storyFixture(), { title: 'Karsia truce' }));
    expect(await visible(page, 'section.cluster')).toBe(6);
    expect(await visible(page, 'table.matrix tbody tr')).toBe(6);
    expect(await visible(page, 'article.divergence')).toBe(6);
    expect(await visible(page, 'article.divergence mark')).toBeGreaterThanOrEqual(12);
    await expect(page.locator('#filter-status').textContent()).resolves.toBe('Showing 6 of 6 divergences');
    await page.screenshot({ path: join(OUTPUT, 'report-fixture.png'), fullPage: false });

    // Uncheck "certainty" with the keyboard: the two certainty divergences go, the others stay.
    await page.getByRole('checkbox', { name: 'certainty (2)' }).focus();
    await page.keyboard.press('Space');
    expect(await visible(page, 'article.divergence[data-kind="certainty"]')).toBe(0);
    expect(await visible(page, 'article.divergence')).toBe(4);
    await expect(page.locator('#filter-status').textContent()).resolves.toBe('Showing 4 of 6 divergences');

    // Uncheck an outlet: its divergences, statements, matrix column and article go.
    await page.getByRole('checkbox', { name: 'The Lantern', exact: true }).uncheck();
    expect(await visible(page, 'article.divergence[data-kind="place"]')).toBe(0);
    expect(await visible(page, 'article.divergence')).toBe(3);
    expect(await visible(page, '[data-outlet="The Lantern"]')).toBe(0);
    expect(await visible(page, 'table.matrix th[data-outlet]')).toBe(4);

    // "Show all" brings everything back.
    await page.locator('#filter-reset').focus();
    await page.keyboard.press('Enter');
    expect(await visible(page, 'article.divergence')).toBe(6);
    expect(await visible(page, '[data-outlet="The Lantern"]')).toBeGreaterThan(0);

    // A statement link lands on the statement in the article text.
    const link = page.locator('article.divergence[data-kind="time"] a', { hasText: 'in the article' }).first();
    const target = (await link.getAttribute('href'))!;
    await link.click();
    expect(new URL(page.url()).hash).toBe(target);
    await expect(page.locator(target).isVisible()).resolves.toBe(true);
    expect(await page.locator(target).textContent()).toContain('last month');

    expect(errors).toEqual([]);
    expect(network).toEqual([]);
    await page.close();
  });

  it.skipIf(!HAS_CHROMIUM)(`prints: the filters are not on paper${SKIP_NOTE}`, async () => {
    const { page } = await open('report-print.html', toHTML(storyFixture()));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#filters').isVisible()).toBe(false);
    expect(await visible(page, 'article.divergence')).toBe(6);
    await page.close();
  });
});
