import { wordRecord } from '../text/wordLookup.js';
/**
 * Named HTML entities that survive in scraped news text. Source: the HTML5 named character
 * references (WHATWG), limited to punctuation, spaces and the Latin letters seen in news copy.
 */
export const HTML_ENTITIES: Readonly<Record<string, string>> = wordRecord({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', ensp: ' ', emsp: ' ', thinsp: ' ',
  mdash: '\u2014', ndash: '\u2013', hellip: '\u2026', minus: '\u2212',
  lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201A', ldquo: '\u201C', rdquo: '\u201D', bdquo: '\u201E',
  laquo: '\u00AB', raquo: '\u00BB', lsaquo: '\u2039', rsaquo: '\u203A', prime: '\u2032', dprime: '\u2033',
  copy: '\u00A9', reg: '\u00AE', trade: '\u2122', deg: '\u00B0', middot: '\u00B7', bull: '\u2022',
  euro: '\u20AC', pound: '\u00A3', yen: '\u00A5', cent: '\u00A2', sect: '\u00A7', para: '\u00B6',
  frac12: '\u00BD', frac14: '\u00BC', frac34: '\u00BE', times: '\u00D7', divide: '\u00F7', plusmn: '\u00B1',
  shy: '\u00AD', zwj: '\u200D', zwnj: '\u200C',
  aacute: '\u00E1', agrave: '\u00E0', acirc: '\u00E2', auml: '\u00E4', atilde: '\u00E3', aring: '\u00E5',
  eacute: '\u00E9', egrave: '\u00E8', ecirc: '\u00EA', euml: '\u00EB',
  iacute: '\u00ED', igrave: '\u00EC', icirc: '\u00EE', iuml: '\u00EF',
  oacute: '\u00F3', ograve: '\u00F2', ocirc: '\u00F4', ouml: '\u00F6', otilde: '\u00F5', oslash: '\u00F8',
  uacute: '\u00FA', ugrave: '\u00F9', ucirc: '\u00FB', uuml: '\u00FC',
  ccedil: '\u00E7', ntilde: '\u00F1', szlig: '\u00DF', yacute: '\u00FD', yuml: '\u00FF',
});
