import type { Dataset } from '../dataset.js';
import { exportRegistry } from './registry.js';
import { actorsTable } from './actorsTable.js';
import { claimsTable } from './claimsTable.js';
import { FORMULA_START, type Table } from './csv.js';
import { eventsTable } from './eventsTable.js';
import { placesTable } from './placesTable.js';
import { sourcesTable } from './sourcesTable.js';

/** The CSV tables the package ships, in the order of datapackage.json. */
export const tables = { events: eventsTable, claims: claimsTable, sources: sourcesTable, actors: actorsTable, places: placesTable } as const;
export type TableName = keyof typeof tables;

/** Where each file lies relative to datapackage.json (the package's dist/ folder); the exports' own paths are in the registry. */
export const exportPaths = {
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
  const csv = exportRegistry.filter((e) => e.format === 'csv').map((entry) => {
    const t = tables[entry.collection as TableName](data) as unknown as Table<never>;
    return {
      name: `${entry.collection}-csv`,
      path: entry.path!,
      profile: 'tabular-data-resource',
      title: t.title,
      description: `${t.description} Text cells that a spreadsheet would run as a formula (= + - @, a tab or a carriage return first, also after white space, control, zero-width or bidirectional characters: ${FORMULA_START.source}) carry one leading apostrophe; the JSON resource has the exact text.`,
      format: 'csv',
      mediatype: entry.mediatype,
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: tableSchema(t),
    };
  });
  // foreign keys name resources; ours carry a -csv suffix
  for (const r of csv) for (const fk of r.schema.foreignKeys ?? []) if (fk.reference.resource) fk.reference.resource = `${fk.reference.resource}-csv`;
  const json = exportRegistry.filter((e) => e.format === 'json').map(({ collection: name, path, mediatype }) => ({
    name: `${name}-json`,
    path: path!,
    profile: 'data-resource',
    title: `${name} (JSON)`,
    description: `Every ${name} record as the package ships it, exact text included. Described by the JSON Schema at jsonSchema.`,
    format: 'json',
    mediatype,
    encoding: 'utf-8',
    jsonSchema: exportPaths.jsonSchema(name),
  }));
  const files = exportRegistry
    .filter((e) => e.resource && e.path)
    .map((e) => ({ name: e.resource!.name, path: e.path!, format: e.resource!.format, mediatype: e.mediatype, description: e.resource!.description, profile: 'data-resource', encoding: 'utf-8' }));
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
