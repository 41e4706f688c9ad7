import { expect } from 'vitest';
import { CrosscheckInputError } from '../../src/index.js';

/** The CrosscheckInputError `run` throws (the test fails when it throws nothing, or something else). */
export function thrown(run: () => unknown): CrosscheckInputError {
  let error: unknown;
  try {
    run();
  } catch (caught) {
    error = caught;
  }
  expect(error, 'expected a CrosscheckInputError').toBeInstanceOf(CrosscheckInputError);
  return error as CrosscheckInputError;
}

/** A small valid article, of the storm story's kind. */
export function article(id: string, text = `Officials in ${id} said the bridge closed on Monday.`): { id: string; text: string; published: string } {
  return { id, text, published: '2023-11-08' };
}
