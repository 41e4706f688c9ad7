import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { segment } from '../../src/index.js';
import { requirePath } from '../dataPaths.js';
import type { SuiteResult } from '../figures.js';
import { loadSeeds } from '../seeds.js';

/**
 * Sentence boundaries against the reference split in `seeds/segments/`. Positions are counted in
 * letters and digits from the start of the article, so markup, quotes and white space around a
 * boundary do not matter: only where the split falls between words does. Boundaries strictly
 * inside the reference line marked `~` (garbled text) are not counted, as the README says.
 */
export function runSegments(dataDir: string): SuiteResult {
  const seeds = loadSeeds(dataDir);
  const referenceDir = requirePath(join(dataDir, 'seeds', 'segments'), 'the reference segments');
  const articles = [];
  let falseSplits = 0;
  let misses = 0;
  let referenceSegments = 0;
  let baselineErrors = 0;
  for (const doc of seeds.documents) {
    const lines = readFileSync(join(referenceDir, doc.file), 'utf8').split('\n').filter((l) => l.trim() !== '');
    referenceSegments += lines.length;
    const reference = new Set<number>();
    const ignored: Array<[number, number]> = [];
    let count = 0;
    for (const [i, raw] of lines.entries()) {
      const garbled = raw.startsWith('~');
      const size = alnumCount(garbled ? raw.slice(1) : raw);
      if (i > 0) reference.add(count);
      if (garbled) ignored.push([count, count + size]);
      count += size;
    }
    const total = alnumCount(doc.text);
    if (total !== count) throw new Error(`${doc.file}: reference has ${count} letters and digits, article ${total}`);
    reference.delete(0);
    const score = (starts: number[]) => {
      const predicted = new Set(starts.map((start) => alnumCount(doc.text.slice(0, start))));
      predicted.delete(0);
      const counted = (b: number) => !ignored.some(([s, e]) => b > s && b < e);
      return [
        ...[...predicted].filter((b) => !reference.has(b) && counted(b)).map((b) => ({ type: 'false split', at: b })),
        ...[...reference].filter((b) => !predicted.has(b) && counted(b)).map((b) => ({ type: 'miss', at: b })),
      ].map((e) => ({ ...e, context: contextAt(doc.text, e.at) }));
    };
    const segments = segment(doc.text);
    const errors = score(segments.map((s) => s.start));
    falseSplits += errors.filter((e) => e.type === 'false split').length;
    misses += errors.filter((e) => e.type === 'miss').length;
    baselineErrors += score(naturalSentenceStarts(doc.text)).length;
    articles.push({ id: doc.id, segments: segments.length, referenceSegments: lines.length, errors });
  }
  for (const a of articles) {
    console.log(`  ${a.id}: ${a.errors.length} error(s), ${a.segments} segments (reference ${a.referenceSegments})`);
    for (const e of a.errors) console.log(`      ${e.type.padEnd(11)} ${e.context}`);
  }
  return {
    suite: 'segments',
    figures: [
      { name: 'reference segments', value: referenceSegments },
      { name: 'false splits', value: falseSplits },
      { name: 'missed boundaries', value: misses },
      { name: 'boundary errors (false splits + misses)', value: falseSplits + misses, target: { atMost: 2 } },
      { name: "baseline: natural's SentenceTokenizer errors", value: baselineErrors },
    ],
    details: articles,
  };
}

/** Where natural's SentenceTokenizer starts sentences, found back in the text in order. */
function naturalSentenceStarts(text: string): number[] {
  const require = createRequire(import.meta.url);
  const { SentenceTokenizer } = require('natural/lib/natural/tokenizers/index.js') as {
    SentenceTokenizer: new (abbreviations: string[]) => { tokenize(text: string): string[] };
  };
  const starts: number[] = [];
  let cursor = 0;
  for (const sentence of new SentenceTokenizer([]).tokenize(text)) {
    const at = text.indexOf(sentence.trim(), cursor);
    if (at < 0) continue;
    starts.push(at);
    cursor = at + sentence.trim().length;
  }
  return starts;
}

const ALNUM = /[\p{L}\p{N}]/gu;

function alnumCount(text: string): number {
  return text.match(ALNUM)?.length ?? 0;
}

/** The article text around the position after `count` letters and digits, the boundary shown as ` ‖ `. */
function contextAt(text: string, count: number): string {
  let seen = 0;
  let i = 0;
  for (; i < text.length && seen < count; i++) if (/[\p{L}\p{N}]/u.test(text[i]!)) seen++;
  while (i < text.length && !/[\p{L}\p{N}]/u.test(text[i]!)) i++;
  return JSON.stringify(`${text.slice(Math.max(0, i - 50), i)} \u2016 ${text.slice(i, i + 50)}`.replace(/\s+/g, ' '));
}
