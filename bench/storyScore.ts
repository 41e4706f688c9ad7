import type { Report } from '../src/index.js';
import type { PlantedSentence, StoryCorpus } from './storyCorpus.js';

/** Recall and precision of one divergence kind. */
export interface KindScore {
  /** Pairs (divergent sentence, a faithful copy of it in another outlet) planted, and how many were flagged with this kind. */
  plantedPairs: number;
  foundPairs: number;
  recall: number;
  /** Planted edits (one divergent sentence each), and how many were flagged against at least one copy. */
  plantedEdits: number;
  foundEdits: number;
  /** Flags of this kind on planted pairs of this kind, and on pairs generated as agreeing or unrelated. */
  trueFlags: number;
  falseFlags: number;
  precision: number;
}

/** How well a report finds what the generator planted. */
export interface StoryScore {
  /** What precision and recall mean here, printed with the figures. */
  definition: string;
  recall: number;
  precision: number;
  /** Precision counting flags of another kind on a planted pair as false too. */
  strictPrecision: number;
  /** Precision leaving out false flags between sentences of two different stories. */
  precisionWithinStories: number;
  byKind: Record<string, KindScore>;
  /** Recall by edit (`figure-changed`, `hedge-added`, ...). */
  byEdit: Record<string, { plantedPairs: number; foundPairs: number; recall: number }>;
  /** False flags by what the generator made of the pair (and within it by kind), and by kind. */
  falseFlags: { total: number; byPair: Record<string, { total: number; byKind: Record<string, number> }>; byKind: Record<string, number> };
  /** Flags of another kind than the one planted, on planted pairs, by kind flagged. */
  wrongKindFlags: { total: number; byKind: Record<string, number> };
  /** Flags left out of both figures, by reason. */
  unscored: Record<string, number>;
  /** Planted pairs one of whose sentences no statement maps to (the segmenter joined it to a neighbour). */
  plantedWithoutStatement: number;
}

/** One flag or miss with its sentences, for reading (never written to the results: the sentences are third-party data). */
export interface ScoredExample {
  what: string;
  kind: string;
  a: string;
  b: string;
}

export const SCORE_DEFINITION =
  'A flag is a distinct (pair of generated sentences, kind) among report.divergences, each statement mapped to the generated ' +
  'sentence its offsets overlap most. Recall = planted pairs (a sentence with a planted divergence, and a word-for-word or ' +
  'agreeing copy of the same story sentence in another outlet; for a dispute, its two accounts) flagged with the planted kind / ' +
  'planted pairs. Precision = flags of the planted kind on planted pairs / (those + false flags). A false flag is any flag on a ' +
  'pair the generator made agree (copies, real paraphrases, figures or dates written another way, of one story sentence) or ' +
  'made unrelated (sentences of different story sentences: same article, same story or other stories). Not scored: flags of ' +
  'another kind on a planted pair (shown apart; strict precision counts them false), a divergent sentence against a paraphrase ' +
  '(which may not hold what was edited), the same real sentence reused in two stories (only past the sentences available), and ' +
  'two statements of one generated sentence.';

/**
 * Scores a report against the corpus it was made from (see {@link SCORE_DEFINITION}).
 *
 * @example
 * const score = scoreStories(corpus, analyze(corpus.articles));
 * score.byKind.number.recall;
 */
export function scoreStories(corpus: StoryCorpus, report: Report, examplesPerKind = 0): { score: StoryScore; examples: ScoredExample[] } {
  const sentences = corpus.sentences;
  const sentenceOf = statementSentences(corpus, report);
  const texts = new Map(corpus.articles.map((a) => [a.id, a.text]));
  const textOf = (i: number) => texts.get(sentences[i]!.articleId)!.slice(sentences[i]!.start, sentences[i]!.end);

  // The planted pairs, by key.
  const planted = new Map<string, { kind: string; edit: string; divergent: number; found: boolean }>();
  for (const members of groupIndexes(sentences, (s) => s.slot).values()) {
    const sides = members.filter((i) => sentences[i]!.variant === 'side');
    if (sides.length === 2) planted.set(pairKey(sides[0]!, sides[1]!), { kind: 'dispute', edit: sentences[sides[0]!]!.edit!, divergent: sides[0]!, found: false });
    const divergent = members.find((i) => sentences[i]!.variant === 'divergence');
    if (divergent === undefined) continue;
    const d = sentences[divergent]!;
    for (const other of members) {
      const variant = sentences[other]!.variant;
      if (variant === 'copy' || variant === 'agreement') planted.set(pairKey(divergent, other), { kind: d.kind!, edit: d.edit!, divergent, found: false });
    }
  }

  const flags = new Set<string>();
  const falseByPair: Record<string, { total: number; byKind: Record<string, number> }> = {};
  const falseByKind: Record<string, number> = {};
  const wrongByKind: Record<string, number> = {};
  const trueByKind: Record<string, number> = {};
  const unscored: Record<string, number> = {};
  const examples: ScoredExample[] = [];
  const exampleCount = new Map<string, number>();
  const example = (what: string, kind: string, i: number, j: number) => {
    const key = `${what}|${kind}`;
    if ((exampleCount.get(key) ?? 0) >= examplesPerKind) return;
    exampleCount.set(key, (exampleCount.get(key) ?? 0) + 1);
    examples.push({ what, kind, a: textOf(i), b: textOf(j) });
  };
  const count = (table: Record<string, number>, key: string) => (table[key] = (table[key] ?? 0) + 1);
  for (const d of report.divergences) {
    const i = sentenceOf.get(d.statementIds[0]);
    const j = sentenceOf.get(d.statementIds[1]);
    if (i === undefined || j === undefined) {
      count(unscored, 'statement outside the generated sentences');
      continue;
    }
    if (i === j) {
      count(unscored, 'two statements of one generated sentence');
      continue;
    }
    const key = `${pairKey(i, j)}|${d.kind}`;
    if (flags.has(key)) continue;
    flags.add(key);
    const plant = planted.get(pairKey(i, j));
    if (plant) {
      if (plant.kind === d.kind) {
        plant.found = true;
        count(trueByKind, d.kind);
      } else {
        count(wrongByKind, d.kind);
        example(`wrong kind on a planted ${plant.kind} pair`, d.kind, i, j);
      }
      continue;
    }
    const category = pairCategory(sentences[i]!, sentences[j]!);
    if (category === undefined) continue;
    if (category.scored) {
      const pair = (falseByPair[category.name] ??= { total: 0, byKind: {} });
      pair.total++;
      count(pair.byKind, d.kind);
      count(falseByKind, d.kind);
      example(`false flag (${category.name})`, d.kind, i, j);
    } else count(unscored, category.name);
  }

  const byKind: Record<string, KindScore> = {};
  const byEdit: StoryScore['byEdit'] = {};
  const editsFound = new Map<number, boolean>();
  let plantedWithoutStatement = 0;
  const withStatement = new Set(sentenceOf.values());
  for (const [key, p] of planted) {
    const k = (byKind[p.kind] ??= { plantedPairs: 0, foundPairs: 0, recall: 0, plantedEdits: 0, foundEdits: 0, trueFlags: 0, falseFlags: 0, precision: 0 });
    const e = (byEdit[p.edit] ??= { plantedPairs: 0, foundPairs: 0, recall: 0 });
    k.plantedPairs++;
    e.plantedPairs++;
    if (p.found) {
      k.foundPairs++;
      e.foundPairs++;
    } else {
      const [i, j] = key.split('-').map(Number) as [number, number];
      if (!withStatement.has(i) || !withStatement.has(j)) plantedWithoutStatement++;
      example('missed', p.kind, i, j);
    }
    const id = p.kind === 'dispute' ? -1 - p.divergent : p.divergent;
    editsFound.set(id, (editsFound.get(id) ?? false) || p.found);
  }
  for (const [id, found] of editsFound) {
    const kind = id < 0 ? 'dispute' : sentences[id]!.kind!;
    byKind[kind]!.plantedEdits++;
    if (found) byKind[kind]!.foundEdits++;
  }
  for (const [kind, k] of Object.entries(byKind)) {
    k.recall = ratio(k.foundPairs, k.plantedPairs);
    k.trueFlags = trueByKind[kind] ?? 0;
    k.falseFlags = falseByKind[kind] ?? 0;
    k.precision = ratio(k.trueFlags, k.trueFlags + k.falseFlags);
  }
  for (const e of Object.values(byEdit)) e.recall = ratio(e.foundPairs, e.plantedPairs);
  const found = Object.values(byKind).reduce((sum, k) => sum + k.foundPairs, 0);
  const truths = Object.values(trueByKind).reduce((sum, n) => sum + n, 0);
  const falses = Object.values(falseByPair).reduce((sum, p) => sum + p.total, 0);
  const wrongs = Object.values(wrongByKind).reduce((sum, n) => sum + n, 0);
  return {
    score: {
      definition: SCORE_DEFINITION,
      recall: ratio(found, planted.size),
      precision: ratio(truths, truths + falses),
      strictPrecision: ratio(truths, truths + falses + wrongs),
      precisionWithinStories: ratio(truths, truths + falses - (falseByPair[OTHER_STORIES]?.total ?? 0)),
      byKind: sortKeys(byKind),
      byEdit: sortKeys(byEdit),
      falseFlags: {
        total: falses,
        byPair: sortKeys(Object.fromEntries(Object.entries(falseByPair).map(([name, p]) => [name, { total: p.total, byKind: sortKeys(p.byKind) }]))),
        byKind: sortKeys(falseByKind),
      },
      wrongKindFlags: { total: wrongs, byKind: sortKeys(wrongByKind) },
      unscored: sortKeys(unscored),
      plantedWithoutStatement,
    },
    examples,
  };
}

const OTHER_STORIES = 'unrelated: other stories';

/** What the generator made of two sentences that are not a planted pair: agreeing, unrelated, or not scored. */
function pairCategory(a: PlantedSentence, b: PlantedSentence): { name: string; scored: boolean } | undefined {
  if (a.slot === b.slot) {
    const variants = [a, b].map((s) => s.variant);
    if (variants.includes('divergence')) return { name: 'divergent sentence vs paraphrase', scored: false };
    if (variants.includes('side')) return undefined;
    const label = (s: PlantedSentence) => (s.variant === 'agreement' ? `agreement (${s.edit})` : s.variant);
    return { name: `agreeing: ${[label(a), label(b)].sort().join(' / ')}`, scored: true };
  }
  if (a.family === b.family) return { name: 'one real sentence reused in two stories', scored: false };
  if (a.articleId === b.articleId) return { name: 'unrelated: same article', scored: true };
  if (a.story === b.story) return { name: 'unrelated: same story', scored: true };
  return { name: OTHER_STORIES, scored: true };
}

/** Each statement's generated sentence: the one its offsets overlap most. */
function statementSentences(corpus: StoryCorpus, report: Report): Map<string, number> {
  const byArticle = groupIndexes(corpus.sentences, (s) => s.articleId);
  const result = new Map<string, number>();
  for (const statement of report.statements) {
    if (statement.field !== 'text') continue;
    let best: number | undefined;
    let bestOverlap = 0;
    for (const i of byArticle.get(statement.articleId) ?? []) {
      const s = corpus.sentences[i]!;
      const overlap = Math.min(s.end, statement.end) - Math.max(s.start, statement.start);
      if (overlap > bestOverlap) {
        best = i;
        bestOverlap = overlap;
      }
    }
    if (best !== undefined) result.set(statement.id, best);
  }
  return result;
}

/** The indexes of a list's items, grouped by a key. */
function groupIndexes<K>(items: readonly PlantedSentence[], key: (item: PlantedSentence) => K): Map<K, number[]> {
  const groups = new Map<K, number[]>();
  items.forEach((item, i) => {
    const group = groups.get(key(item));
    if (group) group.push(i);
    else groups.set(key(item), [i]);
  });
  return groups;
}

function pairKey(i: number, j: number): string {
  return i < j ? `${i}-${j}` : `${j}-${i}`;
}

function ratio(a: number, b: number): number {
  return b === 0 ? Number.NaN : a / b;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
