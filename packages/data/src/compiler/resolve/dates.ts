import type { Entry } from '../context.js';
import { edtfRange, type DateRange } from './edtfRange.js';

/** A date field that is not valid EDTF, with the parser's reason. */
export interface InvalidDate {
  entry: Entry;
  path: (string | number)[];
  value: string;
  reason: string;
}

export interface ResolvedDates {
  /** The days each event's date allows, for events whose date is valid EDTF. */
  eventDates: ReadonlyMap<Entry<'events'>, DateRange>;
  /** Every date field that is not valid EDTF, events first, then sources and actors' roles. */
  invalidDates: readonly InvalidDate[];
}

/**
 * Parse every EDTF date of the records: events' dates into day ranges, the rest only checked.
 * @example resolveDates(entries).eventDates.get(entry) // { earliest: '2011-12-16', latest: '2011-12-16' }
 */
export function resolveDates(entries: { readonly [C in 'events' | 'sources' | 'actors']: readonly Entry<C>[] }): ResolvedDates {
  const eventDates = new Map<Entry<'events'>, DateRange>();
  const invalidDates: InvalidDate[] = [];
  const parse = (entry: Entry, path: (string | number)[], value: string | undefined): DateRange | undefined => {
    if (value === undefined) return undefined;
    try {
      return edtfRange(value);
    } catch (error) {
      invalidDates.push({ entry, path, value, reason: (error as Error).message });
      return undefined;
    }
  };
  for (const entry of entries.events) {
    const range = parse(entry, ['date'], entry.record.date);
    if (range) eventDates.set(entry, range);
  }
  for (const entry of entries.sources) {
    parse(entry, ['issued'], entry.record.issued);
    parse(entry, ['original', 'issued'], entry.record.original?.issued);
  }
  for (const entry of entries.actors) entry.record.roles.forEach((r, i) => parse(entry, ['roles', i, 'date'], r.date));
  return { eventDates, invalidDates };
}
