import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDir } from '../../test/helpers.js';
import { runPython } from '../../test/python.js';
import { asciiJson } from './asciiJson.js';

describe('asciiJson', () => {
  it('writes every character outside ASCII as an escape that parses back to the same value', () => {
    const value = { quote: 'it’s “Zhanaozen”', russian: 'Жанаозен', kazakh: 'Жаңаөзен', accent: 'Algha!é', emoji: '😀', control: '\u007f\u0000', ascii: 'a\\b"c' };
    const text = asciiJson(JSON.stringify(value));
    expect(text).toMatch(/^[\x20-\x7e]*$/);
    expect(text).toContain('\\u2019');
    expect(JSON.parse(text)).toEqual(value);
  });

  it('leaves ASCII text as JSON.stringify wrote it', () => {
    const text = JSON.stringify({ id: 'zhanaozen', n: [1, 2], s: 'a "b" \\ c' });
    expect(asciiJson(text)).toBe(text);
  });

  it('the package ships its JSON in ASCII, with the values of the records', () => {
    for (const folder of ['data', 'runtime']) {
      for (const file of readdirSync(join(packageDir, 'dist', folder)).filter((f) => f.endsWith('.json'))) {
        const text = readFileSync(join(packageDir, 'dist', folder, file), 'utf8');
        expect(text, `${folder}/${file}`).toMatch(/^[\x20-\x7e\n]*$/);
      }
    }
    // the claims hold curly quotes and Cyrillic; parsed, they are the characters themselves
    const claims = JSON.parse(readFileSync(join(packageDir, 'dist', 'data', 'claims.json'), 'utf8')) as { quote: { exact: string } }[];
    expect(claims.some((c) => /[^\x00-\x7f]/.test(c.quote.exact))).toBe(true);
  });

  it('Python\'s json and pandas read the shipped JSON back to the characters themselves (Debian /usr/bin/python3, default settings)', () => {
    const files = ['data', 'runtime'].flatMap((folder) =>
      readdirSync(join(packageDir, 'dist', folder)).filter((f) => f.endsWith('.json')).map((f) => join(packageDir, 'dist', folder, f)),
    );
    const read = runPython<Record<string, { value: unknown; pandasRows: number | null }>>('read_json.py', ...files);
    for (const file of files) {
      const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
      expect(read[file]!.value, file).toEqual(value);
      if (Array.isArray(value) && value.length) expect(read[file]!.pandasRows, file).toBe(value.length);
    }
    const claims = read[join(packageDir, 'dist', 'data', 'claims.json')]!.value as { quote: { exact: string } }[];
    expect(claims.some((c) => c.quote.exact.includes('\u2019') || /[\u0400-\u04ff]/.test(c.quote.exact))).toBe(true);
  });
});
