import type { Dataset } from '../dataset.js';
import { actorsCsv } from './actorsTable.js';
import { sourcesBibtex } from './bibtex.js';
import { sourcesCslJson } from './citations.js';
import { sourcesRis } from './ris.js';
import { claimsCsv } from './claimsTable.js';
import type { BibtexOptions } from './bibtex.js';
import type { CsvOptions } from './csv.js';
import { eventsCsv } from './eventsTable.js';
import { eventsGeoJson, placesGeoJson } from './geojson.js';
import { placesCsv } from './placesTable.js';
import { sourcesCsv } from './sourcesTable.js';
import { claimsWebAnnotation } from './webAnnotation.js';

export const exportFormats = ['csv', 'json', 'geojson', 'csl', 'bibtex', 'ris', 'web-annotation'] as const;
export type ExportFormat = (typeof exportFormats)[number];

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Options of every format; each format reads its own (CSV: spreadsheetSafe, bom; BibTeX: ascii). */
export type ExportOptions = CsvOptions & BibtexOptions;
type Renderers = Partial<Record<ExportFormat, (data: Dataset, options: ExportOptions) => string>>;

/** Which formats each collection can be exported in, and how. */
export const exporters = {
  events: { csv: eventsCsv, json: (d) => json(d.events), geojson: (d) => json(eventsGeoJson(d)) },
  claims: { csv: claimsCsv, json: (d) => json(d.claims), 'web-annotation': (d) => json(claimsWebAnnotation(d)) },
  sources: { csv: sourcesCsv, json: (d) => json(d.sources), csl: (d) => json(sourcesCslJson(d)), bibtex: (d, o) => sourcesBibtex(d, { ascii: o.ascii }), ris: sourcesRis },
  actors: { csv: actorsCsv, json: (d) => json(d.actors) },
  places: { csv: placesCsv, json: (d) => json(d.places), geojson: (d) => json(placesGeoJson(d)) },
  themes: { json: (d) => json(d.themes) },
  redirects: { json: (d) => json(d.redirects) },
} satisfies Record<keyof Dataset, Renderers>;

export type ExportCollection = keyof typeof exporters;
export const exportCollections = Object.keys(exporters) as ExportCollection[];

/** The formats a collection can be exported in. @example formatsOf('actors') // ['csv', 'json'] */
export function formatsOf(collection: ExportCollection): ExportFormat[] {
  return Object.keys(exporters[collection]) as ExportFormat[];
}

/**
 * One collection in one format, as text. Throws RangeError for a combination that does not exist.
 * @example exportText(dataset, 'sources', 'bibtex')
 */
export function exportText(data: Dataset, collection: ExportCollection, format: ExportFormat, options: ExportOptions = {}): string {
  const render = (exporters[collection] as Renderers)[format];
  if (!render) throw new RangeError(`${collection} cannot be exported as ${format}; its formats are: ${formatsOf(collection).join(', ')}`);
  return render(data, options);
}
