/**
 * A work array that holds at least `size` values: `array` itself when it does, else a new one
 * (twice as large, so that a growing need reallocates rarely). Hot loops keep their work arrays
 * from one call to the next instead of allocating each time.
 *
 * @example
 * let positions = new Int32Array(64);
 * positions = withRoom(positions, terms.length);
 */
export function withRoom(array: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  return array.length >= size ? array : new Int32Array(Math.max(size, array.length * 2));
}
