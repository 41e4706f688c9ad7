import { describe, expect, it } from 'vitest';
import { withRoom, withRoomKeeping } from '../../src/text/workArray.js';

describe('withRoom', () => {
  it('returns the array itself when it is large enough', () => {
    const array = new Int32Array(8);
    expect(withRoom(array, 8)).toBe(array);
  });

  it('returns a larger zeroed array of the same kind, at least twice as large', () => {
    const array = Float64Array.of(1, 2, 3);
    const larger = withRoom(array, 4);
    expect(larger).toBeInstanceOf(Float64Array);
    expect(larger.length).toBe(6);
    expect([...larger]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('withRoomKeeping', () => {
  it.each([
    [4, 6],
    [10, 10],
  ])('grows a 3-value array for %i values to %i, keeping the values', (size, length) => {
    const larger = withRoomKeeping(Int32Array.of(7, 8, 9), size);
    expect(larger.length).toBe(length);
    expect([...larger.subarray(0, 3)]).toEqual([7, 8, 9]);
    expect([...larger.subarray(3)].every((v) => v === 0)).toBe(true);
  });

  it('returns the array itself when it is large enough', () => {
    const array = Uint32Array.of(1, 2);
    expect(withRoomKeeping(array, 2)).toBe(array);
  });
});
