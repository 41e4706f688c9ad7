/**
 * A work array that holds at least `size` values: `array` itself when it does, else a new one of
 * its kind, zeroed (twice as large, so that a growing need reallocates rarely). Hot loops keep their work arrays
 * from one call to the next instead of allocating each time.
 *
 * @example
 * let positions = new Int32Array(64);
 * positions = withRoom(positions, terms.length);
 */
export function withRoom<T extends WorkArray>(array: T, size: number): T {
  if (array.length >= size) return array;
  const Kind = array.constructor as new (length: number) => T;
  return new Kind(Math.max(size, array.length * 2));
}

/**
 * {@link withRoom}, keeping the values: a new array starts with a copy of the old one. For arrays
 * filled as they grow.
 *
 * @example
 * let holders = new Int32Array(64);
 * holders = withRoomKeeping(holders, count + 1);
 * holders[count++] = statement;
 */
export function withRoomKeeping<T extends WorkArray>(array: T, size: number): T {
  const larger = withRoom(array, size);
  if (larger !== array) larger.set(array);
  return larger;
}

/** The typed arrays kept as work arrays. */
type WorkArray = Int32Array<ArrayBuffer> | Uint32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;
