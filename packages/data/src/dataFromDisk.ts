/**
 * The records as the package's Node build loads them: read from dist/runtime/ at import, the
 * indexes at the first query. Node parses JSON text faster than it compiles a module that holds
 * the same text (BENCHMARKS.md, import). tsup.config.ts puts this module in the place of
 * generated/dataset.ts for the "node-addons" condition: Node matches it and bundlers do not, even
 * when they bundle for Node, because a bundle has no dist/runtime/ beside it. Bundlers and browsers
 * get the inlined data.
 */
import { readFileSync } from 'node:fs';
import type { Dataset, Indexes, Meta } from './dataset.js';

// literal URLs beside import.meta.url, so a bundler that meets this file can still follow them
const datasetFile = new URL('./runtime/dataset.json', import.meta.url);
const indexesFile = new URL('./runtime/indexes.json', import.meta.url);

export const { dataset, meta } = JSON.parse(readFileSync(datasetFile, 'utf8')) as { dataset: Dataset; meta: Meta };
export const loadIndexes = (): Indexes => JSON.parse(readFileSync(indexesFile, 'utf8')) as Indexes;
