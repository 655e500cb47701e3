import { closeSync, fsyncSync, lstatSync, openSync, readlinkSync, renameSync, rmSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** Symlink hops followed before giving up, as the kernel's own limit (ELOOP) does. */
const MAX_LINK_HOPS = 40;

/** The path a write to `path` really lands on: symlinks followed, even to a file that does not exist yet. */
function writeTarget(path: string): { path: string; stats: Stats | undefined } {
  let current = resolve(path);
  for (let hop = 0; hop <= MAX_LINK_HOPS; hop++) {
    let stats: Stats;
    try {
      stats = lstatSync(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path: current, stats: undefined };
      throw error;
    }
    if (!stats.isSymbolicLink()) return { path: current, stats };
    current = resolve(dirname(current), readlinkSync(current));
  }
  throw Object.assign(new Error(`more than ${MAX_LINK_HOPS} symbolic links in a row`), { code: 'ELOOP' });
}

/** Write every byte of `bytes` to `fd`: writeSync may write less than asked (a disk filling up) and says so only in its return. */
export function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) {
    const n = writeSync(fd, bytes, done, bytes.length - done);
    if (n <= 0) throw Object.assign(new Error('the write stopped short (no space left?)'), { code: 'ENOSPC' });
    done += n;
  }
}

/** Words for the errors a user can act on; the rest keep the system's message. */
export function reason(error: NodeJS.ErrnoException, target: string): string {
  switch (error.code) {
    case 'ENOSPC':
      return `no space left on the device (ENOSPC); nothing was replaced`;
    case 'EDQUOT':
      return `disk quota exceeded (EDQUOT); nothing was replaced`;
    case 'EIO':
      return `input/output error (EIO); nothing was replaced`;
    case 'ENOENT':
      return `folder ${dirname(target)} does not exist`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${error.code})`;
    case 'EROFS':
      return 'the file system is read-only (EROFS)';
    default:
      return error.message;
  }
}

/** A file that could not be written: `path` as the caller gave it, and why in words. */
export class WriteError extends Error {
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    why: string,
  ) {
    super(`${path}: ${why}`);
    this.name = 'WriteError';
  }
}

/**
 * Write a whole file so that nothing already there is lost: a regular file is written to a
 * temporary file beside it, synced and renamed over it, so a full disk, an I/O error or a kill
 * leaves the old file as it was; a symlink is written through (the file it points to is
 * replaced, the link stays); a FIFO, device or socket is written as a stream and never renamed
 * over. Throws a WriteError naming the path and the reason.
 * @example writeFileSafely('events.csv', text)
 */
export function writeFileSafely(path: string, data: string | Uint8Array): void {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  writeSafely(path, (fd) => writeAll(fd, bytes));
}

/** Text gathered before each write: large enough that writes are few, small next to a whole dataset. */
const CHUNK_CHARS = 1 << 20;

/**
 * writeFileSafely for a text given in pieces, written as they come, so a file of hundreds of
 * megabytes is never one string (nor one buffer) in memory. The same guarantees: the old file
 * stays as it was until every piece is written.
 * @example writeChunksSafely('events.json', ['[', JSON.stringify(first), ']'])
 */
export function writeChunksSafely(path: string, chunks: Iterable<string>): void {
  writeSafely(path, (fd) => writeChunks(fd, chunks));
}

/** Write a text given in pieces to `fd`, about CHUNK_CHARS at a time. */
export function writeChunks(fd: number, chunks: Iterable<string>): void {
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    writeAll(fd, Buffer.from(pending.join(''), 'utf8'));
    pending = [];
    size = 0;
  };
  for (const chunk of chunks) {
    pending.push(chunk);
    size += chunk.length;
    if (size >= CHUNK_CHARS) flush();
  }
  if (size) flush();
}

function writeSafely(path: string, write: (fd: number) => void): void {
  let target = resolve(path);
  let tmp: string | undefined;
  let fd: number | undefined;
  try {
    const found = writeTarget(path);
    target = found.path;
    if (found.stats?.isDirectory()) throw Object.assign(new Error('is a folder, not a file'), { code: 'EISDIR' });
    if (found.stats && !found.stats.isFile()) {
      // a pipe, a terminal, /dev/null: the reader is waiting on this very node, so renaming over it would cut them off
      fd = openSync(target, 'w');
      write(fd);
      closeSync(fd);
      return;
    }
    // same folder, so the rename cannot cross file systems
    tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    fd = openSync(tmp, 'wx', found.stats ? found.stats.mode & 0o7777 : 0o666);
    write(fd);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, target);
    tmp = undefined;
    syncFolder(dirname(target));
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd);
      } catch {
        // already failing: the first error is the one to report
      }
    }
    if (tmp !== undefined) rmSync(tmp, { force: true });
    const e = error as NodeJS.ErrnoException;
    throw new WriteError(path, e.code, reason(e, target));
  }
}

/** Make the rename itself durable; a folder that cannot be opened for syncing (some file systems) is no error. */
export function syncFolder(folder: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // durability is best effort here; the rename has already happened
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
