import { describe, expect, it } from 'vitest';
import { escapeHTML, escapeMarkdown } from '../../src/report/escape.js';

describe('escapeHTML', () => {
  it.each([
    ['<script>alert("x")</script>', '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'],
    ["Tom & Jerry's", 'Tom &amp; Jerry&#39;s'],
    ['&amp; stays visible', '&amp;amp; stays visible'],
    ['plain words', 'plain words'],
  ])('%s', (text, escaped) => {
    expect(escapeHTML(text)).toBe(escaped);
  });
});

describe('escapeMarkdown', () => {
  it.each([
    ['*Hello* <b>[x]</b> | 5_000', '\\*Hello\\* \\<b\\>\\[x\\]\\</b\\> \\| 5\\_000'],
    ['`code` ~~gone~~ #tag ![img](x)', '\\`code\\` \\~\\~gone\\~\\~ \\#tag \\!\\[img\\](x)'],
    ['back\\slash &amp;', 'back\\\\slash \\&amp;'],
    ['two\nlines\r\n  here', 'two lines here'],
    // Left alone: they only mean something at the start of a line, where article text never goes.
    ['U.S. officials - (1.) + 2', 'U.S. officials - (1.) + 2'],
  ])('%s', (text, escaped) => {
    expect(escapeMarkdown(text)).toBe(escaped);
  });
});
