import type { Actor, Claim, Event, Place, Redirect, Source, Theme } from './schema/index.js';

/** The built, verified records: what the package ships. */
export interface Dataset {
  sources: Source[];
  claims: Claim[];
  /** Sorted by date (earliest day, then latest day, then id). */
  events: Event[];
  actors: Actor[];
  places: Place[];
  themes: Theme[];
  redirects: Redirect[];
}

/** Any record that get-by-id can return. */
export type AnyRecord = Source | Claim | Event | Actor | Place | Theme;

/** Collections that hold records (redirects only point at them). */
export type RecordCollection = 'sources' | 'claims' | 'events' | 'actors' | 'places' | 'themes';

/** Lookup tables built once with the data, so queries need not scan every record. */
export interface Indexes {
  /** Event positions (in `events`, so in date order) per place id, including places inside it. */
  eventsByPlace: Record<string, number[]>;
  eventsByActor: Record<string, number[]>;
  eventsByTheme: Record<string, number[]>;
  eventsByType: Record<string, number[]>;
  /** Largest span in days of any event that is not open-ended; range queries rely on it. */
  maxEventSpanDays: number;
  /** Normalised names, aliases and titles (and their word-starting tails) with the id they name
   * and 0 for a whole name or 1 for a tail ("kozlov" of "vladimir kozlov"), sorted by name. */
  names: [string, string, 0 | 1][];
}

/** What this build of the data is. */
export interface Meta {
  name: string;
  version: string;
  builtAt: string;
  counts: Record<RecordCollection | 'redirects', number>;
}

/**
 * A record as the package hands it out: frozen at run time, so typed read-only all the way down.
 * @example const e: DeepReadonly<Event> = get('zhanaozen-shooting-2011-12-16', 'events')
 */
export type DeepReadonly<T> = T extends (infer U)[] ? readonly DeepReadonly<U>[] : T extends object ? { readonly [K in keyof T]: DeepReadonly<T[K]> } : T;
