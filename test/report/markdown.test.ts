import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { toMarkdown } from '../../src/report/markdown.js';
import { hostileFixture, storyArticles, storyFixture } from './fixture.js';

/** Cells of a markdown table row, split on pipes that are not escaped. */
function cells(row: string): string[] {
  return row.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/).map((c) => c.trim());
}

/** The value of `| label | n |` in the summary table. */
function count(md: string, label: string): number {
  const row = md.split('\n').find((line) => line.startsWith(`| ${label} |`));
  return Number(cells(row ?? '')[1]);
}

describe('toMarkdown', () => {
  const md = toMarkdown(storyFixture(), { title: 'Karsia truce' });

  it('opens with the title and a summary table that counts what the report holds', () => {
    expect(md.startsWith('# Karsia truce\n\n| Summary | Count |')).toBe(true);
    expect([count(md, 'Articles'), count(md, 'Outlets'), count(md, 'Statements'), count(md, 'Clusters'), count(md, 'Divergences')]).toEqual([5, 5, 14, 6, 6]);
  });

  it.each([
    ['certainty', 2],
    ['time', 1],
    ['place', 1],
    ['quote', 1],
    ['modality', 1],
  ])('counts %s divergences in the by-kind table', (kind, n) => {
    expect(count(md, kind)).toBe(n);
  });

  it('lists kinds in report order, before the clusters', () => {
    const order = ['certainty', 'time', 'place', 'quote', 'modality'].map((k) => md.indexOf(`| ${k} |`));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(order.at(-1)!).toBeLessThan(md.indexOf('## Clusters'));
  });

  it('says, for each cluster, what each outlet says, how firmly and on whose word', () => {
    expect(md).toContain('### 1. Paul Ferrante said he was not aware of a specific start date proposed by Valmora');
    expect(md).toContain('| Harbor Wire | Valmora has proposed a truce in Karsia starting April 3, Aldanian officials say | reports | Aldanian officials |');
    expect(md).toContain('| Meridian Post | Valmora has refused to confirm reports that the truce would begin only on April 3 | unconfirmed | Valmora |');
    expect(md).toContain('| Harbor Wire | Eight years of war in Karsia have killed more than a quarter-million people | asserts | own voice |');
    expect(md).toContain('Silent: The Lantern.');
  });

  it.each([
    ['Aldanian officials say'],
    ['has refused to confirm'],
    ['not aware of'],
    ['last month'],
    ['earlier this month'],
    ['Oslo'],
    ['Helsinki'],
    ['must be'],
    ['is preferable'],
    ['made concrete proposals for a truce, very concrete ones'],
  ])('marks the differing words "%s" in bold', (words) => {
    expect(md).toContain(`**${words}**`);
  });

  it('gives each divergence its explanation, score, detector and values', () => {
    expect(md).toContain('1. **time**: The Lausanne talks broke down last month (February) in one report and earlier this month (March) in the other.');
    expect(md).toContain('score 0.80 · detector time');
    expect(md).toContain('(asserts; value: 2024-02-01 to 2024-02-29)');
    expect(md).toContain('(reports; value: reported)');
  });

  it('keeps every table row as wide as its header', () => {
    const lines = md.split('\n');
    let width = 0;
    for (const line of lines) {
      if (!line.startsWith('|')) {
        width = 0;
        continue;
      }
      if (width === 0) width = cells(line).length;
      else expect(cells(line), line).toHaveLength(width);
    }
  });

  it('escapes markdown and HTML in article text, names and explanations', () => {
    const hostile = toMarkdown(hostileFixture());
    // No `<` that is not backslash-escaped: no tag can reach a renderer.
    expect(hostile).not.toMatch(/(?<!\\)</);
    expect(hostile).not.toMatch(/(?<!\\)\[here\]/);
    expect(hostile).toContain('\\<script\\>');
    expect(hostile).toContain('\\*resumed\\*');
    expect(hostile).toContain('Evil \\<b\\>Outlet\\</b\\>');
    expect(hostile).toContain('talks \\| \\*resumed\\*');
    // The marked words are escaped inside the bold markers.
    expect(hostile).toContain('**\\<script\\>alert("x")\\</script\\>**');
    expect(hostile).toContain('Explained with \\<script\\>alert(2)\\</script\\> and \\*stars\\*');
  });

  it('prints a report without clusters as a summary, its articles and a plain note', () => {
    const report = analyze(storyArticles());
    const plain = toMarkdown(report);
    expect(count(plain, 'Articles')).toBe(5);
    expect(count(plain, 'Statements')).toBe(report.statements.length);
    expect(count(plain, 'Clusters')).toBe(report.clusters.length);
    for (const outlet of ['Eastgate Daily', 'Harbor Wire', 'Meridian Post', 'Northstar Review', 'The Lantern']) {
      expect(plain).toContain(`| ${outlet} |`);
    }
    if (report.clusters.length === 0) expect(plain).toContain('No clusters');
    if (report.divergences.length === 0) expect(plain).toContain('No divergences found.');
    expect(plain.endsWith('\n')).toBe(true);
  });
});
