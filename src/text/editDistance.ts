import levenshtein from 'fast-levenshtein';
import { withRoom } from './workArray.js';

/**
 * The Levenshtein distance of two strings (in UTF-16 code units, as fast-levenshtein counts):
 * fast-levenshtein's, with the start and the end the two share set aside first. They cost no
 * edit, and the rest is often much shorter: two outlets' versions of one sentence differ in a
 * word or two. The distance is exactly the same.
 *
 * @example
 * editDistance('talks resumed in Geneva on Monday', 'talks resumed in Vienna on Monday'); // 4
 */
export function editDistance(a: string, b: string): number {
  const shorter = Math.min(a.length, b.length);
  let start = 0;
  while (start < shorter && a.charCodeAt(start) === b.charCodeAt(start)) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a.charCodeAt(endA - 1) === b.charCodeAt(endB - 1)) {
    endA--;
    endB--;
  }
  if (endA === start) return endB - start;
  if (endB === start) return endA - start;
  return levenshtein.get(a.slice(start, endA), b.slice(start, endB));
}

let row = new Int32Array(64);

/** Past this many cells of the table (rest of a × rest of b), fast-levenshtein's bit-parallel distance is quicker. */
const TABLE_CELLS = 4096;

/**
 * The Levenshtein distance of two sequences of numbers below 65,536, the first `lengthA` of `a`
 * and the first `lengthB` of `b` (words as codes: what {@link editDistance} gives for one
 * character a number, without building the strings). The start and the end the two share are set
 * aside first; the rest takes one row of the usual table, O(rest of a × rest of b): two wordings
 * of one sentence differ in a few words. A longer rest goes to fast-levenshtein as text.
 *
 * @example
 * sequenceDistance(Int32Array.of(1, 2, 3, 4), 4, Int32Array.of(1, 5, 3, 4), 4); // 1
 */
export function sequenceDistance(a: Int32Array, lengthA: number, b: Int32Array, lengthB: number): number {
  let start = 0;
  while (start < lengthA && start < lengthB && a[start] === b[start]) start++;
  let endA = lengthA;
  let endB = lengthB;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const m = endA - start;
  const n = endB - start;
  if (m === 0) return n;
  if (n === 0) return m;
  if (m * n > TABLE_CELLS) return levenshtein.get(codeText(a, start, endA), codeText(b, start, endB));
  // row[j]: distance of the part of a read so far to the first j of b's rest.
  row = withRoom(row, n + 1);
  for (let j = 0; j <= n; j++) row[j] = j;
  for (let i = 1; i <= m; i++) {
    const x = a[start + i - 1];
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const above = row[j]!;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (x === b[start + j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[n]!;
}

/** Numbers `from` to `to` of `codes` as one UTF-16 code unit each. */
function codeText(codes: Int32Array, from: number, to: number): string {
  let text = '';
  // In slices: an argument list has a limit.
  for (let at = from; at < to; at += 8192) text += String.fromCharCode(...codes.subarray(at, Math.min(to, at + 8192)));
  return text;
}
