import { isUtf8 } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames } from '../schema/index.js';
import type { RecordFile } from './buildDataset.js';

/** The largest record file read; the longest real one is a few KiB, and a 30 MB one took 1.5 GB to check. */
const MAX_RECORD_BYTES = 256 * 1024;

/**
 * Every record file under `<packageDir>/data/<collection>/`, in a stable order. A file that
 * cannot be a record (a folder or link named .yaml, a .yml or .YAML file, one over
 * MAX_RECORD_BYTES, bytes that are not UTF-8) comes back with `refused` saying why, for the
 * build to report with the rest.
 */
export function loadRecordFiles(packageDir: string): RecordFile[] {
  return [...readRecordFiles(packageDir)];
}

/**
 * loadRecordFiles one file at a time: each is read only when the iteration reaches it, so a
 * build that parses and drops each text (buildDataset with `reread`) never holds them all.
 * @example buildDataset({ files: readRecordFiles(dir), reread: rereadRecordFile(dir), seeds })
 */
export function* readRecordFiles(packageDir: string): Generator<RecordFile> {
  for (const collection of collectionNames) {
    const dir = join(packageDir, 'data', collection);
    if (!existsSync(dir)) continue;
    // the entries' types come with the listing, so only the regular files cost a system call of their own
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const { name } = entry;
      const ext = /\.(ya?ml)$/i.exec(name)?.[1];
      if (!ext) continue;
      const file = `data/${collection}/${name}`;
      const refused = (message: string, line?: number): RecordFile => ({ collection, file, text: '', refused: { message, line } });
      if (ext !== 'yaml') {
        yield refused(`record files end in ".yaml" (lower case), so this ".${ext}" file would be skipped: rename it to ${name.slice(0, -ext.length)}yaml`);
        continue;
      }
      if (entry.isSymbolicLink()) yield refused('is a symbolic link; a record must be a regular file in the repository (a link can point outside it, or nowhere)');
      else if (entry.isDirectory()) yield refused('is a folder, not a record file; move what it holds out or rename it');
      else if (!entry.isFile()) yield refused('is not a regular file (a pipe, socket or device)');
      else {
        const { size, bytes } = readUpTo(join(dir, name), MAX_RECORD_BYTES);
        if (!bytes) {
          yield refused(`is ${Math.ceil(size / 1024)} KiB, over the ${MAX_RECORD_BYTES / 1024} KiB limit of a record file (one record per file; a seed text belongs in seeds/)`);
          continue;
        }
        const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
        if (bad === -1) yield { collection, file, text: bytes.toString('utf8') };
        else {
          const line = bytes.subarray(0, bad).filter((b) => b === 0x0a).length + 1;
          yield refused(`is not valid UTF-8: byte 0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')} at byte offset ${bad}; save the file as UTF-8`, line);
        }
      }
    }
  }
}

/** A regular file's size and, unless it is over `maxBytes`, its bytes: one open, stat and read. */
function readUpTo(path: string, maxBytes: number): { size: number; bytes?: Buffer } {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (size > maxBytes) return { size };
    const bytes = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, null);
      if (n === 0) break; // the file shrank since the stat
      read += n;
    }
    return { size, bytes: bytes.subarray(0, read) };
  } finally {
    closeSync(fd);
  }
}

/**
 * The text of a record file read again by its path ("data/claims/x.yaml"), for buildDataset's
 * `reread`: only a file with an issue to locate is read twice.
 */
export function rereadRecordFile(packageDir: string): (file: string) => string {
  return (file) => readFileSync(join(packageDir, file), 'utf8');
}

/**
 * The offset of the first byte that does not belong to a well-formed UTF-8 sequence (no overlong
 * forms, no surrogates, nothing above U+10FFFF), or -1 when every byte does.
 * @example firstInvalidUtf8(Buffer.from([0x61, 0xff, 0xfe])) // 1
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const follow = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1;
    if (follow < 0) return i;
    // the second byte's range shuts out overlong forms (E0, F0), surrogates (ED) and code points past U+10FFFF (F4)
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= follow; k++) {
      const b = bytes[i + k];
      if (b === undefined || b < (k === 1 ? low : 0x80) || b > (k === 1 ? high : 0xbf)) return i;
    }
    i += follow + 1;
  }
  return -1;
}

/** Every seed text under a seeds directory, by file name. */
export function loadSeeds(seedsDir: string): Map<string, string> {
  return new Map(
    readdirSync(seedsDir)
      .filter((n) => n.endsWith('.txt'))
      .sort()
      .map((n) => [n, readFileSync(join(seedsDir, n), 'utf8')]),
  );
}

/** Where the ids of every release are kept, relative to the package. */
export const RELEASED_IDS_FILE = 'released-ids.json';

/**
 * The ids ever released (released-ids.json: a sorted JSON array of kebab-case ids). A missing
 * file means nothing was released yet; a malformed one throws, naming the file and the entry.
 */
export function loadReleasedIds(packageDir: string): string[] {
  const path = join(packageDir, RELEASED_IDS_FILE);
  if (!existsSync(path)) return [];
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${RELEASED_IDS_FILE}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) throw new Error(`${RELEASED_IDS_FILE}: expected a JSON array of ids, got ${typeof value}`);
  const seen = new Set<string>();
  value.forEach((id, i) => {
    if (typeof id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) throw new Error(`${RELEASED_IDS_FILE}: entry ${i} (${JSON.stringify(id)}) is not a kebab-case id`);
    if (seen.has(id)) throw new Error(`${RELEASED_IDS_FILE}: entry ${i} "${id}" is listed twice`);
    seen.add(id);
  });
  return value as string[];
}
