import { chmodSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshFolders } from './freshFolder.js';
import { writeFileSafely, WriteError } from './writeFileSafely.js';

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
    const folder = (() => {
      try {
        writeFileSafely(join(dir, 'out.csv'), 'x');
      } catch (error) {
        return error;
      }
    })();
    expect(folder).toBeInstanceOf(WriteError);
    expect((folder as WriteError).message).toBe(`${join(dir, 'out.csv')}: is a folder, not a file`);
    expect(() => writeFileSafely(join(dir, 'missing', 'out.csv'), 'x')).toThrow(`${join(dir, 'missing', 'out.csv')}: folder ${join(dir, 'missing')} does not exist`);
    expect(readdirSync(dir)).toEqual(['out.csv']);
  });
});
