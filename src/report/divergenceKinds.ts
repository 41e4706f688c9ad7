import type { DivergenceKind } from '../compare/divergence.js';

/** The named members of {@link DivergenceKind} (without the open-ended `string` for custom detectors). */
export type KnownDivergenceKind = DivergenceKind extends infer K ? (K extends string ? (string extends K ? never : K) : never) : never;

/**
 * What each kind of divergence means, in the order reports list them: how firmly a thing is said
 * first (it changes what a reader may repeat), then the facts, then who says what.
 * `satisfies` makes the compiler flag a kind added to {@link DivergenceKind} but missing here.
 */
export const DIVERGENCE_KIND_MEANINGS = {
  certainty: 'one report states it as fact or as a claim, another as unconfirmed or denied',
  polarity: 'one report says it happened, another that it did not',
  number: 'the counts or amounts cannot both be true',
  time: 'the dates or time frames cannot both be true',
  place: 'the places cannot both be true',
  quote: "the same speaker's words are quoted differently",
  modality: 'the same position is stated with different force (must vs preferable, cannot accept vs wary)',
  actor: 'a different party is named in the same role',
  dispute: 'parties named in the reports contradict each other',
} as const satisfies Record<KnownDivergenceKind, string>;

/** The kinds crosscheck's detectors produce, in report order. */
export const DIVERGENCE_KINDS = Object.keys(DIVERGENCE_KIND_MEANINGS) as KnownDivergenceKind[];

/** Whether `kind` is one of {@link DIVERGENCE_KINDS}. */
export function isKnownDivergenceKind(kind: string): kind is KnownDivergenceKind {
  return Object.hasOwn(DIVERGENCE_KIND_MEANINGS, kind);
}

/**
 * Orders kinds as reports list them: the known kinds in {@link DIVERGENCE_KINDS} order, then
 * custom kinds alphabetically.
 *
 * @example
 * ['time', 'zeal', 'certainty'].sort(compareDivergenceKinds); // ['certainty', 'time', 'zeal']
 */
export function compareDivergenceKinds(a: string, b: string): number {
  const rank = (kind: string): number => {
    const index = (DIVERGENCE_KINDS as string[]).indexOf(kind);
    return index === -1 ? DIVERGENCE_KINDS.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
