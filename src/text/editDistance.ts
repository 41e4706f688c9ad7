import levenshtein from 'fast-levenshtein';

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
