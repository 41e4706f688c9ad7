import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToArticle, type HtmlArticle } from '../../src/cli/htmlText.js';

describe('htmlToArticle', () => {
  it.each<[string, string, HtmlArticle]>([
    [
      'takes the <article>, its <h1> as title, and drops nav, header, footer and aside',
      `<html><head><title>Talks stall | The Daily</title><style>p { color: red }</style></head>
       <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
       <header><p>The Daily — subscribe</p></header>
       <article><h1>Talks stall in Oslo</h1>
         <p>Ministers met on Monday.
            They did not agree.</p>
         <aside>Read more: other stories</aside>
         <p>Talks resume on <b>Friday</b>.</p></article>
       <footer>© The Daily</footer><script>track("x")</script></body></html>`,
      { title: 'Talks stall in Oslo', text: 'Ministers met on Monday. They did not agree.\n\nTalks resume on Friday.' },
    ],
    [
      'prefers <main> when there is no <article>, and the <title> when there is no <h1>',
      '<title>Aid reaches Meret | Post</title><body><div class="promo">Sign up</div><main><p>Aid reached Meret.</p></main></body>',
      { title: 'Aid reaches Meret', text: 'Aid reached Meret.' },
    ],
    [
      'falls back to <body>',
      '<body><h2>Sub</h2><p>One.</p><p>Two.<br>Three.</p></body>',
      { text: 'Sub\n\nOne.\n\nTwo.\nThree.' },
    ],
    [
      'picks the <article> with the most text',
      '<article><p>Short teaser.</p></article><article><h1>Main</h1><p>The long main story with many more words in it.</p></article>',
      { title: 'Main', text: 'The long main story with many more words in it.' },
    ],
    [
      'keeps the <h1> out of the text even when it sits in the article header',
      '<article><header><h1>Headline</h1><p>By Jane Roe</p></header><p>Body.</p></article>',
      { title: 'Headline', text: 'Body.' },
    ],
    [
      'decodes entities and drops comments, scripts in the body, noscript and svg',
      '<main><!-- ad --><p>Tom &amp; Jerry&#8217;s &ldquo;truce&rdquo;&nbsp;holds &#x2014; so far.</p><script>var a = "<p>no</p>";</script><noscript>enable JS</noscript><svg><text>logo</text></svg></main>',
      { text: 'Tom & Jerry\u2019s \u201Ctruce\u201D holds \u2014 so far.' },
    ],
    [
      'reads the publication date from the meta tags',
      '<head><meta property="article:published_time" content="2024-03-14T09:30:00Z"></head><main><p>Text.</p></main>',
      { text: 'Text.', published: '2024-03-14T09:30:00Z' },
    ],
    [
      'or from the first <time datetime>',
      '<article><p>Posted <time datetime="2024-03-14">Thursday</time>.</p><p>Text.</p></article>',
      { text: 'Posted Thursday.\n\nText.', published: '2024-03-14' },
    ],
    [
      'ignores a date that does not parse',
      '<meta name="date" content="last Thursday"><main><p>Text.</p></main>',
      { text: 'Text.' },
    ],
    [
      'nested furniture is dropped whole',
      '<main><p>Before.</p><aside><aside>inner</aside> still aside</aside><p>After.</p></main>',
      { text: 'Before.\n\nAfter.' },
    ],
  ])('%s', (_, html, expected) => {
    expect(htmlToArticle(html)).toEqual(expected);
  });

  it('does not stall on a tag that is never closed', () => {
    expect(htmlToArticle('<main><p>Text.<aside>to the end').text).toBe('Text.');
  });
});

describe('decodeEntities', () => {
  it.each([
    ['&lt;b&gt;', '<b>'],
    ['&#65;&#x42;', 'AB'],
    ['&unknown; &#xFFFFFFF;', '&unknown; &#xFFFFFFF;'],
    ['AT&T', 'AT&T'],
  ])('%s -> %s', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded);
  });
});
