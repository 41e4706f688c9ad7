import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { collectInputFiles } from '../../src/cli/inputFiles.js';
import { loadArticles } from '../../src/cli/loadArticles.js';
import { REPO_ROOT, STORY_DIR } from '../report/fixture.js';

let root: string;

/** Writes `files` (path -> content) under a fresh folder of `root` and returns the folder. */
function folder(name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const load = (inputs: string[], published?: string) => loadArticles(inputs, { cwd: root, ...(published !== undefined && { published }) });

describe('reading each kind of file', () => {
  it('reads a text file: id and outlet from the file name, the text as it is', () => {
    folder('text', { 'daily-ledger.txt': 'Talks stall\n\nTalks stalled on Monday.\n' });
    expect(load(['text/daily-ledger.txt']).articles).toEqual([
      { id: 'daily-ledger', outlet: 'daily-ledger', text: 'Talks stall\n\nTalks stalled on Monday.\n' },
    ]);
  });

  it('reads a markdown file and drops a byte-order mark', () => {
    folder('md', { 'herald.md': '\uFEFF# Talks stall\n\n*Talks* stalled.' });
    expect(load(['md/herald.md']).articles[0]).toEqual({ id: 'herald', outlet: 'herald', text: '# Talks stall\n\n*Talks* stalled.' });
  });

  it('reads an HTML page: main text, title, date', () => {
    folder('html', {
      'post.html': '<title>x</title><meta property="article:published_time" content="2024-03-14"><nav>Menu</nav><article><h1>Talks stall</h1><p>Talks stalled.</p></article>',
    });
    expect(load(['html/post.html']).articles[0]).toEqual({ id: 'post', outlet: 'post', title: 'Talks stall', text: 'Talks stalled.', published: '2024-03-14' });
  });

  it('reads a JSON array of articles, and one article alone', () => {
    folder('json', {
      'many.json': JSON.stringify([
        { id: 'a', outlet: 'A', text: 'One.', published: '2024-03-14' },
        { outlet: 'B', text: 'Two.' },
      ]),
      'one.json': JSON.stringify({ outlet: 'C', text: 'Three.', url: 'https://c.example/3' }),
    });
    expect(load(['json']).articles).toEqual([
      { id: 'a', outlet: 'A', text: 'One.', published: '2024-03-14' },
      { id: 'many-2', outlet: 'B', text: 'Two.' },
      { id: 'one', outlet: 'C', text: 'Three.', url: 'https://c.example/3' },
    ]);
  });

  it('reads a JSON manifest: each entry names a file and adds its outlet and date; the file is read once', () => {
    const loaded = load([STORY_DIR]);
    expect(loaded.articles.map((a) => [a.id, a.outlet, a.published])).toEqual([
      ['eastgate-daily', 'Eastgate Daily', '2024-03-14'],
      ['harbor-wire', 'Harbor Wire', '2024-03-14'],
      ['meridian-post', 'Meridian Post', '2024-03-14'],
      ['northstar-review', 'Northstar Review', '2024-03-14'],
      ['the-lantern', 'The Lantern', '2024-03-14'],
    ]);
    expect(loaded.articles[1]!.text.startsWith("Valmora's April 3 truce offer")).toBe(true);
    expect(loaded.skipped.map((s) => s.reason)).toEqual(['a README, not an article']);
  });

  it('gives articles without a date the --published one, and keeps the dates they give', () => {
    folder('dates', { 'a.txt': 'One.', 'b.json': JSON.stringify({ text: 'Two.', published: '2020-01-01' }) });
    expect(load(['dates'], '2024-03-14').articles.map((a) => a.published)).toEqual(['2024-03-14', '2020-01-01']);
  });
});

describe('folders', () => {
  beforeAll(() => {
    folder('story', {
      'b-outlet.txt': 'B.',
      'a-outlet.md': 'A.',
      'c-outlet.html': '<p>C.</p>',
      'README.md': '# About this folder',
      'readme.txt': 'notes',
      'gold.json': JSON.stringify({ about: 'annotations', clusters: [] }),
      'empty.json': '[]',
      '.hidden.txt': 'secret',
      'notes.pdf': '%PDF',
      'sub/deeper.txt': 'Not read: sub-folders are not searched.',
    });
  });

  it('reads the article files directly inside, in path order, whatever the order of the arguments', () => {
    expect(load(['story']).articles.map((a) => a.id)).toEqual(['a-outlet', 'b-outlet', 'c-outlet']);
    expect(load(['story/b-outlet.txt', 'story/a-outlet.md']).articles.map((a) => a.id)).toEqual(['a-outlet', 'b-outlet']);
  });

  it('skips READMEs and JSON that holds no articles, with a reason; hidden files, other types and sub-folders silently', () => {
    expect(load(['story']).skipped).toEqual([
      { shown: 'story/README.md', reason: 'a README, not an article' },
      { shown: 'story/readme.txt', reason: 'a README, not an article' },
      { shown: 'story/empty.json', reason: expect.stringContaining('holds no articles') },
      { shown: 'story/gold.json', reason: expect.stringContaining('holds no articles') },
    ]);
  });

  it('reads a README or a JSON file named on the command line (and fails on the JSON)', () => {
    expect(load(['story/README.md']).articles.map((a) => a.id)).toEqual(['README']);
    expect(() => load(['story/gold.json'])).toThrow(/story\/gold\.json: holds no articles/);
  });

  it('lists the seeds folder without its README and reference folders', () => {
    const seeds = join(REPO_ROOT, '..', 'shared', 'seeds');
    const { files, skipped } = collectInputFiles([seeds], REPO_ROOT);
    if (files.length === 0) return; // no shared data on this machine
    expect(files.every((f) => f.type === 'text' || f.type === 'json')).toBe(true);
    expect(skipped.map((s) => s.shown)).toEqual([expect.stringMatching(/seeds\/README\.md$/)]);
  });

  it('makes ids unique when two folders hold files of the same name', () => {
    folder('x', { 'wire.txt': 'One.' });
    folder('y', { 'wire.txt': 'Two.', 'wire.md': 'Three.' });
    expect(load(['x', 'y']).articles.map((a) => a.id)).toEqual(['x/wire', 'y/wire.md', 'y/wire.txt']);
  });
});

describe('errors name the file', () => {
  beforeAll(() => {
    folder('bad', {
      'broken.json': '[{"id": "a", "text": "One."',
      'number.json': JSON.stringify([{ id: 'n', text: 42 }]),
      'both.json': JSON.stringify({ text: 'x', file: 'y.txt' }),
      'dates.json': JSON.stringify([{ id: 'd', text: 'x', published: 'soon' }]),
      'manifest.json': JSON.stringify([{ file: 'missing.txt', outlet: 'M' }]),
      'dupe1.json': JSON.stringify({ id: 'same', text: 'One.' }),
      'dupe2.json': JSON.stringify({ id: 'same', text: 'Two.' }),
      'slides.pdf': '%PDF',
      'empty.txt': '   \n',
    });
    folder('nothing', { 'README.md': 'Only a readme.' });
  });

  it.each<[string[], RegExp]>([
    [['bad/absent.txt'], /^bad\/absent\.txt: cannot read \(no such file or folder\)$/],
    [['bad/broken.json'], /^bad\/broken\.json: not valid JSON/],
    [['bad/number.json'], /^bad\/number\.json\[0\]: \(id "n"\): field "text" must be a string, got number$/],
    [['bad/both.json'], /^bad\/both\.json: give "text" or "file", not both$/],
    [['bad/dates.json'], /^bad\/dates\.json\[0\]: .*field "published" must be a parseable date/],
    [['bad/manifest.json'], /^bad\/manifest\.json\[0\]: bad\/missing\.txt: cannot read \(no such file or folder\)$/],
    [['bad/dupe1.json', 'bad/dupe2.json'], /^bad\/dupe2\.json: article id "same" is already used by bad\/dupe1\.json/],
    [['bad/slides.pdf'], /^bad\/slides\.pdf: cannot read \.pdf; crosscheck reads \.txt, \.md, \.html, \.htm and \.json files$/],
    [['nothing'], /^no articles found in nothing \(skipped: nothing\/README\.md\)$/],
    [['bad/empty.txt'], /^no articles found in bad\/empty\.txt \(skipped: bad\/empty\.txt\)$/],
  ])('%j', (inputs, message) => {
    expect(() => load(inputs)).toThrow(CliError);
    expect(() => load(inputs)).toThrow(message);
  });
});
