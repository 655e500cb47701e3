/**
 * The records of the package's Node build, read from dist/runtime/ beside the bundle: the
 * dataset at import, the indexes at the first query. dataFromDisk.ts (ES module build) and
 * dataFromDisk.cjs.ts (CommonJS build) hand it fs's readFileSync, each the cheapest way its
 * module format has.
 */
import type { Dataset, Indexes, Meta } from './dataset.js';

// literal URLs beside import.meta.url, so a bundler that meets this file can still follow them
const datasetFile = new URL('./runtime/dataset.json', import.meta.url);
const indexesFile = new URL('./runtime/indexes.json', import.meta.url);

/** The records and a loader for the indexes, read with the `readFileSync` given. */
export function readRuntimeFiles(readFileSync: (file: URL, encoding: 'utf8') => string): { dataset: Dataset; meta: Meta; loadIndexes: () => Indexes } {
  const { dataset, meta } = JSON.parse(readFileSync(datasetFile, 'utf8')) as { dataset: Dataset; meta: Meta };
  return { dataset, meta, loadIndexes: () => JSON.parse(readFileSync(indexesFile, 'utf8')) as Indexes };
}
