/**
 * FNV-1a hash (32 bits, unsigned) of a string's UTF-16 code units: a quick, stable number for a
 * word, to order or filter by before comparing the strings themselves.
 *
 * @example
 * fnv1a('ceasefire') === fnv1a('ceasefire'); // true, in every run
 */
export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
