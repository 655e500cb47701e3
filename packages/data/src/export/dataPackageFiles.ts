import type { Dataset } from '../dataset.js';
import { datapackage, exportPaths } from './datapackage.js';
import { exportCollections, exportRegistry, json } from './registry.js';

/**
 * The files of the Frictionless data package, each with its path relative to datapackage.json:
 * every registry entry with a path (export/*.csv, *.geojson, sources.{bib,ris,csl.json} and the
 * JSON collections under data/), each collection's JSON Schema under json-schema/, and
 * datapackage.json itself, at the top since a descriptor may only point to files below it. The
 * CSV files are RFC 4180 UTF-8 without a byte order mark, as pandas, R and Python's csv module read
 * them. `kzprotest datapackage <folder>` writes them; the package ships only the records.
 * @example dataPackageFiles(dataset, meta, (c) => schemaText(c)).map((f) => f.path)
 */
export function dataPackageFiles(data: Dataset, meta: { name: string; version: string }, jsonSchemaText: (collection: keyof Dataset) => string): { path: string; text: string }[] {
  const files = exportRegistry.filter((e) => e.path).map((e) => ({ path: e.path!, text: e.render(data, {}) }));
  for (const collection of exportCollections) files.push({ path: exportPaths.jsonSchema(collection), text: jsonSchemaText(collection) });
  files.push({ path: 'datapackage.json', text: json(datapackage(data, meta)) });
  return files;
}
