/**
 * Every hostile record file issue 17 reproduced, as a fixture on disk read the way the build
 * reads it (loadRecordFiles, then buildDataset), with the one message it must give: file, line
 * and what to do, and no follow-on error in another file.
 */
import { isUtf8 } from 'node:buffer';
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { tempFolder } from './helpers.js';
import { buildDataset } from '../src/compiler/buildDataset.js';
import { formatIssue } from '../src/compiler/issue.js';
import { firstInvalidUtf8, loadRecordFiles } from '../src/compiler/loadFiles.js';
import { fixtureSeeds, validRecords } from './fixture.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** The fixture records as files of a package folder, changed by `change`; the build's messages. */
function build(change: (write: (path: string, content: string | Buffer) => void, root: string) => void): string[] {
  dir = tempFolder('hostile');
  const root = dir;
  const write = (path: string, content: string | Buffer) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  for (const [key, text] of Object.entries(validRecords())) write(`data/${key}.yaml`, text);
  change(write, root);
  const result = buildDataset({ files: loadRecordFiles(root), seeds: fixtureSeeds() });
  return result.ok ? [] : result.issues.map(formatIssue);
}

const theme = (extra: string) => `id: fixture-theme\nname: Repression\ndescription: Force used against protesters.\n${extra}`;
const THEME = 'data/themes/fixture-theme.yaml';

describe('hostile record files: each refused with file, line and one clear message', () => {
  const cases: { name: string; change: Parameters<typeof build>[0]; expected: string[] }[] = [
    {
      name: 'a NUL byte in a quoted value',
      change: (w) => w(THEME, 'id: fixture-theme\nname: "Repre\u0000ssion"\ndescription: Force used against protesters.\n'),
      expected: [`${THEME}:2 field (record): a control character U+0000 (NUL) at column 13; record files hold only printable text, tabs and line breaks [yaml-syntax]`],
    },
    {
      name: 'an escape character',
      change: (w) => w(THEME, theme('').replace('Repression', 'Repre\u001bssion')),
      expected: [`${THEME}:2 field (record): a control character U+001B (escape) at column 12; record files hold only printable text, tabs and line breaks [yaml-syntax]`],
    },
    {
      name: 'Windows line endings',
      change: (w) => w(THEME, theme('').replace(/\n/g, '\r\n')),
      expected: [`${THEME}:1 field (record): a carriage return (U+000D): the file has Windows line endings from this line on; save it with Unix (LF) line endings [yaml-syntax]`],
    },
    {
      name: 'an unknown tag (!!js/function)',
      change: (w) => w(THEME, theme('').replace('name: Repression', 'name: !!js/function "function () { return 1 }"')),
      expected: [`${THEME}:2 field (record): a YAML tag (!!js/function) is not allowed in record files; write the value as plain text [yaml-syntax]`],
    },
    {
      name: 'a local tag (!str)',
      change: (w) => w(THEME, theme('').replace('name: Repression', 'name: !str Repression')),
      expected: [`${THEME}:2 field (record): a YAML tag (!str) is not allowed in record files; write the value as plain text [yaml-syntax]`],
    },
    {
      name: 'a 9x9 alias bomb (which crashed the old fallback parser with "Excessive alias count")',
      change: (w) => {
        const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
        for (let i = 1; i < 9; i++) {
          const prev = String.fromCharCode(96 + i);
          const name = String.fromCharCode(97 + i);
          levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
        }
        w(THEME, theme(`${levels.join('\n')}\n`));
      },
      expected: [
        `${THEME}:4 field (record): a YAML anchor (&a) is not allowed in record files; write each value out in full [yaml-syntax]`,
        `${THEME}:5 field (record): a YAML anchor (&b) is not allowed in record files; write each value out in full [yaml-syntax]`,
        `${THEME}:5 field (record): a YAML alias (*a) is not allowed in record files; write each value out in full [yaml-syntax]`,
        `${THEME}:5 field (record): a YAML alias (*a) is not allowed in record files; write each value out in full [yaml-syntax]`,
        `${THEME}:5 field (record): a YAML alias (*a) is not allowed in record files; write each value out in full [yaml-syntax]`,
      ],
    },
    {
      name: 'invalid UTF-8 (\\xff\\xfe), which used to become U+FFFD silently',
      change: (w) => w(THEME, Buffer.concat([Buffer.from('id: fixture-theme\nname: Repr'), Buffer.from([0xff, 0xfe]), Buffer.from('ession\ndescription: Force used.\n')])),
      expected: [`${THEME}:2 field (record): is not valid UTF-8: byte 0xFF at byte offset 28; save the file as UTF-8 [record-file]`],
    },
    {
      name: 'a folder named x.yaml (was a raw EISDIR stack trace)',
      change: (_w, root) => mkdirSync(join(root, 'data/themes/fixture-folder.yaml')),
      expected: ['data/themes/fixture-folder.yaml field (record): is a folder, not a record file; move what it holds out or rename it [record-file]'],
    },
    {
      name: 'a dangling symlink (was a raw ENOENT stack trace)',
      change: (_w, root) => symlinkSync('nowhere.yaml', join(root, 'data/themes/fixture-link.yaml')),
      expected: ['data/themes/fixture-link.yaml field (record): is a symbolic link; a record must be a regular file in the repository (a link can point outside it, or nowhere) [record-file]'],
    },
    {
      name: 'a symlink to a good record',
      change: (_w, root) => symlinkSync('fixture-theme.yaml', join(root, 'data/themes/fixture-alias.yaml')),
      expected: ['data/themes/fixture-alias.yaml field (record): is a symbolic link; a record must be a regular file in the repository (a link can point outside it, or nowhere) [record-file]'],
    },
    {
      name: 'a .YAML file (was skipped without a word)',
      change: (w) => w('data/themes/fixture-other.YAML', 'id: fixture-other\nname: Other\ndescription: Another.\n'),
      expected: ['data/themes/fixture-other.YAML field (record): record files end in ".yaml" (lower case), so this ".YAML" file would be skipped: rename it to fixture-other.yaml [record-file]'],
    },
    {
      name: 'a .yml file',
      change: (w) => w('data/themes/fixture-other.yml', 'id: fixture-other\nname: Other\ndescription: Another.\n'),
      expected: ['data/themes/fixture-other.yml field (record): record files end in ".yaml" (lower case), so this ".yml" file would be skipped: rename it to fixture-other.yaml [record-file]'],
    },
    {
      name: 'a 30 MB record (took 1.5 GB to check)',
      change: (w) => w(THEME, `id: fixture-theme\nname: Repression\ndescription: "${'x'.repeat(30 * 1024 * 1024)}"\n`),
      expected: [`${THEME} field (record): is 30721 KiB, over the 256 KiB limit of a record file (one record per file; a seed text belongs in seeds/) [record-file]`],
    },
    {
      name: 'an unknown key (was reported at the record’s first line)',
      change: (w) => w(THEME, theme('colour: red\n')),
      expected: [`${THEME}:4 record "fixture-theme" field colour: unknown field "colour"; check its spelling against the schema [schema]`],
    },
    {
      name: 'an unknown key inside a nested object',
      change: (w, root) => {
        void root;
        const claim = validRecords()['claims/fixture-claim-toll']!.replace('  raw: At least 16\n', '  raw: At least 16\n  colour: red\n');
        w('data/claims/fixture-claim-toll.yaml', claim);
      },
      expected: ['data/claims/fixture-claim-toll.yaml:14 record "fixture-claim-toll" field figure.colour: unknown field "colour"; check its spelling against the schema [schema]'],
    },
    {
      name: 'an unclosed quote (was reported at the end of the file)',
      change: (w) => w(THEME, 'id: fixture-theme\nname: "Repression\ndescription: Force used against protesters.\n\n\n'),
      expected: [`${THEME}:2 field (record): the " opened on this line is never closed [yaml-syntax]`],
    },
    {
      name: 'a source that fails its schema (raised names-in-seeds errors in actor and place files)',
      change: (w) => w('data/sources/fixture-source.yaml', validRecords()['sources/fixture-source']!.replace('perspective: journalism', 'perspective: neutral')),
      expected: ['data/sources/fixture-source.yaml:11 record "fixture-source" field perspective: Invalid option: expected one of "journalism"|"advocacy"|"analysis"|"state" [schema]'],
    },
    {
      name: 'a record whose id is broken, referred to by its file name',
      change: (w) => w('data/places/fixture-town.yaml', validRecords()['places/fixture-town']!.replace('id: fixture-town', 'id: Fixture_Town')),
      expected: ['data/places/fixture-town.yaml:1 record "Fixture_Town" field id: must be a kebab-case slug such as "zhanaozen-shooting-2011-12-16" [schema]'],
    },
    ...['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'file:///etc/passwd', 'ftp://example.org/x', ' https://example.org/'].map((url) => ({
      name: `a source URL ${JSON.stringify(url.slice(0, 12))} (z.url() took any scheme)`,
      change: (w: (path: string, content: string) => void) =>
        w('data/sources/fixture-source.yaml', validRecords()['sources/fixture-source']!.replace('language: en\n', `language: en\nURL: ${JSON.stringify(url)}\n`)),
      expected: ['data/sources/fixture-source.yaml:10 record "fixture-source" field URL: must be an http or https address such as "https://example.org/page" [schema]'],
    })),
  ];

  for (const { name, change, expected } of cases) {
    it(name, () => {
      expect(build(change)).toEqual(expected);
    });
  }

  it('the untouched fixture builds, and http and https URLs pass', () => {
    expect(build(() => {})).toEqual([]);
    const url = (u: string) => (w: (path: string, content: string) => void) =>
      w('data/sources/fixture-source.yaml', validRecords()['sources/fixture-source']!.replace('language: en\n', `language: en\nURL: ${u}\n`));
    expect(build(url('https://example.org/a?b=1#c'))).toEqual([]);
    expect(build(url('http://example.org/'))).toEqual([]);
  });

  it('text with !, & and * in values is not mistaken for a tag, an anchor or an alias', () => {
    expect(build((w) => w(THEME, 'id: fixture-theme\nname: "Repression! &x *y"\ndescription: Force! & *all* of it, and more & more!\n'))).toEqual([]);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds a bad byte exactly when Node’s UTF-8 check refuses the bytes, with only well-formed text before it', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    // bytes around the edges of the encoding: lead bytes, continuations, overlongs, surrogates
    const byte = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(0x80, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f, 0xa0, 0x8f, 0x90));
    fc.assert(
      fc.property(fc.array(byte, { maxLength: 24 }), fc.string({ unit: 'binary', maxLength: 8 }), (raw, text) => {
        const bytes = Uint8Array.from([...Buffer.from(text, 'utf8'), ...raw]);
        const bad = firstInvalidUtf8(bytes);
        expect(bad === -1).toBe(isUtf8(bytes));
        if (bad !== -1) {
          // everything before the bad byte decodes, and the whole does not
          expect(() => decoder.decode(bytes.subarray(0, bad))).not.toThrow();
          expect(() => decoder.decode(bytes)).toThrow();
        }
      }),
      { numRuns: 2000 },
    );
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xff, 0xfe]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from('Жанаөзен', 'utf8'))).toBe(-1);
  });
});
