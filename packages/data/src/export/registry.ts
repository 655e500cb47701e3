import type { Dataset } from '../dataset.js';
import { asciiJson } from './asciiJson.js';
import { actorsCsv } from './actorsTable.js';
import { sourcesBibtex, type BibtexOptions } from './bibtex.js';
import { sourcesCslJson } from './citations.js';
import { claimsCsv } from './claimsTable.js';
import type { CsvOptions } from './csv.js';
import { eventsCsv } from './eventsTable.js';
import { eventsGeoJson, placesGeoJson } from './geojson.js';
import { placesCsv } from './placesTable.js';
import { sourcesRis } from './ris.js';
import { sourcesCsv } from './sourcesTable.js';
import { claimsWebAnnotation } from './webAnnotation.js';

export const exportFormats = ['csv', 'json', 'geojson', 'csl', 'bibtex', 'ris', 'web-annotation'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** Options of every format; each format reads its own (CSV: spreadsheetSafe, bom; BibTeX: ascii). */
export type ExportOptions = CsvOptions & BibtexOptions;

/** One collection in one format: where the build writes it, its media type, and how it is made. */
export interface ExportEntry {
  collection: keyof Dataset;
  format: ExportFormat;
  /** The file relative to datapackage.json (the package's dist/ folder); none for a format the CLI writes only on request. */
  path?: string;
  /** The IANA media type (or the one each format's tools use) for the datapackage descriptor. */
  mediatype: string;
  /** The datapackage resource of a file that is neither a CSV table nor a JSON collection. */
  resource?: { name: string; format: string; description: string };
  render: (data: Dataset, options: ExportOptions) => string;
}

/** A descriptor, GeoJSON or citation file: indented, as people open these to read them. */
export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
/**
 * A collection's records as the package ships them in dist/data/ and the data package: one line,
 * since the import parses them and whitespace is a fifth of their bytes (`jq .` shows them
 * indented), in ASCII (asciiJson).
 */
export const recordsJson = (records: unknown): string => `${asciiJson(JSON.stringify(records))}\n`;
const csv = (collection: 'events' | 'claims' | 'sources' | 'actors' | 'places', render: ExportEntry['render']): ExportEntry => ({ collection, format: 'csv', path: `export/${collection}.csv`, mediatype: 'text/csv', render });
const records = (collection: keyof Dataset): ExportEntry => ({ collection, format: 'json', path: `data/${collection}.json`, mediatype: 'application/json', render: (d) => recordsJson(d[collection]) });

/**
 * Every export, once: the API's exportText, the CLI's `export` command, the build's dist/export/
 * files and the datapackage.json descriptor all read this list. In descriptor order: the CSV
 * tables, the JSON collections, then the other files.
 * @example exportRegistry.filter((e) => e.collection === 'sources').map((e) => e.format)
 */
export const exportRegistry: readonly ExportEntry[] = [
  csv('events', eventsCsv),
  csv('claims', claimsCsv),
  csv('sources', sourcesCsv),
  csv('actors', actorsCsv),
  csv('places', placesCsv),
  ...(['events', 'claims', 'sources', 'actors', 'places', 'themes', 'redirects'] as const).map(records),
  {
    collection: 'places',
    format: 'geojson',
    path: 'export/places.geojson',
    mediatype: 'application/geo+json',
    resource: { name: 'places-geojson', format: 'geojson', description: 'Places with coordinates, with the origin of the coordinates in each feature.' },
    render: (d) => json(placesGeoJson(d)),
  },
  {
    collection: 'events',
    format: 'geojson',
    path: 'export/events.geojson',
    mediatype: 'application/geo+json',
    resource: { name: 'events-geojson', format: 'geojson', description: 'One point per event and place that has coordinates.' },
    render: (d) => json(eventsGeoJson(d)),
  },
  {
    collection: 'sources',
    format: 'csl',
    path: 'export/sources.csl.json',
    mediatype: 'application/vnd.citationstyles.csl+json',
    resource: { name: 'sources-csl-json', format: 'json', description: 'Sources as CSL-JSON.' },
    render: (d) => json(sourcesCslJson(d)),
  },
  {
    collection: 'sources',
    format: 'bibtex',
    path: 'export/sources.bib',
    mediatype: 'application/x-bibtex',
    resource: { name: 'sources-bibtex', format: 'bib', description: 'Sources as BibTeX.' },
    render: (d, o) => sourcesBibtex(d, { ascii: o.ascii }),
  },
  {
    collection: 'sources',
    format: 'ris',
    path: 'export/sources.ris',
    mediatype: 'application/x-research-info-systems',
    resource: { name: 'sources-ris', format: 'ris', description: 'Sources as RIS.' },
    render: (d) => sourcesRis(d),
  },
  { collection: 'claims', format: 'web-annotation', mediatype: 'application/ld+json', render: (d) => json(claimsWebAnnotation(d)) },
];

export type ExportCollection = keyof Dataset;
/** The collections that can be exported, in the dataset's order. */
export const exportCollections = [...new Set(exportRegistry.map((e) => e.collection))] as ExportCollection[];

/** The formats a collection can be exported in. @example formatsOf('actors') // ['csv', 'json'] */
export function formatsOf(collection: ExportCollection): ExportFormat[] {
  return exportRegistry.filter((e) => e.collection === collection).map((e) => e.format);
}

/** The registry's entry for one collection in one format, if there is one. */
export const exportEntry = (collection: ExportCollection, format: ExportFormat): ExportEntry | undefined =>
  exportRegistry.find((e) => e.collection === collection && e.format === format);

/**
 * One collection in one format, as text. Throws RangeError for a combination that does not exist.
 * @example exportText(dataset, 'sources', 'bibtex')
 */
export function exportText(data: Dataset, collection: ExportCollection, format: ExportFormat, options: ExportOptions = {}): string {
  const entry = exportEntry(collection, format);
  if (!entry) throw new RangeError(`${collection} cannot be exported as ${format}; its formats are: ${formatsOf(collection).join(', ')}`);
  return entry.render(data, options);
}
