import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { reason, writeFileSafely, WriteError } from './writeFileSafely.js';

/**
 * Write a folder of files as a whole: every file goes into a temporary folder beside it, and only
 * once all are written is that folder renamed into place, so a full disk, an I/O error or a kill
 * leaves what was there before untouched (and a reader never sees half a data package). A folder
 * that already holds files is replaced only when `replaceable` says its contents are an earlier
 * output of the same kind (a user's `.` or home folder is never swept away); an empty folder is
 * always taken. Throws a WriteError naming the folder and the reason.
 * @example writeFolderSafely('kzprotest-data', files, (names) => names.includes('datapackage.json'))
 */
export function writeFolderSafely(folder: string, files: readonly { path: string; text: string }[], replaceable: (names: string[]) => boolean): void {
  const target = resolve(folder);
  let existing: Stats | undefined;
  try {
    existing = lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteError(folder, (error as NodeJS.ErrnoException).code, (error as Error).message);
  }
  if (existing && !existing.isDirectory()) throw new WriteError(folder, 'ENOTDIR', 'a file is in the way of this folder');
  const names = existing ? readdirSync(target) : [];
  if (names.length > 0 && !replaceable(names)) {
    throw new WriteError(folder, 'ENOTEMPTY', `the folder holds other files (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}); give a new or empty folder, or one this command wrote before`);
  }
  if (!existsSync(dirname(target))) throw new WriteError(folder, 'ENOENT', `folder ${dirname(target)} does not exist`);

  // beside the target, so the renames stay on one file system; the pid keeps two runs apart
  const staging = join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
  const retired = join(dirname(target), `.${basename(target)}.${process.pid}.old`);
  rmSync(staging, { recursive: true, force: true });
  try {
    for (const file of files) {
      const path = join(staging, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSafely(path, file.text);
    }
    if (existing) renameSync(target, retired);
    try {
      renameSync(staging, target);
    } catch (error) {
      if (existing) renameSync(retired, target);
      throw error;
    }
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (error instanceof WriteError) throw new WriteError(folder, error.code, error.message.replace(`${staging}/`, '').replace(/; nothing was replaced$/, '; the folder was left as it was'));
    const e = error as NodeJS.ErrnoException;
    throw new WriteError(folder, e.code, reason(e, target).replace(/; nothing was replaced$/, '; the folder was left as it was'));
  }
  rmSync(retired, { recursive: true, force: true });
}
