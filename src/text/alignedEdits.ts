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
  const lcs: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) lcs[i]![j] = a[i] === b[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  }
  const edits: AlignedEdit[] = [];
  let i = 0;
  let j = 0;
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
    if (j >= m || (i < n && lcs[i + 1]![j]! >= lcs[i]![j + 1]!)) open.a[1] = ++i;
    else open.b[1] = ++j;
  }
  close();
  return edits;
}
