import { describe, expect, it } from 'vitest';
import { perStatement } from '../../src/compare/perStatement.js';
import { extractStatements } from '../../src/index.js';

describe('perStatement', () => {
  const [first, second] = extractStatements({ id: 'a', outlet: 'Daily', text: 'Talks resumed in Geneva. Rebels left the city.' });

  it('reads a statement once, however often it is asked about', () => {
    let reads = 0;
    const words = perStatement((s) => {
      reads++;
      return s.text.split(' ').length;
    });
    expect([words(first!), words(second!), words(first!), words(second!)]).toEqual([4, 4, 4, 4]);
    expect(reads).toBe(2);
  });

  it('reads again a different statement under the same id (another analysis)', () => {
    const text = perStatement((s) => s.text);
    const [other] = extractStatements({ id: 'a', outlet: 'Herald', text: 'Talks stalled in Vienna.' });
    expect(other!.id).toBe(first!.id);
    expect(text(first!)).toBe('Talks resumed in Geneva.');
    expect(text(other!)).toBe('Talks stalled in Vienna.');
    expect(text(first!)).toBe('Talks resumed in Geneva.');
  });
});
