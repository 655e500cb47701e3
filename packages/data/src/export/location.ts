import type { Event, Place } from '../schema/index.js';
import { daysBetween } from '../format/edtfRange.js';
import { placeChainOf, type Lookup } from './lookup.js';

/** Where an event is, in ACLED's terms, from its first place. */
export interface EventLocation {
  place: Place;
  country: Place | undefined;
  /** The nearest enclosing place of kind "region" (ours may be informal, e.g. "western Kazakhstan"). */
  admin1: Place | undefined;
  /** The place whose coordinates are used: the event's place or the nearest one it lies in that has them. */
  coordinatesFrom: Place | undefined;
  /** ACLED: 1 the town itself, 2 part of a region or near a town, 3 only a larger region. */
  geoPrecision: 1 | 2 | 3;
}

const PRECISION: Record<Place['kind'], 1 | 2 | 3> = { building: 1, site: 1, town: 1, city: 1, district: 2, region: 3, country: 3 };

/** The location columns for one of an event's places (the first by default); undefined when it has none. */
export function locate(l: Lookup, placeId: string): EventLocation | undefined {
  const chain = placeChainOf(l, placeId);
  const place = chain[0];
  if (!place) return undefined;
  const coordinatesFrom = chain.find((p) => p.coordinates);
  // coordinates borrowed from a larger place only say where that larger place is
  const geoPrecision = coordinatesFrom && coordinatesFrom !== place ? Math.max(PRECISION[place.kind], PRECISION[coordinatesFrom.kind]) as 1 | 2 | 3 : PRECISION[place.kind];
  return {
    place,
    country: chain.find((p) => p.kind === 'country'),
    admin1: chain.find((p) => p.kind === 'region'),
    coordinatesFrom,
    geoPrecision,
  };
}

export const eventLocation = (l: Lookup, e: Event) => (e.places[0] === undefined ? undefined : locate(l, e.places[0]));

/**
 * ACLED's time_precision: 1 the exact day is known, 2 within a week, 3 within one month;
 * undefined for a longer span (a year, several months), which ACLED has no code for. An uncertain
 * or approximate day (2011-12-16~) counts as 2: the source dates it, but not surely.
 * @example timePrecision({ date: '2011', dateRange: { earliest: '2011-01-01', latest: '2011-12-31' } }) // undefined
 */
export function timePrecision(e: Pick<Event, 'date' | 'dateRange'>): 1 | 2 | 3 | undefined {
  const { earliest, latest } = e.dateRange;
  const span = daysBetween(earliest, latest);
  if (span === 0) return /[?~%]/.test(e.date) ? 2 : 1;
  if (span <= 6) return 2;
  return earliest.slice(0, 7) === latest.slice(0, 7) ? 3 : undefined;
}
