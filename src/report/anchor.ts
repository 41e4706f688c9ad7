/**
 * Element ids of the HTML report: a prefix for what the element is, then the report's own id
 * with every character outside `[A-Za-z0-9-]` written as `_<hex>_`, so ids like `a#3` become valid,
 * unique fragment names (`s-a_23_3`) that need no escaping in `href="#..."`.
 *
 * @example
 * anchorId('s', 'harbor-wire#3'); // 's-harbor-wire_23_3'
 */
export function anchorId(prefix: 's' | 'cluster' | 'div' | 'article', id: string): string {
  return `${prefix}-${id.replace(/[^A-Za-z0-9-]/gu, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}
