import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_START, toCsv, unneutralise } from './csv.js';

const parse = (text: string) => Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, newline: '\r\n', delimiter: ',', quoteChar: '"' });

// strings built to break CSV writers and spreadsheets: separators, quotes, line breaks, braces,
// backslashes, formula starts, non-Latin and astral characters
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', '\r\n', ';', '{', '}', '\\', '=', '+', '-', '@', '\t', ' ', 'a', 'Ж', '’', '“', '\u00a0', '😀', "'") }),
  fc.constantFrom('=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x', "'=already", ' leading', 'trailing ', '', '"', '""', 'a\r\nb', 'Zhanaozen, "Janaozen"'),
);

describe('toCsv', () => {
  it('round-trips any text exactly through papaparse when spreadsheetSafe is off', () => {
    fc.assert(
      fc.property(fc.array(fc.array(hostile, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const text = toCsv(['a', 'b', 'c'], rows, { spreadsheetSafe: false });
        const result = parse(text);
        expect(result.errors).toEqual([]);
        // the writer ends every record with CRLF, so the parser sees one empty trailing line
        expect(result.data.at(-1)).toEqual(['']);
        expect(result.data.slice(0, -1)).toEqual([['a', 'b', 'c'], ...rows]);
      }),
      { numRuns: 300 },
    );
  });

  it('neutralises formula starts by default, only those, and unneutralise restores the text', () => {
    fc.assert(
      fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (row) => {
        const [, cells] = parse(toCsv(row.map((_, i) => `h${i}`), [row])).data as string[][];
        row.forEach((value, i) => {
          const cell = cells![i]!;
          if (/^'*[=+\-@\t\r]/.test(value)) expect(cell).toBe(`'${value}`);
          else expect(cell).toBe(value);
          expect(FORMULA_START.test(cell)).toBe(false);
          expect(unneutralise(cell)).toBe(value);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('writes numbers (negative ones too) as numbers, unknown as an empty cell, and refuses NaN', () => {
    const [, row] = parse(toCsv(['n', 'm', 'u', 'b'], [[-51.17, 0, undefined, false]])).data;
    expect(row).toEqual(['-51.17', '0', '', 'false']);
    expect(() => toCsv(['n'], [[Number.NaN]])).toThrow(/NaN/);
  });

  it('starts with a byte order mark only when asked', () => {
    expect(toCsv(['a'], [], { bom: true }).startsWith('\uFEFFa')).toBe(true);
    expect(toCsv(['a'], []).startsWith('a')).toBe(true);
  });
});
