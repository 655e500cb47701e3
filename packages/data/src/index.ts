// the Node build reads these from disk instead (src/dataFromDisk.ts, swapped in by tsup.config.ts)
import { dataset, loadIndexes, loadLinks, meta as builtMeta } from '../generated/dataset.js';
import type { ReverseLink, ReverseLinks } from './compiler/reverseLinks.js';
import type { DeepReadonly, Meta, RecordCollection } from './dataset.js';
import type * as schema from './schema/index.js';
import type { FigureProperty } from './schema/index.js';
import { deepFreeze } from './query/deepFreeze.js';
import { freezeRecords } from './query/freezeRecords.js';
import { KzDataError } from './query/errors.js';
import { openDataset, type EventFilter } from './query/openDataset.js';
import type * as query from './query/openDataset.js';

export type { Dataset, Indexes, Meta, RecordCollection, DeepReadonly } from './dataset.js';
export type { EventType, EventRole, FigureProperty } from './schema/index.js';
export type { EventFilter, DataQuery } from './query/openDataset.js';
export type { ReverseLink } from './compiler/reverseLinks.js';

// the records are frozen (src/query/freezeRecords.ts), so their types say so all the way down
/** A source (one per seed text), with citation data, regions and errata. */
export type Source = DeepReadonly<schema.Source>;
/** One quoted statement of one source, with its offsets into the seed. */
export type Claim = DeepReadonly<schema.Claim>;
/** An event, with its EDTF date, places, actors and the claims about it. */
export type Event = DeepReadonly<schema.Event>;
/** A person, organisation or group. */
export type Actor = DeepReadonly<schema.Actor>;
/** A place, with every spelling the sources use. */
export type Place = DeepReadonly<schema.Place>;
/** One of the course's themes. */
export type Theme = DeepReadonly<schema.Theme>;
/** An id that moved or split, with where it went. */
export type Redirect = DeepReadonly<schema.Redirect>;
export type Figure = DeepReadonly<schema.Figure>;
export type Erratum = DeepReadonly<schema.Erratum>;
export type QuoteSelector = DeepReadonly<schema.QuoteSelector>;
export type Spelling = DeepReadonly<schema.Spelling>;
export type CslName = DeepReadonly<schema.CslName>;
/** Any record that get-by-id can return. */
export type AnyRecord = Source | Claim | Event | Actor | Place | Theme;
/** One source's account of something, with who says it: one row of a compare-accounts table. */
export type Account = DeepReadonly<query.Account>;
/** A search result: the record, its collection and the spelling that matched. */
export type SearchHit = DeepReadonly<query.SearchHit>;
export { openDataset } from './query/openDataset.js';
export { buildIndexes } from './query/buildIndexes.js';
export { normalizeName } from './query/normalize.js';
export { KzDataError, type KzDataErrorCode } from './query/errors.js';
export { eventTypes, contentWarnings, contentWarningTerms, warningsOfAll, type ContentWarningName } from './schema/vocabulary.js';
export { contentWarningLabels } from './schema/labels.js';
export { claimKindDefinitions, attributedToDefinition } from './schema/claimKinds.js';
// the rest of the data in words (figures, place chains, every vocabulary's labels) is the
// @kzprotest/data/format entry, so the main entry's CommonJS builds do not carry a copy of it
export { formatEdtf } from './format/formatEdtf.js';
export type { ClaimKind, DateBound } from './schema/index.js';

/** Every source (one per seed text), with citation data, regions and errata. */
export const sources: readonly Source[] = /* @__PURE__ */ (() => dataset.sources)();
/** Every claim: one quoted statement of one source, with its offsets into the seed. */
export const claims: readonly Claim[] = /* @__PURE__ */ (() => dataset.claims)();
/** Every event, in date order. */
export const events: readonly Event[] = /* @__PURE__ */ (() => dataset.events)();
/** Every person, organisation and group. */
export const actors: readonly Actor[] = /* @__PURE__ */ (() => dataset.actors)();
/** Every place, with every spelling the sources use. */
export const places: readonly Place[] = /* @__PURE__ */ (() => dataset.places)();
/** The course's themes (its own classification). */
export const themes: readonly Theme[] = /* @__PURE__ */ (() => dataset.themes)();
/** Ids that moved or split, with where they went. */
export const redirects: readonly Redirect[] = /* @__PURE__ */ (() => dataset.redirects)();
/** The package name, data version, build time and record counts. @example meta.version */
export const meta: Meta = builtMeta;

// the records are frozen where they are read (src/runtimeFiles.ts, tsup.config.ts); the inlined
// source build freezes its own here. Every top-level statement that touches the records is a
// pure call and every query a function, so a bundle that imports only eventTypes has no record
const records = /* @__PURE__ */ freezeRecords(dataset);
// opened at the first query, so an import that only reads the records does not compile the queries
let db: query.DataQuery | undefined;
const queries = (): query.DataQuery => (db ??= openDataset(records, loadIndexes));

/**
 * A record by id, from any collection; moved ids are followed. Throws KzDataError UNKNOWN_ID.
 * @example get('zhanaozen') // the place; get('zhanaozen', 'places') is typed as Place
 */
export const get: {
  (id: string): AnyRecord;
  (id: string, collection: 'sources'): Source;
  (id: string, collection: 'claims'): Claim;
  (id: string, collection: 'events'): Event;
  (id: string, collection: 'actors'): Actor;
  (id: string, collection: 'places'): Place;
  (id: string, collection: 'themes'): Theme;
} = ((id: string, collection?: RecordCollection) => queries().get(id, collection as never)) as never;

/** Like get, and says the collection and whether a redirect was followed. @example resolve('zhanaozen').collection // "places" */
export const resolve: (id: string) => { collection: RecordCollection; record: AnyRecord; redirectedFrom?: string } = (id) => queries().resolve(id);

/** Whether an id (or a redirect) exists. */
export const has: (id: string) => boolean = (id) => queries().has(id);

/**
 * Events that match every filter, in date order.
 * @example findEvents({ from: '2011-12', to: '2011-12', place: 'zhanaozen' })
 */
export const findEvents: (filter?: EventFilter) => Event[] = (filter) => queries().findEvents(filter);

/**
 * Every source's account of a record side by side; with a property, only its figures.
 * @example accountsOf('zhanaozen-shooting-2011-12-16', 'killed').map(a => [a.claim.figure?.raw, a.source.title])
 */
export const accountsOf: (recordId: string, property?: FigureProperty) => Account[] = (recordId, property) => queries().accountsOf(recordId, property);

/**
 * Records by any name, alias or title, ignoring case and diacritics.
 * @example search('janaozen')[0].id // "zhanaozen"
 */
export const search: (text: string, options?: { limit?: number }) => SearchHit[] = (text, options) => queries().search(text, options);

// the build lists them (src/compiler/reverseLinks.ts); read and frozen at the first lookup, as the indexes are
let links: DeepReadonly<ReverseLinks> | undefined;
const noLinks: readonly string[] = /* @__PURE__ */ Object.freeze([]);

/**
 * The ids of the records whose forward link names this one, in their collection's order: an
 * event's `parts` (events `partOf` it) and `causedBy` (events whose `causes` name it), a place's
 * `contains`, a theme's `narrower`, a source's `sourceClaims`, the `themeClaims` about a theme.
 * Moved ids are followed. Throws KzDataError UNKNOWN_ID or INVALID_ARGUMENT.
 * @example linksTo('zhanaozen', 'contains') // ids of the places that lie in Zhanaozen
 */
export const linksTo = (id: string, link: ReverseLink): readonly string[] => {
  links ??= deepFreeze(loadLinks());
  if (typeof link !== 'string' || !Object.hasOwn(links, link)) {
    throw new KzDataError('INVALID_ARGUMENT', `linksTo link ${JSON.stringify(link)} is not one of: ${Object.keys(links).join(', ')}`);
  }
  const table = links[link];
  const { record } = queries().resolve(id);
  return Object.hasOwn(table, record.id) ? table[record.id]! : noLinks;
};
