/**
 * The records of the package's Node build, read from dist/data/ beside the bundle (the same files
 * the bundlers' build imports, so the package holds one copy): the records and meta at import,
 * the indexes at the first query, the reverse links at the first linksTo. dataFromDisk.ts (ES
 * module build) and dataFromDisk.cjs.ts (CommonJS build) hand it fs's readFileSync and the
 * bundle's folder, each the cheapest way its module format has.
 */
import type { ReverseLinks } from './compiler/reverseLinks.js';
import type { Dataset, Indexes, Meta } from './dataset.js';
import { freezeRecords } from './query/freezeRecords.js';

const collections = ['sources', 'claims', 'events', 'actors', 'places', 'themes', 'redirects'] as const;

/**
 * The records (frozen) and loaders for the indexes and the reverse links, read with the
 * `readFileSync` given from the bundle's folder, `dist/`.
 */
export function readRuntimeFiles(
  readFileSync: (file: string, encoding: 'utf8') => string,
  folder: string,
): {
  dataset: Dataset;
  meta: Meta;
  loadIndexes: () => Indexes;
  loadLinks: () => ReverseLinks;
} {
  // plain paths, not a URL per file: parsing ten URLs was a measurable share of the import
  const read = (file: string) => JSON.parse(readFileSync(`${folder}/${file}`, 'utf8'));
  const records: Record<string, unknown> = {};
  for (const name of collections) records[name] = read(`data/${name}.json`);
  return {
    dataset: freezeRecords(records as unknown as Dataset),
    meta: read('data/meta.json') as Meta,
    loadIndexes: () => read('runtime/indexes.json') as Indexes,
    loadLinks: () => read('runtime/links.json') as ReverseLinks,
  };
}
