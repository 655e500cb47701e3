/**
 * @kzprotest/data/export: the data as CSV (ACLED-compatible events), GeoJSON, CSL-JSON, BibTeX,
 * RIS and a Frictionless datapackage.json. A separate entry so that importing the data does not
 * load the exporters. Every function takes a Dataset; the default is this
 * package's own data.
 */
import { actors, claims, events, get, KzDataError, meta, openDataset, places, redirects, sources, themes, type Dataset } from '@kzprotest/data';
import * as x from './export/index.js';
import type { CsvOptions, ExportCollection, ExportFormat } from './export/index.js';

export { toCsv, tableToCsv, unneutralise, edtfToCsl, sourceToCsl, unconfirmedNote, latexText, readFigure, timePrecision, CitationExportError, recordUrn, verifiedUrl, WEB_ANNOTATION_CONTEXT, exportFormats, exportCollections, formatsOf, FORMULA_START, LIST_SEPARATOR } from './export/index.js';
export type { CsvOptions, Column, Table, FieldType, FeatureCollection, PointFeature, EventFeature, CslItem, CslDate, BibtexOptions, Fatalities, ExportFormat, ExportCollection, ExportOptions, TableName, Annotation, AnnotationBody, AnnotationCollection, TextQuoteSelector, TextPositionSelector } from './export/index.js';

const own = { sources, claims, events, actors, places, themes, redirects } as unknown as Dataset;
/** The package's own records, as a Dataset. */
export const ownData = (): Dataset => own;

// the same run-time checks as the main entry's queries, with its KzDataError
const getFrom = (data: Dataset): typeof get => (data === own ? get : (openDataset(data).get as typeof get));
const csvOptionKeys = ['spreadsheetSafe', 'bom'];
const exportOptionKeys = [...csvOptionKeys, 'ascii'];
function checkCsvOptions<O extends x.ExportOptions>(options: O | undefined, keys = csvOptionKeys): O | undefined {
  if (options === undefined) return options;
  if (typeof options !== 'object' || options === null) throw new KzDataError('INVALID_ARGUMENT', `CSV options must be an object such as { bom: true }, got ${JSON.stringify(options)}`);
  for (const [key, value] of Object.entries(options)) {
    if (!keys.includes(key)) throw new KzDataError('INVALID_ARGUMENT', `unknown option "${key}"; the options are: ${keys.join(', ')}`);
    if (value !== undefined && typeof value !== 'boolean') throw new KzDataError('INVALID_ARGUMENT', `option ${key} must be true or false, got ${JSON.stringify(value)}`);
  }
  return options;
}

/** Events as CSV, ACLED column names first. @example eventsCsv().split('\r\n')[0] */
export const eventsCsv = (data: Dataset = ownData(), options?: CsvOptions): string => x.eventsCsv(data, checkCsvOptions(options));
/** Claims as CSV, with quotes, offsets and figures. @example claimsCsv() */
export const claimsCsv = (data: Dataset = ownData(), options?: CsvOptions): string => x.claimsCsv(data, checkCsvOptions(options));
/** Sources as CSV. @example sourcesCsv() */
export const sourcesCsv = (data: Dataset = ownData(), options?: CsvOptions): string => x.sourcesCsv(data, checkCsvOptions(options));
/** Actors as CSV. @example actorsCsv() */
export const actorsCsv = (data: Dataset = ownData(), options?: CsvOptions): string => x.actorsCsv(data, checkCsvOptions(options));
/** Places as CSV, with coordinates and their origin. @example placesCsv() */
export const placesCsv = (data: Dataset = ownData(), options?: CsvOptions): string => x.placesCsv(data, checkCsvOptions(options));
/** Places with coordinates as a GeoJSON FeatureCollection. @example placesGeoJson().features.length */
export const placesGeoJson = (data: Dataset = ownData()): x.FeatureCollection => x.placesGeoJson(data);
/** Every event as GeoJSON: a point per located place, `geometry: null` for an event placed only where there are no coordinates. @example eventsGeoJson().features.filter(f => f.geometry === null) */
export const eventsGeoJson = (data: Dataset = ownData()): x.FeatureCollection<x.EventFeature> => x.eventsGeoJson(data);
/** Sources as CSL-JSON items. @example sourcesCslJson()[0].title */
export const sourcesCslJson = (data: Dataset = ownData()): x.CslItem[] => x.sourcesCslJson(data);
/** Sources as BibTeX for biblatex (UTF-8), or classic ASCII BibTeX with `{ ascii: true }`. @example sourcesBibtex(undefined, { ascii: true }) */
export const sourcesBibtex = (data: Dataset = ownData(), options?: x.BibtexOptions): string => x.sourcesBibtex(data, checkCsvOptions(options, ['ascii']));
/** Sources as RIS. @example sourcesRis() */
export const sourcesRis = (data: Dataset = ownData()): string => x.sourcesRis(data);
/** Every claim as a W3C Web Annotation (JSON-LD AnnotationCollection), anchored by quote and offsets in its seed text. @example claimsWebAnnotation().first.items[0].target.selector */
export const claimsWebAnnotation = (data: Dataset = ownData()): x.AnnotationCollection => x.claimsWebAnnotation(data);
/** ACLED's single fatalities number for an event, and the claims behind it. @example fatalitiesOf('zhanaozen-shooting-2011-12-16').fatalities */
export const fatalitiesOf = (eventId: string, data: Dataset = ownData()): x.Fatalities => {
  // throws UNKNOWN_ID for a typo and WRONG_COLLECTION for a place or claim id; a moved id is followed
  const event = getFrom(data)(eventId, 'events');
  return x.fatalitiesOf(x.lookup(data), event.id);
};
/** The Frictionless descriptor that `kzprotest datapackage <folder>` writes as datapackage.json. @example datapackage().resources.length */
export const datapackage = (data: Dataset = ownData()) => x.datapackage(data, meta);
/**
 * Every file of the Frictionless data package (CSV, GeoJSON, citations, JSON records, their JSON
 * Schemas, datapackage.json), with its path in the package folder, as `kzprotest datapackage` writes them.
 * `jsonSchemaText` gives a collection's JSON Schema (the package ships them as dist/json-schema/<collection>.schema.json).
 * @example dataPackageFiles((c) => readFileSync(require.resolve(`@kzprotest/data/json-schema/${c}.schema.json`), 'utf8')).map((f) => f.path)
 */
export const dataPackageFiles = (jsonSchemaText: (collection: ExportCollection) => string, data: Dataset = ownData()): { path: string; text: string }[] => x.dataPackageFiles(data, meta, jsonSchemaText);
/** One collection in one format, as the CLI writes it. @example exportText('events', 'csv') */
export const exportText = (collection: ExportCollection, format: ExportFormat, data: Dataset = ownData(), options?: x.ExportOptions): string => {
  if (!(x.exportCollections as string[]).includes(collection)) throw new KzDataError('INVALID_ARGUMENT', `unknown collection ${JSON.stringify(collection)}; the collections are: ${x.exportCollections.join(', ')}`);
  const formats = x.formatsOf(collection);
  if (!(formats as string[]).includes(format)) throw new KzDataError('INVALID_ARGUMENT', `${collection} cannot be exported as ${JSON.stringify(format)}; its formats are: ${formats.join(', ')}`);
  return x.exportText(data, collection, format, checkCsvOptions(options, exportOptionKeys));
};
