import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshFolders, thrownBy } from '../../test/helpers.js';
import { writeFileSafely, WriteError } from './writeFileSafely.js';
import { writeFolderSafely } from './writeFolderSafely.js';

/** The fs folder's two writers: a file replaced whole (writeFileSafely), a folder replaced whole (writeFolderSafely). */
const fresh = freshFolders('write');
let dir: string;

describe('writeFileSafely', () => {
  it('replaces a file whole, keeping its permissions, and leaves no temporary file', () => {
    dir = fresh();
    const path = join(dir, 'notes.md');
    writeFileSync(path, 'old\n');
    chmodSync(path, 0o640);
    writeFileSafely(path, 'new\n');
    expect(readFileSync(path, 'utf8')).toBe('new\n');
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(readdirSync(dir)).toEqual(['notes.md']);
  });

  it('refuses a folder and a missing folder with the path and the reason, leaving nothing behind', () => {
    dir = fresh();
    mkdirSync(join(dir, 'out.csv'));
    const folder = thrownBy(() => writeFileSafely(join(dir, 'out.csv'), 'x'), WriteError);
    expect(folder).toBeInstanceOf(WriteError);
    expect(folder.message).toBe(`${join(dir, 'out.csv')}: is a folder, not a file`);
    expect(() => writeFileSafely(join(dir, 'missing', 'out.csv'), 'x')).toThrow(`${join(dir, 'missing', 'out.csv')}: folder ${join(dir, 'missing')} does not exist`);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });
});

const files = [
  { path: 'datapackage.json', text: '{}\n' },
  { path: 'export/events.csv', text: 'id\r\na\r\n' },
];
const isDataPackage = (names: string[]) => names.includes('datapackage.json');
/** The folder holds exactly the files just written. */
const expectWritten = (folder: string) => {
  expect(readFileSync(join(folder, 'datapackage.json'), 'utf8')).toBe('{}\n');
  expect(readdirSync(folder).sort()).toEqual(['datapackage.json', 'export']);
};
const thrown = (run: () => void) => thrownBy(run, WriteError);

describe('writeFolderSafely', () => {
  it('makes a new folder with every file, leaving nothing else beside it', () => {
    dir = fresh();
    writeFolderSafely(join(dir, 'out'), files, isDataPackage);
    expect(readFileSync(join(dir, 'out/export/events.csv'), 'utf8')).toBe('id\r\na\r\n');
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('replaces an earlier output whole: a file the new one lacks is gone', () => {
    dir = fresh();
    mkdirSync(join(dir, 'out/export'), { recursive: true });
    writeFileSync(join(dir, 'out/datapackage.json'), 'old');
    writeFileSync(join(dir, 'out/export/stale.csv'), 'old');
    writeFolderSafely(join(dir, 'out'), files, isDataPackage);
    expect(readFileSync(join(dir, 'out/datapackage.json'), 'utf8')).toBe('{}\n');
    expect(readdirSync(join(dir, 'out/export'))).toEqual(['events.csv']);
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('takes an empty folder', () => {
    dir = fresh();
    mkdirSync(join(dir, 'out'));
    writeFolderSafely(join(dir, 'out'), files, isDataPackage);
    expectWritten(join(dir, 'out'));
  });

  it('refuses a folder of other files, naming some of them, and touches nothing', () => {
    dir = fresh();
    mkdirSync(join(dir, 'home'));
    writeFileSync(join(dir, 'home/thesis.docx'), 'mine');
    const error = thrown(() => writeFolderSafely(join(dir, 'home'), files, isDataPackage));
    expect(error).toBeInstanceOf(WriteError);
    expect(error.message).toBe(`${join(dir, 'home')}: the folder holds other files (thesis.docx); give a new or empty folder, or one this command wrote before`);
    expect(readdirSync(join(dir, 'home'))).toEqual(['thesis.docx']);
    expect(readdirSync(dir)).toEqual(['home']);
  });

  it('refuses a file in the way and a missing parent folder', () => {
    dir = fresh();
    writeFileSync(join(dir, 'out'), 'a file');
    expect(thrown(() => writeFolderSafely(join(dir, 'out'), files, isDataPackage)).message).toBe(`${join(dir, 'out')}: a file is in the way of this folder`);
    expect(thrown(() => writeFolderSafely(join(dir, 'no/such/out'), files, isDataPackage)).message).toBe(`${join(dir, 'no/such/out')}: folder ${join(dir, 'no/such')} does not exist`);
    expect(readFileSync(join(dir, 'out'), 'utf8')).toBe('a file');
  });

  it('a file that cannot be written leaves the old folder as it was and no staging folder', () => {
    dir = fresh();
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out/datapackage.json'), 'old');
    // a path under a file cannot become a folder: the write fails half-way through the list
    const error = thrown(() => writeFolderSafely(join(dir, 'out'), [...files, { path: 'datapackage.json/inner.csv', text: 'x' }], isDataPackage));
    expect(error).toBeInstanceOf(WriteError);
    expect(error.message.startsWith(`${join(dir, 'out')}: `)).toBe(true);
    expect(readFileSync(join(dir, 'out/datapackage.json'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['out']);
  });

  it('refuses a symbolic link in place of the folder, naming what to give instead', () => {
    dir = fresh();
    mkdirSync(join(dir, 'real'));
    symlinkSync('real', join(dir, 'link'));
    expect(thrown(() => writeFolderSafely(join(dir, 'link'), files, isDataPackage)).message).toBe(`${join(dir, 'link')}: is a symbolic link; give the folder it points to, which is replaced as a whole`);
    expect(readdirSync(join(dir, 'real'))).toEqual([]);
  });

  it('clears what a killed run left: its staging folder, and an old folder moved aside is put back before the new one replaces it', () => {
    dir = fresh();
    // the pid of a process that has ended, as a killed run's is
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    mkdirSync(join(dir, `.out.${dead}.partial/export`), { recursive: true });
    mkdirSync(join(dir, `.out.${dead}.old`));
    writeFileSync(join(dir, `.out.${dead}.old/datapackage.json`), 'old');
    writeFileSync(join(dir, `.out.${dead}.old/notes.txt`), 'old');
    // a run that may replace nothing shows the old folder back in place
    expect(thrown(() => writeFolderSafely(join(dir, 'out'), files, () => false)).message).toContain('the folder holds other files (datapackage.json, notes.txt)');
    expect(readdirSync(dir)).toEqual(['out']);
    writeFolderSafely(join(dir, 'out'), files, isDataPackage);
    expect(readdirSync(dir)).toEqual(['out']);
    expectWritten(join(dir, 'out'));
  });

  it('leaves alone what a run still going has beside the folder', () => {
    dir = fresh();
    mkdirSync(join(dir, `.out.${process.ppid}.partial`));
    writeFolderSafely(join(dir, 'out'), files, isDataPackage);
    expect(readdirSync(dir).sort()).toEqual([`.out.${process.ppid}.partial`, 'out']);
  });
});
