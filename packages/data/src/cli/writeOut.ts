import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/**
 * Write a file through a temporary file in the same folder and a rename, so a reader never sees
 * it half-written and a failure leaves any existing file as it was. The folder must exist.
 * @example writeOutAtomic('events.csv', text)
 */
export function writeOutAtomic(path: string, text: string): void {
  const target = resolve(path);
  // same folder, so the rename cannot cross file systems
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx');
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(tmp, { force: true });
    const e = error as NodeJS.ErrnoException;
    throw new Error(`--out ${path}: ${e.code === 'ENOENT' ? `folder ${dirname(target)} does not exist` : e.message}`);
  }
}
