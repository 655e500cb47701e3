import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempFolder } from '../../test/helpers.js';
import { runPython } from '../../test/python.js';
import { FORMULA_START, toCsv, unneutralise } from './csv.js';

/** Python's csv module (default dialect) reads every text; one interpreter for the whole batch. */
function readWithPython(texts: string[]): string[][][] {
  const file = join(tempFolder('csv'), 'texts.json');
  writeFileSync(file, JSON.stringify(texts));
  return runPython<string[][][]>('read_csv_texts.py', file);
}

// characters a spreadsheet skips before it looks for a formula: white space, controls, zero-width and bidi marks
const invisible = ['\u0020', '\u00a0', '\u0009', '\u000b', '\u000c', '\u0000', '\u0001', '\u001f', '\u007f', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\u061c', '\u3000'];
// strings built to break CSV writers and spreadsheets: separators, quotes, line breaks, braces,
// backslashes, formula starts, non-Latin and astral characters
const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: fc.constantFrom('"', ',', '\n', '\r', '\r\n', ';', '{', '}', '\\', '=', '+', '-', '@', '\t', ' ', 'a', 'Ж', '’', '“', '\u00a0', '😀', "'", ...invisible) }),
  fc.constantFrom('=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x', "'=already", ' leading', 'trailing ', '', '"', '""', 'a\r\nb', 'a\nb', 'a\rb', 'Zhanaozen, "Janaozen"', ' =1+1', '\u200b=1+1', '\u202e=1+1', "'\u200b=x", '\u0000@x'),
);
const rowsOf = (width: number) => fc.array(fc.array(hostile, { minLength: width, maxLength: width }), { maxLength: 6 });

describe('toCsv', () => {
  it('round-trips any text exactly through Python\'s csv module when spreadsheetSafe is off', () => {
    const cases = fc.sample(rowsOf(3), { numRuns: 300, seed: 4180 });
    const texts = cases.map((rows) => toCsv(['a', 'b', 'c'], rows, { spreadsheetSafe: false }));
    readWithPython(texts).forEach((read, i) => expect(read, JSON.stringify(texts[i])).toEqual([['a', 'b', 'c'], ...cases[i]!]));
  });

  it('ends every record with CRLF, the last one included, and quotes bare CR and LF', () => {
    expect(toCsv(['a', 'b'], [['x\ny', 'z'], ['p\rq', '']])).toBe('a,b\r\n"x\ny",z\r\n"p\rq",\r\n');
    expect(toCsv(['a'], [])).toBe('a\r\n');
  });

  it('neutralises formula starts by default (after white space, controls, zero-width and bidi marks too), only those, and unneutralise restores the text', () => {
    const cases = fc.sample(fc.array(hostile, { minLength: 1, maxLength: 5 }), { numRuns: 300, seed: 17 });
    const texts = cases.map((row) => toCsv(row.map((_, i) => `h${i}`), [row]));
    readWithPython(texts).forEach(([, cells], n) => {
      cases[n]!.forEach((value, i) => {
        const cell = cells![i]!;
        if (/^'*(?:[\t\r]|[\p{White_Space}\p{Cc}\p{Cf}]*[=+\-@])/u.test(value)) expect(cell, JSON.stringify(value)).toBe(`'${value}`);
        else expect(cell, JSON.stringify(value)).toBe(value);
        expect(FORMULA_START.test(cell), JSON.stringify(cell)).toBe(false);
        expect(unneutralise(cell)).toBe(value);
      });
    });
    for (const lead of invisible) expect(toCsv(['h'], [[`${lead}=HYPERLINK("x")`]]), JSON.stringify(lead)).toContain(`'${lead}=HYPERLINK`);
  });

  it('writes numbers (negative ones too) as numbers, unknown as an empty cell, and refuses NaN', () => {
    expect(toCsv(['n', 'm', 'u', 'b'], [[-51.17, 0, undefined, false]])).toBe('n,m,u,b\r\n-51.17,0,,false\r\n');
    expect(() => toCsv(['n'], [[Number.NaN]])).toThrow(/NaN/);
  });

  it('starts with a byte order mark only when asked', () => {
    expect(toCsv(['a'], [], { bom: true }).startsWith('\uFEFFa')).toBe(true);
    expect(toCsv(['a'], []).startsWith('a')).toBe(true);
  });
});
