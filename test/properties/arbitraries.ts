/**
 * Generators and checks shared by the property tests. Runs are reproducible: every property uses
 * `PROPERTY_RUNS` (a fixed seed; `FC_SEED=<n>` explores others, and a failure prints its seed and
 * the shrunk counterexample).
 */
import fc from 'fast-check';
import type { ArticleInput, Report, Statement, TextSpan } from '../../src/index.js';

export const PROPERTY_RUNS = { seed: Number(process.env.FC_SEED ?? 20260808), numRuns: Number(process.env.FC_RUNS ?? 60) } as const;

/** Characters that trip text code: emoji, right-to-left text and marks, combining marks, NUL, lone surrogates, invisible and odd spaces. */
const STRANGE = [
  '👍🏽', '👨‍👩‍👧', '🇺🇦', 'مرحبا بالعالم', 'שלום', '\u200f', '\u202e', '\u2066', 'e\u0301', '\u0301', '\u0000', '\ud800', '\udc00', '\udbff\udfff',
  '\ufeff', '\u200b', '\u00ad', '\u00a0', '\u3000', '\u2028', '\u2029', '\u0085', '\f', '\v', 'ǅ', 'ß', 'İ', 'ﬁ', '٣', '１２', '∞', '\ufffd',
];

/** Characters with meaning for the text stage: sentence ends, quotes, dashes, line breaks. */
const PUNCTUATION = ['. ', ', ', '; ', ': ', '! ', '? ', '... ', '\u2026', ' \u2014 ', ' -- ', '\u2013', '-', '"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '(', ')', '\n', '\r\n', '\r', '\n\n', '\t', '  ', ' '];

/** Markup the normalizer undoes: HTML tags, entities, markdown. */
const MARKUP = ['<p>', '</p>', '<b>', '</b>', '<br/>', '<script>x</script>', '<!-- c -->', '&amp;', '&quot;', '&#0;', '&#x110000;', '&nbsp;', '**', '*', '_', '[link](http://x.y)', '![i](x.png)', '# ', '> ', '\\', '`'];

/** Words of news text, so that sentences get sources, numbers, days, negations and hedges. */
const WORDS = [
  'Russia', 'officials', 'said', 'say', 'the', 'storm', 'closed', 'bridge', 'on', 'Monday', 'Tuesday', 'March', '1', 'in', 'Geneva', 'Lyon',
  'not', 'denied', 'reportedly', 'may', 'must', 'could', 'according', 'to', 'Reuters', 'he', 'she', 'told', '15,000', '40,000', '3.5', 'million',
  'homes', 'killed', 'at', 'least', 'about', 'U.S.', 'Dr.', 'Feb.', '25', '2016', 'last', 'week', 'ceasefire', 'talks', 'three', 'weeks', 'No',
  'President', 'Putin', 'Mr', 'Smith', 'of', 'and', 'but', 'while', 'saying', 'percent', '%', '$', '12bn', 'twenty-five',
];

const piece = (weights: { words: number; punctuation: number; strange: number; markup: number; random: number }) =>
  fc.oneof(
    { weight: weights.words, arbitrary: fc.constantFrom(...WORDS).map((w) => `${w} `) },
    { weight: weights.punctuation, arbitrary: fc.constantFrom(...PUNCTUATION) },
    { weight: weights.strange, arbitrary: fc.constantFrom(...STRANGE) },
    { weight: weights.markup, arbitrary: fc.constantFrom(...MARKUP) },
    // any UTF-16 code units, lone surrogates included
    { weight: weights.random, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 4 }) },
  );

/** Article text of anything: news words among strange characters, markup and random code units. */
export const anyText = fc.array(piece({ words: 6, punctuation: 4, strange: 2, markup: 1, random: 1 }), { maxLength: 60 }).map((p) => p.join(''));

/**
 * Text without markup characters (`< & [ ] # > * _ \ \``): normalizing it only folds quotes,
 * dashes and spaces, so every span's raw text must fold to the statement's text.
 */
export const plainText = fc
  .array(piece({ words: 6, punctuation: 4, strange: 2, markup: 0, random: 1 }), { maxLength: 60 })
  .map((p) => p.join('').replace(/[<&[\]#>*_\\`]/g, ' '));

/** Blank texts: empty, or nothing but spaces, line breaks and invisible characters. */
export const blankText = fc.array(fc.constantFrom('', ' ', '\n', '\r\n', '\t', '\u00a0', '\u200b', '\ufeff', '\u3000'), { maxLength: 12 }).map((p) => p.join(''));

const articleId = fc.string({ minLength: 1, maxLength: 8 }).filter((id) => id.trim() !== '');

/** Articles with unique ids, the given text, and sometimes an outlet, a title and a date. */
export function articlesOf(text: fc.Arbitrary<string>, size: { minLength?: number; maxLength: number }): fc.Arbitrary<ArticleInput[]> {
  return fc.uniqueArray(articleId, size).chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc.record(
          {
            id: fc.constant(id),
            text,
            outlet: fc.constantFrom('Daily', 'Herald', 'Ledger', ''),
            title: text,
            published: fc.constantFrom('2016-02-11', '2023-11-08T10:00:00Z'),
          },
          { requiredKeys: ['id', 'text'] },
        ),
      ),
    ),
  );
}

/** Sentences several outlets may each report, some in versions that disagree. */
const STORY_SENTENCES: ReadonlyArray<readonly string[]> = [
  [
    'A winter storm closed the old river bridge on Monday, the regional utility said.',
    'A winter storm closed the old river bridge on Tuesday, the regional utility said.',
    'The storm did not close the old river bridge, the regional utility said.',
  ],
  [
    'The storm cut power to 15,000 homes across the valley.',
    'The storm cut power to 40,000 homes across the valley, officials said.',
    'The storm reportedly cut power to about 15,000 homes across the valley.',
  ],
  [
    'The regional council will hold an emergency meeting in Lyon on Friday.',
    'The regional council will hold an emergency meeting in Strasbourg on Friday.',
    'The regional council may hold an emergency meeting in Lyon on Friday.',
  ],
  [
    'Engineers will inspect the bridge before it reopens, the mayor said.',
    'Officials could not confirm that engineers will inspect the bridge before it reopens.',
    '"Engineers will inspect the bridge before it reopens," Mayor Anna Weber told reporters.',
  ],
  ['Schools across the district stayed open.', 'A local bakery handed out free bread to stranded drivers.', 'Two people were killed by falling trees in Lyon.'],
];

/** Articles about one storm: each reports some of the story's sentences, in one of their versions. */
export const storyArticles: fc.Arbitrary<ArticleInput[]> = fc
  .uniqueArray(fc.constantFrom('courier', 'ledger', 'times', 'herald', 'post', 'wire'), { minLength: 2, maxLength: 5 })
  .chain((ids) =>
    fc.tuple(
      ...ids.map((id) =>
        fc
          .subarray(
            STORY_SENTENCES.map((_, i) => i),
            { minLength: 1 },
          )
          .chain((picked) => fc.tuple(...picked.map((i) => fc.constantFrom(...STORY_SENTENCES[i]!))))
          .map((sentences): ArticleInput => ({ id, outlet: id.toUpperCase(), published: '2023-11-08', text: sentences.join('\n\n') })),
      ),
    ),
  );

/**
 * Folds what normalizing changes in plain text: quote and dash forms, spaces and invisible
 * characters. Raw and normalized text of one span fold to the same string.
 */
export function fold(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u2010-\u2015\u2212-]+/g, '-')
    .replace(/[\s\u200B-\u200D\u2060\uFEFF\u00AD]+/g, '');
}

/** Whether `part`'s characters appear in `whole` in order. */
export function isSubsequence(part: string, whole: string): boolean {
  let at = 0;
  for (const c of part) {
    at = whole.indexOf(c, at);
    if (at < 0) return false;
    at += c.length;
  }
  return true;
}

/** The article field a statement's offsets point into. */
export function fieldOf(report: Report, statement: Statement): string {
  const article = report.articles.find((a) => a.id === statement.articleId)!;
  return statement.field === 'title' ? (article.title ?? '') : article.text;
}

/** Every span a statement carries besides its own, named for messages. */
export function factSpans(statement: Statement): Array<[string, TextSpan]> {
  const spans: Array<[string, TextSpan]> = [];
  for (const key of ['quotes', 'quantities', 'times', 'durations', 'entities'] as const) {
    statement[key].forEach((span, i) => spans.push([`${key}[${i}]`, span]));
  }
  if (statement.polarity.cue) spans.push(['polarity.cue', statement.polarity.cue]);
  if (statement.modality.cue) spans.push(['modality.cue', statement.modality.cue]);
  if (statement.certaintyCue) spans.push(['certaintyCue', statement.certaintyCue]);
  if (statement.attribution.span) spans.push(['attribution.span', statement.attribution.span]);
  return spans;
}

/** Whether a span starts or ends between the two halves of a surrogate pair. */
export function cutsSurrogatePair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
