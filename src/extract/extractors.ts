import { findEntities } from './entity.js';
import type { Clause, Extractor } from './extractor.js';
import { readModality, type ClaimSource } from './modality.js';
import { readPolarity } from './polarity.js';
import { findQuantities } from './quantity.js';
import { findTimes } from './time.js';

/**
 * Facts are read from the claim only: the frame's "said on Wednesday" is when it was said, not
 * what happened. Every extractor asks for the claim of the same clause in turn; handing them one
 * string (not five equal copies) lets the caches of words and tokens find it at once.
 */
function claimText(clause: Clause): string {
  const { text, claim } = clause;
  if (!last || last.text !== text || last.start !== claim.start || last.end !== claim.end) {
    last = { text, start: claim.start, end: claim.end, claim: text.slice(claim.start, claim.end) };
  }
  return last.claim;
}

let last: { text: string; start: number; end: number; claim: string } | undefined;

/** Shifts spans found in the claim to offsets in the clause text. */
function shift<T extends { start: number; end: number }>(items: T[], by: number): T[] {
  // skip: a claim that opens its statement needs no shift (most do; the items are ours, never edited)
  if (by === 0) return items;
  // (built by `push`: `map` builds its array of another kind once V8 has optimized the caller, and
  // the code reading the facts would be compiled again for each kind)
  const shifted: T[] = [];
  for (const item of items) shifted.push({ ...item, start: item.start + by, end: item.end + by });
  return shifted;
}

/** Amounts: "51,000", "tens of thousands", "more than a quarter-million". */
export const quantityExtractor: Extractor = {
  name: 'quantities',
  extract: (clause) => ({ quantities: shift(findQuantities(claimText(clause)), clause.claim.start) }),
};

/** Dates, weekdays, relative times and durations, resolved against the publication date. */
export const timeExtractor: Extractor = {
  name: 'times',
  extract: (clause, context) => {
    const { times, durations } = findTimes(claimText(clause), context.article.published);
    return { times: shift(times, clause.claim.start), durations: shift(durations, clause.claim.start) };
  },
};

/** Places and actors with canonical ids. */
export const entityExtractor: Extractor = {
  name: 'entities',
  extract: (clause, context) => ({
    entities: shift(
      findEntities(claimText(clause), {
        table: context.aliases,
        knownNames: context.knownNames,
        titleCase: clause.role === 'headline' && isTitleCase(claimText(clause)),
      }),
      clause.claim.start,
    ),
  }),
};

/** Modal force ("must", "preferable", "cannot accept"). */
export const modalityExtractor: Extractor = {
  name: 'modality',
  extract: (clause) => {
    const modality = readModality(claimText(clause), clause.mainClause, claimSource(clause));
    return { modality: modality.cue ? { ...modality, cue: shift([modality.cue], clause.claim.start)[0]! } : modality };
  },
};

/** Negation of the main clause; a refusal already read as modality ("can't accept") is not negation too. */
export const polarityExtractor: Extractor = {
  name: 'polarity',
  extract: (clause) => {
    const text = claimText(clause);
    const modality = readModality(text, clause.mainClause, claimSource(clause));
    const refusal = modality.direction === 'against' ? modality.cue : undefined;
    const polarity = readPolarity(text, clause.mainClause, refusal);
    return { polarity: polarity.cue ? { ...polarity, cue: shift([polarity.cue], clause.claim.start)[0]! } : polarity };
  },
};

/**
 * The default extractors, in order. Each reads the claim independently; order matters only for
 * single values (a later extractor's `polarity` or `modality` replaces an earlier one).
 */
export const DEFAULT_EXTRACTORS: readonly Extractor[] = [
  quantityExtractor,
  timeExtractor,
  entityExtractor,
  modalityExtractor,
  polarityExtractor,
];

/** Where the claim stands in its statement, and whether the statement is a title-case headline. */
function claimSource(clause: Clause): ClaimSource {
  return { text: clause.text, start: clause.claim.start, caseless: clause.role === 'headline' && isTitleCase(claimText(clause)) };
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length > 0.7;
}
