import { editDistance } from './editDistance.js';

/**
 * Word-level edit distance: how many words must be inserted, deleted or replaced to turn one
 * word list into the other. Each distinct word is mapped to one character so that
 * fast-levenshtein's character distance counts words.
 *
 * @example
 * wordDistance(['much', 'more', 'hard'], ['much', 'more', 'difficult']); // 1
 */
export function wordDistance(a: readonly string[], b: readonly string[]): number {
  const codes = new Map<string, string>();
  const encode = (words: readonly string[]) =>
    words
      .map((w) => {
        let code = codes.get(w);
        if (code === undefined) {
          // One BMP code point per distinct word (from U+3400, below the surrogates: ~42,000 words).
          code = String.fromCharCode(0x3400 + codes.size);
          codes.set(w, code);
        }
        return code;
      })
      .join('');
  return editDistance(encode(a), encode(b));
}

/** 1 - distance / longer length: 1 for the same words, 0 for nothing in common. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - wordDistance(a, b) / longer;
}

/**
 * The words that differ between two word lists, as index ranges of each (from an alignment on
 * the longest common subsequence): what a reader should look at.
 *
 * @example
 * wordDifference(['much', 'more', 'hard'], ['much', 'more', 'difficult']);
 * // { a: [[2, 3]], b: [[2, 3]] }
 */
export function wordDifference(a: readonly string[], b: readonly string[]): { a: Array<[number, number]>; b: Array<[number, number]> } {
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
    }
  }
  const inA: boolean[] = new Array<boolean>(n).fill(false);
  const inB: boolean[] = new Array<boolean>(m).fill(false);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      inA[i++] = true;
      inB[j++] = true;
    } else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
    else j++;
  }
  return { a: runs(inA), b: runs(inB) };
}

/** Ranges of positions not kept by the alignment. */
function runs(kept: boolean[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let start = -1;
  for (let k = 0; k <= kept.length; k++) {
    const differs = k < kept.length && !kept[k];
    if (differs && start < 0) start = k;
    if (!differs && start >= 0) {
      ranges.push([start, k]);
      start = -1;
    }
  }
  return ranges;
}
