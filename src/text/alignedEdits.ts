import { withRoom } from './workArray.js';

/** One place where two word lists differ: the words of each side there (`[from, to)`, possibly empty). */
export interface AlignedEdit {
  a: [number, number];
  b: [number, number];
}

/**
 * Where two word lists differ, edit by edit, each edit pairing the words of one side with the
 * words of the other at the same place (between the same shared words), from an alignment on the
 * longest common subsequence. An insertion has an empty range on one side.
 *
 * @example
 * alignedEdits(['heather', '21', 'lost', 'a', 'leg'], ['heather', '35', 'lost', 'a', 'leg']);
 * // [{ a: [1, 2], b: [1, 2] }]
 */
export function alignedEdits(a: readonly string[], b: readonly string[]): AlignedEdit[] {
  const n = a.length;
  const m = b.length;
  // The walk below matches a shared opening word for word: no table is needed for it (nor at all
  // for two copies of one text).
  let shared = 0;
  while (shared < n && shared < m && a[shared] === b[shared]) shared++;
  // lcs(i, j), the longest common subsequence of a[i..] and b[j..], for i, j >= shared, at
  // [i - shared][j - shared] in rows of `width`; row and column n, m hold zeros.
  const width = m - shared + 1;
  const size = (n - shared + 1) * width;
  const lcs = (table = withRoom(table, size));
  lcs.fill(0, 0, size);
  for (let i = n - 1; i >= shared; i--) {
    const row = (i - shared) * width;
    for (let j = m - 1; j >= shared; j--) {
      const at = row + j - shared;
      lcs[at] = a[i] === b[j] ? lcs[at + width + 1]! + 1 : Math.max(lcs[at + width]!, lcs[at + 1]!);
    }
  }
  const edits: AlignedEdit[] = [];
  let i = shared;
  let j = shared;
  let open: AlignedEdit | undefined;
  const close = () => {
    if (open) edits.push(open);
    open = undefined;
  };
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      close();
      i++;
      j++;
      continue;
    }
    open ??= { a: [i, i], b: [j, j] };
    const at = (i - shared) * width + j - shared;
    if (j >= m || (i < n && lcs[at + width]! >= lcs[at + 1]!)) open.a[1] = ++i;
    else open.b[1] = ++j;
  }
  close();
  return edits;
}

/** The longest-common-subsequence table of {@link alignedEdits}, kept from one call to the next (it is filled anew each time). */
let table = new Uint32Array(1024);
