import type { ArticleInput } from '../src/index.js';
import { readMrpcPairs, readMrpcSentences } from '../eval/datasets/mrpc.js';
import { readSts } from '../eval/datasets/sts.js';
import { seededRandom } from './seededRandom.js';
import { HEDGES, MONTHS, WEEKDAYS } from './storyWordLists.js';
import {
  attributeTo,
  DISPUTE_SIDES,
  isAttributedOrHedged,
  PLANTED_AGREEMENTS,
  PLANTED_DIVERGENCES,
  quotedRanges,
  type EditContext,
  type StoryEdit,
} from './storyEdits.js';

/** How one outlet tells one sentence of a story. */
export type SentenceVariant =
  /** The story's sentence word for word. */
  | 'copy'
  /** A real paraphrase of it (MRPC label 1, or STS 4.5 and up). */
  | 'paraphrase'
  /** The same facts written another way (a planted agreement: "51 thousand" for "51,000"). */
  | 'agreement'
  /** The sentence with one planted divergence. */
  | 'divergence'
  /** One of the two accounts of a planted dispute, attributed to a side. */
  | 'side';

/** One sentence as it stands in one generated article: where it is, and what the generator made of it. */
export interface PlantedSentence {
  articleId: string;
  /** Offsets into the article's `text`. */
  start: number;
  end: number;
  story: number;
  /** The story's sentence it tells (unique in the corpus): sentences of one slot report one thing. */
  slot: number;
  /** The real sentence family it was drawn from; the same family in two stories means a recycled sentence. */
  family: number;
  variant: SentenceVariant;
  /** The divergence kind planted (for `divergence` and `side`). */
  kind?: string;
  /** The edit made (`figure-changed`, `figure-rewritten`, ...). */
  edit?: string;
}

/** The generated articles and, for every sentence in them, what the generator planted. */
export interface StoryCorpus {
  articles: ArticleInput[];
  sentences: PlantedSentence[];
  stories: number;
  /** Body sentence families available (real sentences with their paraphrases) and how many were used; past that they are reused. */
  familiesAvailable: number;
  familiesUsed: number;
  /** The same for headlines. */
  headlinesAvailable: number;
  headlinesUsed: number;
  slots: number;
  bytes: number;
}

export interface StoryCorpusOptions {
  /** How many articles to generate. */
  articles: number;
  /** The folder holding `data/mrpc` and `data/stsbenchmark`. */
  dataDir: string;
  seed?: number;
}

/** A real sentence and the real sentences that say the same thing or something else about the same event. */
interface SentenceFamily {
  text: string;
  /** Says the same (MRPC label 1, STS >= 4.5), with the same figures and dates. */
  paraphrase?: string;
  /** About the same event, not equivalent (MRPC label 0): the other account of a planted dispute. */
  related?: string;
}

/** Chance that an outlet carries a given sentence of its story (articles of one story overlap this much). */
const COVERAGE = 0.85;
/** Chance that a sentence of a story gets one planted divergence (in one of the outlets carrying it). */
const DIVERGENCE_RATE = 0.3;
/** Chance that a sentence with a non-equivalent partner is a planted dispute instead (told by two outlets only). */
const DISPUTE_RATE = 0.04;
/** Chance that an outlet uses the real paraphrase of a sentence when there is one. */
const PARAPHRASE_RATE = 0.35;
/** Chance that an outlet rewrites a figure or a date of a sentence another way. */
const AGREEMENT_RATE = 0.3;
/** STS similarity from which two sentences are paraphrases, and from which they are one family. */
const STS_PARAPHRASE = 4.5;
const STS_RELATED = 2;

/**
 * A benchmark corpus with known answers, built from real news sentences, the same for the same
 * seed and size.
 *
 * Construction. Real sentences come in families: MRPC train pairs, MRPC's other sentences (those
 * of its test pairs, whose pairing is not here) and the news rows of STS-B train (MSRpar,
 * deft-news) are joined into connected groups (a pair links two sentences of one news event; so
 * do two sentences sharing half their words and all their figures, see `joinLookalikes`). From
 * each group one sentence is the base, with a real paraphrase of it (MRPC label 1 or STS >= 4.5,
 * kept only when both hold the same figures and date words, quote the same words and hedge with
 * the same words: MRPC calls pairs equivalent that differ in a figure, a quoted word or a hedge
 * such as "allegedly", which are divergences here) and a
 * related non-equivalent sentence (MRPC label 0). Sentences that STS lower-cased (deft-news) are
 * left out. STS headline pairs give the stories' headlines the same way. Families are shuffled
 * and each is used once; when a size needs more sentences than there are families (past about
 * 1,000 articles), they are reused in later stories, shuffled again for each pass so that two
 * stories share a sentence now and then, not all of them (the corpus says how many were used;
 * pairs of one reused sentence across two stories are not scored).
 *
 * A story is a headline and about 40 base sentences, told by 4 to 10 outlets (real outlet domains
 * from MRPC). Each outlet carries each sentence with probability 0.85, in the story's order,
 * until its article reaches 3-4 KB. Each outlet's copy of a sentence is, independently:
 * - the base sentence word for word, or its paraphrase (0.35 when there is one);
 * - a planted agreement (0.3 when one applies): a figure written another way ("51,000" ->
 *   "51 thousand" / "about 51,000", "5 percent" -> "5%", "1.5 million" -> "1,500,000", "three" ->
 *   "3") or a date written another way ("June 5" -> "5 June"), outside quotations;
 * - in one outlet of 30% of the sentences, a planted divergence, by a general edit of the base
 *   sentence (see `PLANTED_DIVERGENCES`): a figure multiplied by 0.5-3, a weekday, day, month or
 *   year shifted, "not" inserted after the first auxiliary, a city after "in"/"at"/... swapped, a
 *   country, body or company swapped, one word of a quotation replaced by a WordNet synonym, a
 *   modal of obligation swapped ("must" -> "should"), "reportedly" / "It is unclear whether" or
 *   "Officials denied that" put around an unattributed claim; outside quotations, except the
 *   quote edit (a figure edited inside a quotation would misquote too). The kind is the one
 *   planted least so far among those whose edit applies to the sentence, so all kinds are
 *   planted as often as the sentences allow.
 * - 4% of the sentences that have a related non-equivalent sentence are planted disputes instead:
 *   two outlets only, one carrying the base and one the related sentence, each attributed to
 *   another side ("..., Russian officials said." / "..., Turkish officials said.").
 * Every outlet of a story has the story's date. Nothing in the generator looks at what crosscheck
 * extracts or detects.
 *
 * @example
 * const corpus = buildStoryCorpus({ articles: 100, dataDir: '../shared' });
 * analyze(corpus.articles);
 */
/**
 * The k-th index of endless passes over `count` indices, each pass shuffled anew: the first pass
 * is drawn at once (so a corpus that needs one pass is what it was), later ones as reached.
 */
function reshuffling(count: number, random: ReturnType<typeof seededRandom>): (k: number) => number {
  const passes: number[][] = [random.shuffle(Array.from({ length: count }, (_, i) => i))];
  return (k) => {
    const pass = Math.floor(k / count);
    while (passes.length <= pass) passes.push(random.shuffle(Array.from({ length: count }, (_, i) => i)));
    return passes[pass]![k % count]!;
  };
}

export function buildStoryCorpus(options: StoryCorpusOptions): StoryCorpus {
  const random = seededRandom(options.seed ?? 20_030_605);
  const pool = readFamilies(options.dataDir);
  const lowerStart = lowerStartFor([...pool.body, ...pool.headlines].map((f) => f.text));
  const context: EditContext = { random, lowerStart };
  // Each pass over the families is a new shuffle: reused families are mixed into new stories,
  // not replayed in the order of earlier stories (which would make later stories copies of them).
  const bodyOrder = reshuffling(pool.body.length, random);
  const headlineOrder = reshuffling(pool.headlines.length, random);
  const planted = new Map<string, number>();
  const articles: ArticleInput[] = [];
  const sentences: PlantedSentence[] = [];
  let nextBody = 0;
  let nextHeadline = 0;
  let slots = 0;
  let bytes = 0;
  let story = 0;
  for (; articles.length < options.articles; story++) {
    const outlets = random.shuffle(pool.outlets).slice(0, Math.min(random.int(4, 10), options.articles - articles.length));
    const targets = outlets.map(() => random.int(3000, 4000));
    const published = new Date(Date.UTC(2003, 0, 1) + random.int(0, 600) * 86_400_000).toISOString().slice(0, 10);
    // The story's sentences: a headline, then enough body sentences for the longest article.
    const storySlots: { family: number; headline: boolean; text: SentenceFamily }[] = [];
    const headline = headlineOrder(nextHeadline++);
    storySlots.push({ family: pool.body.length + headline, headline: true, text: pool.headlines[headline]! });
    let length = 0;
    while (length < Math.max(...targets) / COVERAGE) {
      const family = bodyOrder(nextBody++);
      storySlots.push({ family, headline: false, text: pool.body[family]! });
      length += pool.body[family]!.text.length + 1;
    }
    // Which outlets carry which sentence.
    const carried: number[][] = storySlots.map(() => []);
    const disputes = new Set<number>();
    storySlots.forEach((slot, i) => {
      if (i > 0 && outlets.length >= 2 && slot.text.related && random.chance(DISPUTE_RATE)) {
        disputes.add(i);
        carried[i] = random.shuffle(outlets.map((_, o) => o)).slice(0, 2).sort((x, y) => x - y);
      }
    });
    outlets.forEach((_, o) => {
      let size = 0;
      storySlots.forEach((slot, i) => {
        if (disputes.has(i)) {
          if (carried[i]!.includes(o)) size += slot.text.text.length + 1;
          return;
        }
        if (i === 0 || (size < targets[o]! && random.chance(COVERAGE))) {
          carried[i]!.push(o);
          size += slot.text.text.length + 1;
        }
      });
    });
    // What each outlet writes for each sentence it carries.
    const written: { slot: number; family: number; text: string; variant: SentenceVariant; kind?: string; edit?: string }[][] = outlets.map(() => []);
    storySlots.forEach((slot, i) => {
      const id = slots++;
      const outletsOfSlot = carried[i]!;
      if (outletsOfSlot.length === 0) return;
      if (disputes.has(i)) {
        const [sideA, sideB] = random.shuffle(DISPUTE_SIDES);
        written[outletsOfSlot[0]!]!.push({ slot: id, family: slot.family, text: attributeTo(slot.text.text, sideA!), variant: 'side', kind: 'dispute', edit: 'opposing-accounts' });
        written[outletsOfSlot[1]!]!.push({ slot: id, family: slot.family, text: attributeTo(slot.text.related!, sideB!), variant: 'side', kind: 'dispute', edit: 'opposing-accounts' });
        planted.set('dispute', (planted.get('dispute') ?? 0) + 1);
        return;
      }
      let divergent: { outlet: number; edit: StoryEdit; text: string } | undefined;
      if (outletsOfSlot.length >= 2 && random.chance(DIVERGENCE_RATE)) {
        const edit = plantDivergence(slot.text.text, context, planted);
        if (edit) divergent = { outlet: random.pick(outletsOfSlot), ...edit };
      }
      for (const o of outletsOfSlot) {
        if (divergent?.outlet === o) {
          written[o]!.push({ slot: id, family: slot.family, text: divergent.text, variant: 'divergence', kind: divergent.edit.kind, edit: divergent.edit.name });
          continue;
        }
        if (slot.text.paraphrase && random.chance(PARAPHRASE_RATE)) {
          written[o]!.push({ slot: id, family: slot.family, text: slot.text.paraphrase, variant: 'paraphrase' });
          continue;
        }
        const agreement = random.chance(AGREEMENT_RATE) ? plantAgreement(slot.text.text, context) : undefined;
        written[o]!.push(agreement ? { slot: id, family: slot.family, text: agreement.text, variant: 'agreement', edit: agreement.edit.name } : { slot: id, family: slot.family, text: slot.text.text, variant: 'copy' });
      }
    });
    // The articles: headline line, then paragraphs of three sentences. A sentence that leaves a
    // quotation open (its source article went on quoting in the next sentence) ends its paragraph:
    // in news style the sentences after an open quotation mark in one paragraph are still quoted,
    // so the unrelated sentence the generator puts next would read as part of the quotation.
    outlets.forEach((outlet, o) => {
      const articleId = `s${String(story).padStart(5, '0')}-${o}`;
      let text = '';
      written[o]!.forEach((sentence, i) => {
        const openQuote = i > 0 && leavesQuotationOpen(written[o]![i - 1]!.text);
        if (i > 0) text += i === 1 || openQuote ? '\n\n' : (i - 1) % 3 === 0 ? '\n\n' : ' ';
        const start = text.length;
        text += sentence.text;
        const { slot, family, variant, kind, edit } = sentence;
        sentences.push({ articleId, start, end: text.length, story, slot, family, variant, ...(kind && { kind }), ...(edit && { edit }) });
      });
      text += '\n';
      bytes += Buffer.byteLength(text);
      articles.push({ id: articleId, outlet, text, published });
    });
  }
  return {
    articles,
    sentences,
    stories: story,
    familiesAvailable: pool.body.length,
    familiesUsed: Math.min(nextBody, pool.body.length),
    headlinesAvailable: pool.headlines.length,
    headlinesUsed: Math.min(nextHeadline, pool.headlines.length),
    slots,
    bytes,
  };
}

/** Whether a sentence has an odd number of double quotation marks: a quotation it opens (or closes) runs past it. */
function leavesQuotationOpen(text: string): boolean {
  return (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/** The least planted kind whose edit applies to the sentence (ties broken at random). */
function plantDivergence(text: string, context: EditContext, planted: Map<string, number>): { edit: StoryEdit; text: string } | undefined {
  const kinds = [...new Set(PLANTED_DIVERGENCES.map((e) => e.kind))];
  const order = context.random.shuffle(kinds).sort((a, b) => (planted.get(a) ?? 0) - (planted.get(b) ?? 0));
  for (const kind of order) {
    for (const edit of context.random.shuffle(PLANTED_DIVERGENCES.filter((e) => e.kind === kind))) {
      const edited = edit.apply(text, context);
      if (edited === undefined || edited === text) continue;
      planted.set(kind, (planted.get(kind) ?? 0) + 1);
      return { edit, text: edited };
    }
  }
  return undefined;
}

function plantAgreement(text: string, context: EditContext): { edit: StoryEdit; text: string } | undefined {
  for (const edit of context.random.shuffle(PLANTED_AGREEMENTS)) {
    const edited = edit.apply(text, context);
    if (edited !== undefined && edited !== text) return { edit, text: edited };
  }
  return undefined;
}

// --- the real sentences ----------------------------------------------------------------------

interface SentencePool {
  body: SentenceFamily[];
  headlines: SentenceFamily[];
  /** Outlet names: the news sites MRPC's sentences come from. */
  outlets: string[];
}

const poolCache = new Map<string, SentencePool>();

/** The sentence families of MRPC train and STS-B train news rows (headlines apart), and MRPC's outlets. */
function readFamilies(dataDir: string): SentencePool {
  const cached = poolCache.get(dataDir);
  if (cached) return cached;
  const body = new FamilyBuilder(40, 350);
  for (const pair of readMrpcPairs(dataDir)) body.link(pair.a, pair.b, pair.label === 1 ? 'paraphrase' : 'related');
  const headlines = new FamilyBuilder(20, 150);
  for (const row of readSts(dataDir, 'train')) {
    if (row.genre !== 'main-news') continue;
    const builder = row.file === 'headlines' ? headlines : body;
    if (row.score >= STS_RELATED) builder.link(row.a, row.b, row.score >= STS_PARAPHRASE ? 'paraphrase' : 'similar');
    else {
      builder.link(row.a);
      builder.link(row.b);
    }
  }
  const counts = new Map<string, number>();
  for (const s of readMrpcSentences(dataDir)) {
    // Sentences of MRPC's test pairs (the pairs are not here): each its own family until joined to a lookalike.
    body.link(s.text);
    if (s.url !== '*') counts.set(s.url, (counts.get(s.url) ?? 0) + 1);
  }
  body.joinLookalikes();
  headlines.joinLookalikes();
  const outlets = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 40).map(([url]) => url.replace(/^www\./, ''));
  const pool = { body: body.families(), headlines: headlines.families(), outlets };
  poolCache.set(dataDir, pool);
  return pool;
}

type Link = 'paraphrase' | 'related' | 'similar';

/** Joins linked sentences into connected families (union-find) and picks each family's base and partners. */
class FamilyBuilder {
  private readonly index = new Map<string, number>();
  private readonly texts: string[] = [];
  private readonly parent: number[] = [];
  private readonly links: { a: number; b: number; link: Link }[] = [];

  constructor(
    private readonly minLength: number,
    private readonly maxLength: number,
  ) {}

  link(a: string, b?: string, link?: Link): void {
    const x = this.add(a);
    const y = b === undefined ? undefined : this.add(b);
    if (y === undefined || x === y) return;
    this.links.push({ a: x, b: y, link: link! });
    this.parent[this.find(x)] = this.find(y);
  }

  /**
   * Joins sentences that may report one event though no pair links them (the same story in two
   * MRPC pairs, the two sides of an MRPC test pair): at least half their words in common (Jaccard,
   * words of three letters or more) and the same figures. Lookalikes about different events, such
   * as two days' market reports ("the S&P 500 fell 9 points" / "gained 16 points"), differ in
   * their figures and stay apart, as unrelated sentences that look alike.
   */
  joinLookalikes(): void {
    const words = this.texts.map((t) => new Set(t.toLowerCase().match(/[a-z]{3,}/g) ?? []));
    const postings = new Map<string, number[]>();
    words.forEach((set, i) =>
      set.forEach((w) => {
        const posting = postings.get(w);
        if (posting) posting.push(i);
        else postings.set(w, [i]);
      }),
    );
    words.forEach((set, i) => {
      const candidates = new Set<number>();
      for (const w of set) {
        const posting = postings.get(w)!;
        if (posting.length <= 30) for (const j of posting) if (j > i) candidates.add(j);
      }
      for (const j of candidates) {
        if (this.find(i) === this.find(j)) continue;
        const other = words[j]!;
        let shared = 0;
        for (const w of set) if (other.has(w)) shared++;
        if (shared / (set.size + other.size - shared) >= 0.5 && sameFigures(this.texts[i]!, this.texts[j]!)) {
          this.parent[this.find(i)] = this.find(j);
        }
      }
    });
  }

  families(): SentenceFamily[] {
    const members = new Map<number, number[]>();
    this.texts.forEach((_, i) => {
      const root = this.find(i);
      members.set(root, [...(members.get(root) ?? []), i]);
    });
    // STS lower-cased some sources (deft-news): news is published with its capitals.
    const usable = (i: number) => this.texts[i]!.length >= this.minLength && this.texts[i]!.length <= this.maxLength && /^["'(]?[A-Z0-9]/.test(this.texts[i]!);
    const families: SentenceFamily[] = [];
    for (const group of members.values()) {
      const base = group.find(usable);
      if (base === undefined) continue;
      const partner = (link: Link, fits: (other: string) => boolean) => {
        for (const l of this.links) {
          const other = l.a === base ? l.b : l.b === base ? l.a : undefined;
          if (other !== undefined && l.link === link && usable(other) && fits(this.texts[other]!)) return this.texts[other];
        }
        return undefined;
      };
      const text = this.texts[base]!;
      const paraphrase = partner('paraphrase', (other) => sameFigures(text, other) && sameQuotes(text, other) && sameCertaintyWords(text, other));
      const related = partner('related', (other) => !isAttributedOrHedged(text) && !isAttributedOrHedged(other));
      families.push({ text, ...(paraphrase && { paraphrase }), ...(related && { related }) });
    }
    return families;
  }

  private add(raw: string): number {
    const text = raw.replace(/\s+/g, ' ').trim();
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.texts.length;
      this.index.set(text, i);
      this.texts.push(text);
      this.parent.push(i);
    }
    return i;
  }

  private find(i: number): number {
    while (this.parent[i] !== i) {
      this.parent[i] = this.parent[this.parent[i]!]!;
      i = this.parent[i]!;
    }
    return i;
  }
}

const FIGURE_OR_DATE = new RegExp(
  `\\d+(?:[.,]\\d+)*|\\b(?:${[...MONTHS, ...WEEKDAYS, 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'hundred', 'thousand', 'million', 'billion'].join('|')})\\b`,
  'gi',
);

/** Whether two sentences hold the same figures (digits and number words) and the same month and weekday names. */
function sameFigures(a: string, b: string): boolean {
  const facts = (text: string) =>
    (text.match(FIGURE_OR_DATE) ?? [])
      .map((t) => t.replace(/,/g, '').toLowerCase())
      .sort()
      .join(' ');
  return facts(a) === facts(b);
}

/** Whether two sentences quote the same words (a paraphrase may reword a sentence, not what someone said). */
function sameQuotes(a: string, b: string): boolean {
  const quotes = (text: string) =>
    quotedRanges(text)
      .map(([start, end]) => text.slice(start, end).replace(/[^\w\s]/g, '').toLowerCase().trim())
      .sort()
      .join('|');
  return quotes(a) === quotes(b);
}

/**
 * Whether two sentences hedge alike: the same words of reserve ("allegedly", "could",
 * "apparently"...). MRPC judges whether two sentences report the same content and ignores how
 * firmly they report it; "were apparently upset" / "were upset" is a certainty divergence here.
 */
function sameCertaintyWords(a: string, b: string): boolean {
  const words = (text: string) =>
    [...new Set(text.toLowerCase().match(/[a-z]+/g) ?? [])]
      .filter((w) => CERTAINTY_WORDS.includes(w))
      .sort()
      .join(' ');
  return words(a) === words(b);
}

/** Words that set how firmly a sentence states its claim: the planted hedges and their common kin. */
const CERTAINTY_WORDS: readonly string[] = [...HEDGES, 'likely', 'alleged', 'allegations', 'claimed', 'claims', 'accused', 'accuses', 'appears', 'appeared', 'unconfirmed', 'uncertain'];

/**
 * Lower-cases a sentence's first word when the sentences use it lower-case mid-sentence more
 * often than capitalised ("The talks" -> "the talks", "Microsoft said" kept), for edits that put
 * words before a sentence.
 */
function lowerStartFor(texts: readonly string[]): (text: string) => string {
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  for (const text of texts) {
    const words = text.match(/[A-Za-z]+/g) ?? [];
    for (let i = 1; i < words.length; i++) {
      const w = words[i]!;
      const table = /^[a-z]/.test(w) ? lower : upper;
      table.set(w.toLowerCase(), (table.get(w.toLowerCase()) ?? 0) + 1);
    }
  }
  return (text) => {
    const first = /^[A-Za-z]+/.exec(text)?.[0];
    if (!first || first === 'I') return text;
    const key = first.toLowerCase();
    return (lower.get(key) ?? 0) > (upper.get(key) ?? 0) ? key + text.slice(first.length) : text;
  };
}
