import { fnv1a } from '../text/fnv1a.js';

/**
 * The distinct bigrams of a claim's content terms ("propos ceasefir" for adjacent terms `propos`
 * and `ceasefir`), as runs of three entries: a hash of the bigram, its first term, its second
 * term. Runs are in order of hash, so two lists are compared by walking them side by side. A
 * bigram is the same as another when their words joined by a space are the same string, as they
 * were when bigrams were kept as strings in a `Set`: hashes only order and skip, so a collision
 * changes no count. Kept so, and not as a set of joined strings, because a collection holds a
 * hundred thousand profiles and each set of strings costs several times the terms it pairs.
 */
export type Bigrams = ReadonlyArray<number | string>;

/** Entries of one bigram in {@link Bigrams}. */
const ENTRIES_PER_BIGRAM = 3;

const NO_BIGRAMS: Bigrams = Object.freeze([]);

/**
 * The distinct bigrams of a sequence of terms.
 *
 * @example
 * termBigrams(['@russia', 'propos', 'ceasefir']); // [<hash>, '@russia', 'propos', <hash>, 'propos', 'ceasefir'] (in order of hash)
 */
export function termBigrams(sequence: readonly string[]): Bigrams {
  if (sequence.length < 2) return NO_BIGRAMS;
  const seen = new Set<string>();
  const bigrams: Array<{ hash: number; first: string; second: string }> = [];
  for (let i = 0; i + 1 < sequence.length; i++) {
    const joined = `${sequence[i]} ${sequence[i + 1]}`;
    if (seen.has(joined)) continue;
    seen.add(joined);
    // 30 bits: a small integer on every V8 build, never a boxed number.
    bigrams.push({ hash: fnv1a(joined) >>> 2, first: sequence[i]!, second: sequence[i + 1]! });
  }
  bigrams.sort((x, y) => x.hash - y.hash);
  const runs: Array<number | string> = [];
  for (const { hash, first, second } of bigrams) runs.push(hash, first, second);
  return runs;
}

/** Number of distinct bigrams in a list. */
export function bigramCount(bigrams: Bigrams): number {
  return bigrams.length / ENTRIES_PER_BIGRAM;
}

/**
 * Cosine of two sets of bigrams: shared bigrams over the square root of the product of their
 * counts (0 when either has none).
 *
 * @example
 * bigramCosine(termBigrams(['a', 'b', 'c']), termBigrams(['a', 'b'])); // 1 / Math.sqrt(2)
 */
export function bigramCosine(a: Bigrams, b: Bigrams): number {
  const sizeA = bigramCount(a);
  const sizeB = bigramCount(b);
  if (sizeA === 0 || sizeB === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const hash = a[i] as number;
    const other = b[j] as number;
    if (hash < other) i += ENTRIES_PER_BIGRAM;
    else if (hash > other) j += ENTRIES_PER_BIGRAM;
    else {
      // The bigrams of this hash on each side (almost always one each); each bigram of `a` is
      // found at most once in `b`, whose bigrams are distinct.
      const endA = runEnd(a, i, hash);
      const endB = runEnd(b, j, hash);
      for (let x = i; x < endA; x += ENTRIES_PER_BIGRAM) {
        for (let y = j; y < endB; y += ENTRIES_PER_BIGRAM) {
          if (sameBigram(a, x, b, y)) {
            shared++;
            break;
          }
        }
      }
      i = endA;
      j = endB;
    }
  }
  return shared / Math.sqrt(sizeA * sizeB);
}

/** Where the bigrams of `hash` starting at `start` end. */
function runEnd(bigrams: Bigrams, start: number, hash: number): number {
  let end = start;
  while (end < bigrams.length && bigrams[end] === hash) end += ENTRIES_PER_BIGRAM;
  return end;
}

/** Whether two bigrams joined by a space are one string (the same terms, or, rarely, terms with spaces split otherwise). */
function sameBigram(a: Bigrams, x: number, b: Bigrams, y: number): boolean {
  const firstA = a[x + 1] as string;
  const secondA = a[x + 2] as string;
  const firstB = b[y + 1] as string;
  const secondB = b[y + 2] as string;
  return (firstA === firstB && secondA === secondB) || `${firstA} ${secondA}` === `${firstB} ${secondB}`;
}
