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
