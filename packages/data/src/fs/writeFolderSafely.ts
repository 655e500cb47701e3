import { existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isRunning } from './isRunning.js';
import { reason, syncFolder, writeFileSafely, WriteError } from './writeFileSafely.js';

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
  recoverFromKilledRuns(target);
  let existing: Stats | undefined;
  try {
    existing = lstatSync(target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw new WriteError(folder, (error as NodeJS.ErrnoException).code, (error as Error).message);
  }
  if (existing?.isSymbolicLink()) throw new WriteError(folder, 'ELOOP', 'is a symbolic link; give the folder it points to, which is replaced as a whole');
  if (existing && !existing.isDirectory()) throw new WriteError(folder, 'ENOTDIR', 'a file is in the way of this folder');
  const names = existing ? readdirSync(target) : [];
  if (names.length > 0 && !replaceable(names)) {
    throw new WriteError(folder, 'ENOTEMPTY', `the folder holds other files (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}); give a new or empty folder, or one this command wrote before`);
  }
  if (!existsSync(dirname(target))) throw new WriteError(folder, 'ENOENT', `folder ${dirname(target)} does not exist`);

  const staging = siblingOf(target, process.pid, 'partial');
  const retired = siblingOf(target, process.pid, 'old');
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
  syncFolder(dirname(target));
  try {
    rmSync(retired, { recursive: true, force: true });
  } catch {
    // the new folder is in place; what is left of the old one is cleared by the next run
  }
}

/** Beside the target, so the renames stay on one file system; the pid keeps two runs apart. */
const siblingOf = (target: string, pid: number, kind: 'partial' | 'old') => join(dirname(target), `.${basename(target)}.${pid}.${kind}`);

/**
 * What a run killed part-way left beside the target: a staging folder (removed), or an old folder
 * moved aside in the instant between the two renames (put back when the target is missing, else
 * removed). Runs that are still going are left alone.
 */
function recoverFromKilledRuns(target: string): void {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = readdirSync(dirname(target));
  } catch {
    return; // a missing parent folder is reported by the caller
  }
  for (const name of names) {
    const match = name.startsWith(prefix) ? /^(\d+)\.(partial|old)$/.exec(name.slice(prefix.length)) : null;
    if (!match || Number(match[1]) === process.pid || isRunning(Number(match[1]))) continue;
    const path = join(dirname(target), name);
    if (match[2] === 'old' && !existsSync(target)) renameSync(path, target);
    else rmSync(path, { recursive: true, force: true });
  }
}
