/**
 * The links between records read backwards (an event's parts, what an event caused, a place's
 * places, a theme's narrower themes). The records store only the forward link; one pass over
 * each collection builds every reverse list, instead of a scan of the collection per page.
 */
import * as kz from '@kzprotest/data';

/** Ids in each list keep the order of their collection. */
export interface ReverseLinks {
  /** event id → the events that are `partOf` it */
  parts: ReadonlyMap<string, readonly string[]>;
  /** event id → the events whose `causes` name it */
  causedBy: ReadonlyMap<string, readonly string[]>;
  /** place id → the places that are `partOf` it */
  contains: ReadonlyMap<string, readonly string[]>;
  /** theme id → the themes whose `broader` it is */
  narrower: ReadonlyMap<string, readonly string[]>;
}

// keyed by the dataset, so a test that swaps the data gets its own lists
const computed = new WeakMap<object, ReverseLinks>();

/** The reverse links of the dataset, computed on first use. */
export function reverseLinks(): ReverseLinks {
  let links = computed.get(kz.events);
  if (!links) {
    const parts = new Map<string, string[]>();
    const causedBy = new Map<string, string[]>();
    const contains = new Map<string, string[]>();
    const narrower = new Map<string, string[]>();
    const add = (table: Map<string, string[]>, key: string, id: string) => {
      const list = table.get(key);
      if (list) list.push(id);
      else table.set(key, [id]);
    };
    for (const event of kz.events) {
      if (event.partOf) add(parts, event.partOf, event.id);
      for (const cause of new Set(event.causes)) add(causedBy, cause, event.id);
    }
    for (const place of kz.places) if (place.partOf) add(contains, place.partOf, place.id);
    for (const theme of kz.themes) if (theme.broader) add(narrower, theme.broader, theme.id);
    links = { parts, causedBy, contains, narrower };
    computed.set(kz.events, links);
  }
  return links;
}
