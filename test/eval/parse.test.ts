import { describe, expect, it } from 'vitest';
import { decodeXmlEntities, parseCsv, parseTabbed, parseXmlPairs, withHeader } from '../../eval/datasets/parse.js';

describe('parseCsv', () => {
  it('reads quoted fields with commas, escaped quotes and line breaks', () => {
    const text = 'id,text,n\r\n1,"one, two",3\r\n2,"say ""hi""\nthen go",4\r\n3,,""\r\n';
    expect(parseCsv(text)).toEqual([
      ['id', 'text', 'n'],
      ['1', 'one, two', '3'],
      ['2', 'say "hi"\nthen go', '4'],
      ['3', '', ''],
    ]);
  });
  it('takes another delimiter and a last line without a line break', () => {
    expect(parseCsv('a\t"b\tc"\nd\te', '\t')).toEqual([
      ['a', 'b\tc'],
      ['d', 'e'],
    ]);
  });
  it('fails on an unterminated quote', () => {
    expect(() => parseCsv('a,"b\nc')).toThrow(/unterminated/);
  });
});

describe('parseTabbed', () => {
  it('splits on tabs only and keeps quotes', () => {
    expect(parseTabbed('x\t"unbalanced\ty\r\n')).toEqual([['x', '"unbalanced', 'y']]);
  });
});

describe('withHeader', () => {
  it('keys rows by column name and checks the header', () => {
    const rows = [
      ['b', 'a'],
      ['2', '1'],
    ];
    expect(withHeader(rows, ['a', 'b'] as const, 'f')).toEqual([{ a: '1', b: '2' }]);
    expect(() => withHeader(rows, ['c'] as const, 'f')).toThrow(/lacks column/);
    expect(() => withHeader([['a'], ['1', '2']], ['a'] as const, 'f')).toThrow(/row 2 has 2 fields/);
  });
});

describe('XML', () => {
  it('decodes entities', () => {
    expect(decodeXmlEntities('A &amp; B &lt;c&gt; &quot;d&quot; &apos;e&apos; &#233; &#x263A; &nbsp;')).toBe(
      'A & B <c> "d" \'e\' é ☺ &nbsp;',
    );
  });
  it('reads pairs with attributes and children', () => {
    const xml = `<?xml version="1.0"?>\n<corpus>\n<pair id="1" contradiction="YES" >\n  <t>Text &amp; more.</t>\n  <h>Hypo.</h>\n</pair>\n<pair id="2" contradiction="NO"><t>T2</t><h> H2 </h></pair>\n</corpus>`;
    expect(parseXmlPairs(xml, 'x')).toEqual([
      { attributes: { id: '1', contradiction: 'YES' }, children: { t: 'Text & more.', h: 'Hypo.' } },
      { attributes: { id: '2', contradiction: 'NO' }, children: { t: 'T2', h: 'H2' } },
    ]);
  });
  it('fails when a pair cannot be read', () => {
    expect(() => parseXmlPairs('<pair id="1"><t>x</t>', 'x')).toThrow(/could read only 0/);
  });
});
