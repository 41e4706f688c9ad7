/**
 * Escaping of article text for the two markup formats crosscheck prints. Article text is never
 * trusted: it may hold `<script>`, markdown syntax or HTML residue from a scrape.
 */

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes text for HTML element content and double- or single-quoted attribute values.
 *
 * @example
 * escapeHTML('<script>alert("x")</script>'); // '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;'
 */
export function escapeHTML(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Escapes text for inline markdown (CommonMark and GitHub tables): every character that can open
 * emphasis, code, links, HTML, strike-through, a heading closer or a table cell is backslash-escaped,
 * and white space (line breaks included) becomes single spaces, so the text stays on its line.
 * Dots, dashes and parentheses are left alone: they only mean something at the start of a line,
 * and the renderers never start a line with article text.
 *
 * @example
 * escapeMarkdown('*Hello* <b>[x]</b> | 5_000'); // '\\*Hello\\* \\<b\\>\\[x\\]\\</b\\> \\| 5\\_000'
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>|~#&!{}$]/g, (c) => `\\${c}`);
}
