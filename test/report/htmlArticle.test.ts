import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/index.js';
import { anchoredText } from '../../src/report/htmlArticle.js';

const statement = (id: string, start: number, end: number): Statement => ({ id, start, end }) as Statement;
const TEXT = 'Talks resumed. Aid <arrived> late.';

describe('anchoredText', () => {
  it.each<[string, Statement[], string]>([
    ['no statements: the text, escaped', [], 'Talks resumed. Aid &lt;arrived&gt; late.'],
    ['one statement', [statement('a#0', 0, 14)], '<span class="stmt" id="s-a_23_0" tabindex="-1">Talks resumed.</span> Aid &lt;arrived&gt; late.'],
    [
      'two statements, given in any order',
      [statement('a#1', 15, 34), statement('a#0', 0, 14)],
      '<span class="stmt" id="s-a_23_0" tabindex="-1">Talks resumed.</span> <span class="stmt" id="s-a_23_1" tabindex="-1">Aid &lt;arrived&gt; late.</span>',
    ],
    [
      'a clause inside its sentence nests',
      [statement('a#0', 0, 34), statement('a#1', 15, 18)],
      '<span class="stmt" id="s-a_23_0" tabindex="-1">Talks resumed. <span class="stmt" id="s-a_23_1" tabindex="-1">Aid</span> &lt;arrived&gt; late.</span>',
    ],
    [
      'a partial overlap is cut at the end of the first',
      [statement('a#0', 0, 18), statement('a#1', 15, 34)],
      '<span class="stmt" id="s-a_23_0" tabindex="-1">Talks resumed. <span class="stmt" id="s-a_23_1" tabindex="-1">Aid</span></span> &lt;arrived&gt; late.',
    ],
    [
      'offsets past the end keep their anchor',
      [statement('a#0', 90, 99)],
      'Talks resumed. Aid &lt;arrived&gt; late.<span class="stmt" id="s-a_23_0" tabindex="-1"></span>',
    ],
  ])('%s', (_, statements, html) => {
    expect(anchoredText(TEXT, statements)).toBe(html);
  });

  it('adds the classes it is asked for', () => {
    expect(anchoredText('Hi.', [statement('x', 0, 3)], () => ['in-cluster'])).toBe('<span class="stmt in-cluster" id="s-x" tabindex="-1">Hi.</span>');
  });
});
