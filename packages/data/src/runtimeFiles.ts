/**
 * The records of the package's Node build, read from dist/data/ beside the bundle (the same files
 * the bundlers' build imports, so the package holds one copy): the records and meta at import,
 * the indexes at the first query, the reverse links at the first linksTo. dataFromDisk.ts (ES
 * module build) and dataFromDisk.cjs.ts (CommonJS build) hand it fs's readFileSync, each the
 * cheapest way its module format has.
 */
import type { ReverseLinks } from './compiler/reverseLinks.js';
import type { Dataset, Indexes, Meta } from './dataset.js';
import { freezeRecords } from './query/freezeRecords.js';

// literal URLs beside import.meta.url, so a bundler that meets this file can still follow them
const files = {
  sources: new URL('./data/sources.json', import.meta.url),
  claims: new URL('./data/claims.json', import.meta.url),
  events: new URL('./data/events.json', import.meta.url),
  actors: new URL('./data/actors.json', import.meta.url),
  places: new URL('./data/places.json', import.meta.url),
  themes: new URL('./data/themes.json', import.meta.url),
  redirects: new URL('./data/redirects.json', import.meta.url),
};
const metaFile = new URL('./data/meta.json', import.meta.url);
const indexesFile = new URL('./runtime/indexes.json', import.meta.url);
const linksFile = new URL('./runtime/links.json', import.meta.url);

/** The records (frozen) and loaders for the indexes and the reverse links, read with the `readFileSync` given. */
export function readRuntimeFiles(readFileSync: (file: URL, encoding: 'utf8') => string): {
  dataset: Dataset;
  meta: Meta;
  loadIndexes: () => Indexes;
  loadLinks: () => ReverseLinks;
} {
  const read = (file: URL) => JSON.parse(readFileSync(file, 'utf8'));
  const dataset = freezeRecords(Object.fromEntries(Object.entries(files).map(([name, file]) => [name, read(file)])) as unknown as Dataset);
  return { dataset, meta: read(metaFile) as Meta, loadIndexes: () => read(indexesFile) as Indexes, loadLinks: () => read(linksFile) as ReverseLinks };
}
