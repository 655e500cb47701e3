// The exporters over any Dataset; src/export.ts wraps them with the package's own data as default.
export { toCsv, tableToCsv, unneutralise, FORMULA_START, LIST_SEPARATOR, type CsvOptions, type Column, type Table, type FieldType } from './csv.js';
export { eventsCsv, eventsTable, interaction, isoNumeric } from './eventsTable.js';
export { claimsCsv, claimsTable } from './claimsTable.js';
export { sourcesCsv, sourcesTable } from './sourcesTable.js';
export { actorsCsv, actorsTable } from './actorsTable.js';
export { placesCsv, placesTable } from './placesTable.js';
export { placesGeoJson, eventsGeoJson, type FeatureCollection, type PointFeature, type EventFeature } from './geojson.js';
export { sourceToCsl, sourcesCslJson, unconfirmedNote, CitationExportError, type CslItem } from './citations.js';
export { sourcesBibtex, latexText, type BibtexOptions } from './bibtex.js';
export { sourcesRis } from './ris.js';
export { claimsWebAnnotation, recordUrn, verifiedUrl, WEB_ANNOTATION_CONTEXT, type Annotation, type AnnotationBody, type AnnotationCollection, type TextQuoteSelector, type TextPositionSelector } from './webAnnotation.js';
export { edtfToCsl, type CslDate } from './cslDate.js';
export { fatalitiesOf, readFigure, type Fatalities } from './figures.js';
export { timePrecision } from './location.js';
export { lookup } from './lookup.js';
export { datapackage, tables, exportPaths, type TableName } from './datapackage.js';
export { dataPackageFiles } from './dataPackageFiles.js';
export { exportRegistry, exportEntry, exportText, exportFormats, exportCollections, formatsOf, type ExportEntry, type ExportFormat, type ExportCollection, type ExportOptions } from './registry.js';
