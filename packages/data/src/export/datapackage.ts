import type { Dataset } from '../dataset.js';
import { exportCollections as collectionNames } from './render.js';
import { actorsTable } from './actorsTable.js';
import { claimsTable } from './claimsTable.js';
import { FORMULA_START, type Table } from './csv.js';
import { eventsTable } from './eventsTable.js';
import { placesTable } from './placesTable.js';
import { sourcesTable } from './sourcesTable.js';

/** The CSV tables the package ships, in the order of datapackage.json. */
export const tables = { events: eventsTable, claims: claimsTable, sources: sourcesTable, actors: actorsTable, places: placesTable } as const;
export type TableName = keyof typeof tables;

/** Where each file lies relative to datapackage.json (the package's dist/ folder). */
export const exportPaths = {
  csv: (name: string) => `export/${name}.csv`,
  json: (name: string) => `data/${name}.json`,
  jsonSchema: (name: string) => `json-schema/${name}.schema.json`,
};

const tableSchema = (t: Table<never>) => ({
  fields: t.columns.map((c) => ({
    name: c.name,
    type: c.type,
    description: c.description,
    ...(c.constraints ? { constraints: c.constraints } : {}),
  })),
  // unknown is an empty cell, never a sentinel
  missingValues: [''],
  primaryKey: t.primaryKey,
  // the Table Schema profile wants at least one foreign key where the property is present
  ...(t.foreignKeys.length ? { foreignKeys: t.foreignKeys.map((fk) => ({ fields: fk.fields, reference: { resource: fk.reference.resource === t.name ? '' : fk.reference.resource, fields: fk.reference.fields } })) } : {}),
});

/**
 * A Frictionless Data Package (v1) descriptor for the CSV tables, the JSON collections (each
 * pointing to its JSON Schema), the GeoJSON and the citation files. Paths are relative to the
 * package's dist/ folder, where the build writes it: a descriptor may only point downwards.
 * @example datapackage(dataset, { name: '@kzprotest/data', version: '0.1.0' }).resources.map(r => r.name)
 */
export function datapackage(data: Dataset, meta: { name: string; version: string }) {
  const csv = Object.entries(tables).map(([name, make]) => {
    const t = make(data) as unknown as Table<never>;
    return {
      name: `${name}-csv`,
      path: exportPaths.csv(name),
      profile: 'tabular-data-resource',
      title: t.title,
      description: `${t.description} Text cells that a spreadsheet would run as a formula (= + - @, a tab or a carriage return first, also after white space, control, zero-width or bidirectional characters: ${FORMULA_START.source}) carry one leading apostrophe; the JSON resource has the exact text.`,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchema(t),
    };
  });
  // foreign keys name resources; ours carry a -csv suffix
  for (const r of csv) for (const fk of r.schema.foreignKeys ?? []) if (fk.reference.resource) fk.reference.resource = `${fk.reference.resource}-csv`;
  const json = collectionNames.map((name) => ({
    name: `${name}-json`,
    path: exportPaths.json(name),
    profile: 'data-resource',
    title: `${name} (JSON)`,
    description: `Every ${name} record as the package ships it, exact text included. Described by the JSON Schema at jsonSchema.`,
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    jsonSchema: exportPaths.jsonSchema(name),
  }));
  const files = [
    { name: 'places-geojson', path: 'export/places.geojson', format: 'geojson', mediatype: 'application/geo+json', description: 'Places with coordinates, with the origin of the coordinates in each feature.' },
    { name: 'events-geojson', path: 'export/events.geojson', format: 'geojson', mediatype: 'application/geo+json', description: 'One point per event and place that has coordinates.' },
    { name: 'sources-csl-json', path: 'export/sources.csl.json', format: 'json', mediatype: 'application/vnd.citationstyles.csl+json', description: 'Sources as CSL-JSON.' },
    { name: 'sources-bibtex', path: 'export/sources.bib', format: 'bib', mediatype: 'application/x-bibtex', description: 'Sources as BibTeX.' },
    { name: 'sources-ris', path: 'export/sources.ris', format: 'ris', mediatype: 'application/x-research-info-systems', description: 'Sources as RIS.' },
  ].map((f) => ({ ...f, profile: 'data-resource', encoding: 'utf-8' }));
  return {
    profile: 'data-package',
    name: meta.name.replace(/^@/, '').replace(/[^a-z0-9._/-]/g, '-'),
    title: 'kzprotest: protest, labour rights and state response in Kazakhstan',
    description: 'Sources, claims (each with the verbatim words of its source), events, actors and places, from the 2011 Zhanaozen oil strike to January 2022. Where sources disagree, each account is its own claim.',
    version: meta.version,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' }],
    resources: [...csv, ...json, ...files],
  };
}
