import { join } from 'node:path';
import type { Dataset } from '../dataset.js';
import { datapackage } from './datapackage.js';
import { exportRegistry } from './registry.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The build's export files: every registry entry with a path under export/ (dist/export/*.csv,
 * *.geojson, sources.{bib,ris,csl.json}) and dist/datapackage.json (at the top, since a descriptor
 * may only point to files below it). The JSON collections under data/ are the build's own output.
 * The CSV files are RFC 4180 UTF-8 without a byte order mark, as pandas, R and Python's csv module
 * read them; `kzprotest export ... --bom` writes one for spreadsheets that need it.
 */
export function writeExports(dist: string, data: Dataset, meta: { name: string; version: string }, write: (path: string, text: string) => void): void {
  for (const entry of exportRegistry) if (entry.path?.startsWith('export/')) write(join(dist, entry.path), entry.render(data, {}));
  write(join(dist, 'datapackage.json'), json(datapackage(data, meta)));
}
