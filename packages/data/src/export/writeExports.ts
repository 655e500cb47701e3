import { join } from 'node:path';
import type { Dataset } from '../dataset.js';
import { sourcesBibtex } from './bibtex.js';
import { sourcesCslJson } from './citations.js';
import { sourcesRis } from './ris.js';
import { datapackage, exportPaths, tables } from './datapackage.js';
import { tableToCsv } from './csv.js';
import { eventsGeoJson, placesGeoJson } from './geojson.js';

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * The build's export files: dist/export/*.csv, *.geojson, sources.{bib,ris,csl.json} and
 * dist/datapackage.json (at the top, since a descriptor may only point to files below it).
 * The CSV files are RFC 4180 UTF-8 without a byte order mark, as pandas, R and Python's csv module
 * read them; `kzprotest export ... --bom` writes one for spreadsheets that need it.
 */
export function writeExports(dist: string, data: Dataset, meta: { name: string; version: string }, write: (path: string, text: string) => void): void {
  for (const [name, make] of Object.entries(tables)) {
    write(join(dist, exportPaths.csv(name)), tableToCsv(make(data) as never, data[name as keyof typeof tables] as never[]));
  }
  write(join(dist, 'export', 'places.geojson'), json(placesGeoJson(data)));
  write(join(dist, 'export', 'events.geojson'), json(eventsGeoJson(data)));
  write(join(dist, 'export', 'sources.csl.json'), json(sourcesCslJson(data)));
  write(join(dist, 'export', 'sources.bib'), sourcesBibtex(data));
  write(join(dist, 'export', 'sources.ris'), sourcesRis(data));
  write(join(dist, 'datapackage.json'), json(datapackage(data, meta)));
}
