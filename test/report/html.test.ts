import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/index.js';
import { anchorId } from '../../src/report/anchor.js';
import { toHTML } from '../../src/report/html.js';
import { hostileFixture, storyArticles, storyFixture } from './fixture.js';

const all = (html: string, pattern: RegExp): string[] => [...html.matchAll(pattern)].map((m) => m[1] ?? m[0]);
const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('base64');

describe('toHTML', () => {
  const story = storyFixture();
  const html = toHTML(story, { title: 'Karsia truce' });

  describe('is one self-contained file', () => {
    it.each([
      ['no stylesheet or script file', /<link\b|<script\b[^>]*\bsrc=/i],
      ['no image, frame or object', /<(?:img|iframe|object|embed|video|audio|source)\b/i],
      ['no src attribute at all', /\ssrc\s*=/i],
      ['no CSS that loads anything', /url\(|@import/i],
      ['no protocol-relative address', /(?:href|src)="\/\//i],
    ])('%s', (_, pattern) => {
      expect(html).not.toMatch(pattern);
    });

    it('links only inside the page, or out to the articles themselves', () => {
      const urls = new Set(story.articles.map((a) => a.url));
      for (const href of all(html, /\shref="([^"]*)"/g)) {
        if (!href.startsWith('#')) expect(urls.has(href), href).toBe(true);
      }
    });

    it('forbids loading anything else with a Content-Security-Policy holding the hashes of its own style and script', () => {
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
      expect(csp).toContain("default-src 'none'");
      const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
      const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
      expect(csp).toContain(`style-src 'sha256-${sha256(style)}'`);
      expect(csp).toContain(`script-src 'sha256-${sha256(script)}'`);
      expect(all(html, /<script\b/g)).toHaveLength(1);
    });
  });

  it('is a semantic, labelled page: one h1, sections with h2, tables with headers, print styles', () => {
    expect(all(html, /<h1\b/g)).toHaveLength(1);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    for (const id of ['summary', 'matrix', 'clusters', 'articles']) expect(html).toContain(`<section id="${id}" aria-labelledby="${id}-h"`);
    expect(all(html, /<h3 id="cluster-[^"]*-h">/g)).toHaveLength(story.clusters.length);
    expect(html).toContain('<caption>Clusters × outlets, by certainty</caption>');
    expect(html).toContain('@media print');
    expect(html).toContain(':focus-visible');
    expect(html).toContain('<a class="skip" href="#clusters">');
  });

  it('has a matrix row per cluster and a column per outlet, each cell labelled with the stance', () => {
    const matrix = /<table class="matrix">([\s\S]*?)<\/table>/.exec(html)![1]!;
    const rows = all(matrix, /<tr><th scope="row">([\s\S]*?)<\/tr>/g);
    expect(rows).toHaveLength(6);
    for (const outlet of ['Eastgate Daily', 'Harbor Wire', 'Meridian Post', 'Northstar Review', 'The Lantern']) {
      expect(matrix).toContain(`<th scope="col" data-outlet="${outlet}">${outlet}</th>`);
    }
    // First row: the April 3 proposal; Eastgate and Meridian unconfirmed, Harbor and Northstar report it, The Lantern silent.
    const cells = all(rows[0]!, /<td class="([^"]+)" data-outlet/g);
    expect(cells).toEqual(['stance-unconfirmed', 'stance-reported', 'stance-unconfirmed', 'stance-reported', 'stance-silent']);
    expect(rows[0]).toContain(`<a href="#${anchorId('s', 'harbor-wire#0')}">reports</a>`);
    // 6 clusters × 5 outlets, 14 of the 30 cells hold a statement.
    expect(all(matrix, /class="stance-silent"/g)).toHaveLength(30 - 14);
  });

  it('shows each divergence with both statements side by side and the differing words in <mark>', () => {
    const blocks = all(html, /(<article class="divergence"[\s\S]*?<\/article>)/g);
    expect(blocks).toHaveLength(6);
    const time = blocks.find((b) => b.includes('data-kind="time"'))!;
    expect(all(time, /<section class="side"/g)).toHaveLength(2);
    expect(all(time, /<mark>([^<]*)<\/mark>/g)).toEqual(['last month', 'earlier this month']);
    expect(time).toContain('The Lausanne talks broke down last month (February)');
    expect(time).toContain('data-outlets="[&quot;Harbor Wire&quot;,&quot;Meridian Post&quot;]"');
    expect(all(html, /<mark>([^<]*)<\/mark>/g)).toEqual(expect.arrayContaining(['Oslo', 'Helsinki', 'has refused to confirm', 'is preferable', 'must be']));
  });

  it('has filters for every kind found and every outlet, with labels, hidden until the script runs', () => {
    const form = /<form id="filters"[^>]*>([\s\S]*?)<\/form>/.exec(html)![0];
    expect(form).toMatch(/^<form id="filters" class="filters" aria-labelledby="filters-h" hidden>/);
    expect(all(form, /<label><input type="checkbox" name="kind" value="([^"]+)" checked>/g)).toEqual(['certainty', 'time', 'place', 'quote', 'modality']);
    expect(form).toContain('certainty (2)</label>');
    expect(all(form, /name="outlet" value="([^"]+)"/g)).toHaveLength(5);
    expect(form).toContain('role="status"');
  });

  it('includes every article, every statement wrapped in an anchor once, and every in-page link lands', () => {
    const ids = all(html, /\sid="([^"]+)"/g);
    expect(new Set(ids).size).toBe(ids.length);
    for (const statement of story.statements) {
      expect(ids).toContain(anchorId('s', statement.id));
      const anchored = new RegExp(`<span class="stmt[^"]*" id="${anchorId('s', statement.id)}" tabindex="-1">([\\s\\S]*?)</span>`).exec(html);
      expect(anchored?.[1]).toBe(statement.claim.text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;'));
    }
    for (const href of all(html, /href="#([^"]+)"/g)) expect(ids, href).toContain(href);
    expect(all(html, /<article class="source-article"/g)).toHaveLength(5);
  });

  describe('escapes all report text', () => {
    const hostile = toHTML(hostileFixture(), { title: 'A <title> & "quotes"' });

    it.each([
      ['a script from the article text', '<script>alert'],
      ['an image with an error handler', '<img'],
      ['markup in the outlet name', '<b>Outlet'],
      ['markup in a source', '<i>Someone'],
      ['markup in a value', '<b>then'],
      ['a javascript: link', 'href="javascript:'],
    ])('%s', (_, raw) => {
      expect(hostile).not.toContain(raw);
    });

    it('prints the text escaped, so a reader still sees it', () => {
      expect(hostile).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
      expect(hostile).toContain('<mark>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</mark>');
      expect(hostile).toContain('<title>A &lt;title&gt; &amp; &quot;quotes&quot;</title>');
      expect(hostile).toContain('javascript:alert(1)');
      expect(all(hostile, /<script\b/g)).toHaveLength(1);
    });

    it('makes ids and data attributes safe', () => {
      expect(hostile).toContain(`id="${anchorId('s', 'a<1>#0')}"`);
      expect(anchorId('s', 'a<1>#0')).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(hostile).toContain('data-outlets="[&quot;Evil &lt;b&gt;Outlet&lt;/b&gt;&quot;,&quot;Plain &amp; Simple&quot;]"');
    });
  });

  it('renders the pipeline report of the example story: every article, every statement anchored', () => {
    const report = analyze(storyArticles());
    const page = toHTML(report);
    expect(page).toContain(`${report.articles.length} articles from 5 outlets`);
    for (const statement of report.statements) expect(page).toContain(`id="${anchorId('s', statement.id)}"`);
    expect(all(page, /<article class="divergence"/g)).toHaveLength(report.divergences.length);
    expect(all(page, /<h3 id="cluster-/g)).toHaveLength(report.clusters.length);
    expect(page.endsWith('</html>\n')).toBe(true);
  });
});
