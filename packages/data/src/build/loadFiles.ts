import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { collectionNames } from '../schema/index.js';
import type { RecordFile } from './buildDataset.js';

/** Every record file under `<packageDir>/data/<collection>/`, in a stable order. */
export function loadRecordFiles(packageDir: string): RecordFile[] {
  const files: RecordFile[] = [];
  for (const collection of collectionNames) {
    const dir = join(packageDir, 'data', collection);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!/\.ya?ml$/.test(name)) continue;
      files.push({ collection, file: `data/${collection}/${name}`, text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  return files;
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
