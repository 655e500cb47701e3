import type { AnyRecord, Dataset, Indexes, RecordCollection } from '../dataset.js';
import type { Actor, Claim, Event, EventType, FigureProperty, Place, Source, Theme } from '../schema/index.js';
import { eventTypes, figureProperties } from '../schema/vocabulary.js';
import { buildIndexes, OPEN_ENDED_DAYS } from './buildIndexes.js';
import { addDays, dayBounds, daysBetween } from './dates.js';
import { KzDataError } from './errors.js';
import { normalizeName } from './normalize.js';

/** Filters for `findEvents`; all optional, all combined with AND. */
export interface EventFilter {
  /** Events that overlap this day, month or year or later. @example "2011-12" */
  from?: string;
  /** Events that overlap up to this day, month or year. @example "2012" */
  to?: string;
  /** A place id; events in places inside it count too. */
  place?: string;
  actor?: string;
  theme?: string;
  type?: EventType;
}

/** One source's account of something, with who says it: one row of a compare-accounts table. */
export interface Account {
  claim: Claim;
  source: Source;
  /** The actors whose voice the claim is, outermost first; empty when it is the source's own. */
  claimants: Actor[];
}

export interface SearchHit {
  id: string;
  collection: RecordCollection;
  /** The spelling or title that matched, as normalised for matching. */
  matched: string;
  record: AnyRecord;
}

interface RecordTypes {
  sources: Source;
  claims: Claim;
  events: Event;
  actors: Actor;
  places: Place;
  themes: Theme;
}

/** Events per block of the date scan's skip list. */
const BLOCK = 64;
/** An ISO day (the schema's YYYY-MM-DD) as the number YYYYMMDD, which orders as the days do. */
const dayKey = (day: string) => Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10));
const recordCollections: RecordCollection[] = ['sources', 'claims', 'events', 'actors', 'places', 'themes'];
const filterKeys = ['from', 'to', 'place', 'actor', 'theme', 'type'] as const satisfies readonly (keyof EventFilter)[];

/** Checks a value against a list at run time, as the CLI does, naming the valid choices. */
function requireOneOf(value: unknown, valid: readonly string[], argument: string): void {
  if (typeof value !== 'string' || !valid.includes(value)) {
    throw new KzDataError('INVALID_ARGUMENT', `${argument} ${JSON.stringify(value)} is not one of: ${valid.join(', ')}`);
  }
}

function requireFilter(filter: unknown): asserts filter is EventFilter {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new KzDataError('INVALID_ARGUMENT', `findEvents takes an object of filters (${filterKeys.join(', ')}), got ${JSON.stringify(filter)}`);
  }
  for (const [key, value] of Object.entries(filter)) {
    requireOneOf(key, filterKeys, 'findEvents filter key');
    if (value === undefined) continue;
    if (key === 'type') requireOneOf(value, Object.keys(eventTypes), 'findEvents type');
    else if (typeof value !== 'string' || !value) throw new KzDataError('INVALID_ARGUMENT', `findEvents ${key} must be a non-empty string, got ${JSON.stringify(value)}`);
  }
}

/** The query API over one dataset; the package's own functions are this, opened on its data. */
export interface DataQuery {
  /** A record by id, in any collection; a moved id answers with its new record. Throws UNKNOWN_ID. */
  get(id: string): AnyRecord;
  get<C extends RecordCollection>(id: string, collection: C): RecordTypes[C];
  /** Like get, and says which collection and whether a redirect was followed. */
  resolve(id: string): { collection: RecordCollection; record: AnyRecord; redirectedFrom?: string };
  has(id: string): boolean;
  /** Events matching every given filter, in date order. */
  findEvents(filter?: EventFilter): Event[];
  /** Every claim about a record, or only its figures of one property, side by side with source and claimants. */
  accountsOf(recordId: string, property?: FigureProperty): Account[];
  /** Records whose name, alias or title matches, best first; case- and diacritic-insensitive. */
  search(text: string, options?: { limit?: number }): SearchHit[];
}

/**
 * Open a dataset for querying. Indexes are used as given (or as a function returns them, called
 * by the first query that needs them), or built when absent.
 * @example const db = openDataset(myDataset); db.findEvents({ place: 'zhanaozen' })
 */
export function openDataset(dataset: Dataset, prebuilt?: Indexes | (() => Indexes)): DataQuery {
  let byId: Map<string, { collection: RecordCollection; record: AnyRecord }> | undefined;
  let indexes = typeof prebuilt === 'function' ? undefined : prebuilt;
  const loadIndexes = typeof prebuilt === 'function' ? prebuilt : () => buildIndexes(dataset);
  const redirects = new Map(dataset.redirects.map((r) => [r.id, r]));
  const idTable = () => {
    if (!byId) {
      byId = new Map();
      for (const collection of recordCollections) for (const record of dataset[collection]) byId.set(record.id, { collection, record });
    }
    return byId;
  };
  const index = () => (indexes ??= loadIndexes());
  let openEnded: number[] | undefined;
  // events longer than maxEventSpanDays start anywhere before a window, so they are listed once
  // rather than found by scanning every earlier event on each query
  const openEndedPositions = () =>
    (openEnded ??= dataset.events.flatMap((e, p) => (daysBetween(e.dateRange.earliest, e.dateRange.latest) >= OPEN_ENDED_DAYS ? [p] : [])));
  let days: { earliest: Int32Array; latest: Int32Array; blockLatest: Int32Array } | undefined;
  // the events' days as numbers in contiguous arrays, and the latest of each block of BLOCK
  // events, built at the first date query: the date scan reads these instead of each event
  // object, whose reads miss the CPU's caches on a large dataset
  const dayTable = () => {
    if (!days) {
      const { events } = dataset;
      const earliest = new Int32Array(events.length);
      const latest = new Int32Array(events.length);
      const blockLatest = new Int32Array(Math.ceil(events.length / BLOCK));
      for (let p = 0; p < events.length; p++) {
        earliest[p] = dayKey(events[p]!.dateRange.earliest);
        latest[p] = dayKey(events[p]!.dateRange.latest);
        if (latest[p]! > blockLatest[Math.floor(p / BLOCK)]!) blockLatest[Math.floor(p / BLOCK)] = latest[p]!;
      }
      days = { earliest, latest, blockLatest };
    }
    return days;
  };

  function resolve(id: string): { collection: RecordCollection; record: AnyRecord; redirectedFrom?: string } {
    if (typeof id !== 'string' || !id) throw new KzDataError('INVALID_ARGUMENT', `an id must be a non-empty string, got ${JSON.stringify(id)}`);
    const found = idTable().get(id);
    if (found) return found;
    const redirect = redirects.get(id);
    if (redirect) {
      if (redirect.kind === 'split') {
        throw new KzDataError('UNKNOWN_ID', `"${id}" was split into ${redirect.to.join(', ')} (${redirect.reason}); ask for one of those`);
      }
      return { ...resolve(redirect.to[0]!), redirectedFrom: id };
    }
    throw new KzDataError('UNKNOWN_ID', `no record has the id "${id}"; search(text) finds ids by name`);
  }

  function get(id: string, collection?: RecordCollection): AnyRecord {
    if (collection !== undefined) requireOneOf(collection, recordCollections, 'get collection');
    const found = resolve(id);
    if (collection && found.collection !== collection) {
      throw new KzDataError('WRONG_COLLECTION', `"${id}" is in ${found.collection}, not ${collection}`);
    }
    return found.record;
  }
  const getAs = <C extends RecordCollection>(id: string, collection: C) => get(id, collection) as RecordTypes[C];

  function requireId(id: string, collection: RecordCollection, argument: string) {
    const found = idTable().get(id);
    if (!found) throw new KzDataError('UNKNOWN_ID', `${argument} "${id}" is not the id of one of the ${collection}; search(text) finds ids by name`);
    if (found.collection !== collection) throw new KzDataError('WRONG_COLLECTION', `${argument} "${id}" is in ${found.collection}, not ${collection}`);
  }

  function findEvents(filter: EventFilter = {}): Event[] {
    requireFilter(filter);
    const { events } = dataset;
    const from = filter.from === undefined ? undefined : dayBounds(filter.from, 'from').earliest;
    const to = filter.to === undefined ? undefined : dayBounds(filter.to, 'to').latest;
    if (from && to && from > to) throw new KzDataError('INVALID_DATE', `from (${filter.from}) is after to (${filter.to})`);
    if (filter.place) requireId(filter.place, 'places', 'place');
    if (filter.actor) requireId(filter.actor, 'actors', 'actor');
    if (filter.theme) requireId(filter.theme, 'themes', 'theme');
    const lists: number[][] = [];
    const ix = filter.place || filter.actor || filter.theme || filter.type ? index() : undefined;
    if (filter.place) lists.push(ix!.eventsByPlace[filter.place] ?? []);
    if (filter.actor) lists.push(ix!.eventsByActor[filter.actor] ?? []);
    if (filter.theme) lists.push(ix!.eventsByTheme[filter.theme] ?? []);
    if (filter.type) lists.push(ix!.eventsByType[filter.type] ?? []);
    const overlaps = (e: Event) => (!from || e.dateRange.latest >= from) && (!to || e.dateRange.earliest <= to);

    if (lists.length) {
      lists.sort((a, b) => a.length - b.length);
      const [smallest, ...rest] = lists as [number[], ...number[][]];
      const others = rest.map((l) => new Set(l));
      return smallest.filter((p) => others.every((s) => s.has(p))).map((p) => events[p]!).filter(overlaps);
    }
    if (!from && !to) return events.slice();
    // events are sorted by earliest day: binary-search the window, then add long or open-ended events
    const { earliest, latest, blockLatest } = dayTable();
    const firstAtOrAfter = (key: number) => {
      let lo = 0;
      let hi = earliest.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (earliest[mid]! < key) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const fromKey = from ? dayKey(from) : 0;
    const lo = from ? firstAtOrAfter(dayKey(addDays(from, -index().maxEventSpanDays))) : 0;
    // YYYYMMDD + 1 is above the last day and at most the next one, so this is the first event after `to`
    const hi = to ? firstAtOrAfter(dayKey(to) + 1) : events.length;
    // from `inWindow` on, events start inside the window, so they overlap it without a check
    const inWindow = from ? Math.min(firstAtOrAfter(fromKey), hi) : lo;
    const inside = events.slice(inWindow, hi);
    if (!from) return inside;
    const before: Event[] = [];
    for (const p of openEndedPositions()) if (p < lo && latest[p]! >= fromKey) before.push(events[p]!);
    // events that start before the window overlap it only if they last into it: whole blocks that
    // end before it are stepped over, so the scan costs the few long events, not every day before
    for (let p = lo; p < inWindow; ) {
      if (p % BLOCK === 0 && p + BLOCK <= inWindow && blockLatest[p / BLOCK]! < fromKey) {
        p += BLOCK;
        continue;
      }
      if (latest[p]! >= fromKey) before.push(events[p]!);
      p++;
    }
    return before.length ? before.concat(inside) : inside;
  }

  function accountsOf(recordId: string, property?: FigureProperty): Account[] {
    if (property !== undefined) requireOneOf(property, figureProperties, 'accountsOf property');
    const { record } = resolve(recordId);
    const about = 'claims' in record && Array.isArray(record.claims) ? (record.claims as string[]) : dataset.claims.filter((c) => c.about.includes(record.id)).map((c) => c.id);
    return about
      .map((id) => getAs(id, 'claims'))
      .filter((claim) => property === undefined || claim.figure?.property === property)
      .map((claim) => ({
        claim,
        source: getAs(claim.source, 'sources'),
        claimants: claim.attributedTo.map((id) => getAs(id, 'actors')),
      }));
  }

  function search(text: string, options: { limit?: number } = {}): SearchHit[] {
    if (typeof text !== 'string') throw new KzDataError('INVALID_ARGUMENT', `search text must be a string, got ${JSON.stringify(text)}`);
    if (typeof options !== 'object' || options === null) throw new KzDataError('INVALID_ARGUMENT', `search options must be an object such as { limit: 5 }, got ${JSON.stringify(options)}`);
    for (const key of Object.keys(options)) requireOneOf(key, ['limit'], 'search option');
    if (options.limit !== undefined && !(Number.isInteger(options.limit) && options.limit > 0)) throw new KzDataError('INVALID_ARGUMENT', `search limit must be a positive whole number, got ${JSON.stringify(options.limit)}`);
    const query = normalizeName(text);
    if (!query) return [];
    const { names } = index();
    let lo = 0;
    let hi = names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (names[mid]![0] < query) lo = mid + 1;
      else hi = mid;
    }
    const scored = new Map<string, { score: number; matched: string }>();
    for (let p = lo; p < names.length && names[p]![0].startsWith(query); p++) {
      const [name, id, tail] = names[p]!;
      // a whole name beats a word inside one, an exact match beats a prefix, a shorter name is closer
      const score = (name === query ? 0 : 2000) + tail * 1000 + name.length;
      const best = scored.get(id);
      if (!best || score < best.score) scored.set(id, { score, matched: name });
    }
    return [...scored]
      .sort((a, b) => a[1].score - b[1].score || a[0].localeCompare(b[0]))
      .slice(0, options.limit ?? 20)
      .map(([id, { matched }]) => {
        const { collection, record } = idTable().get(id)!;
        return { id, collection, matched, record };
      });
  }

  return { get: get as DataQuery['get'], resolve, has: (id) => idTable().has(id) || redirects.has(id), findEvents, accountsOf, search };
}
