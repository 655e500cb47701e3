import type { Dataset, Indexes } from '../dataset.js';
import { placeChain } from '../format/placeChain.js';
import { daysBetween } from './dates.js';
import { normalizeName } from './normalize.js';

/** Largest span counted as an ordinary event; open-ended intervals ("..") are listed apart. */
export const OPEN_ENDED_DAYS = 365 * 50;

/**
 * Lookup tables for the query API. Run at build time and shipped, or at run time for a
 * dataset built elsewhere (a user's own corpus).
 */
export function buildIndexes(dataset: Dataset): Indexes {
  const placeById = new Map<string, { id: string; partOf?: string | undefined }>(dataset.places.map((p) => [p.id, p]));
  // a place id the dataset lacks still indexes its events (a corpus of one's own may have one)
  const known = (id: string) => placeById.get(id) ?? { id };
  const push = (table: Record<string, number[]>, key: string, position: number) => {
    const list = (table[key] ??= []);
    if (list[list.length - 1] !== position) list.push(position);
  };
  // each place's chain walked once, not once for every event in it (a few thousand places, 100,000s of events)
  const chains = new Map<string, string[]>();
  const chainOf = (placeId: string) => {
    let chain = chains.get(placeId);
    if (!chain) chains.set(placeId, (chain = placeChain(known(placeId), (q) => (q.partOf ? known(q.partOf) : undefined)).map((p) => p.id)));
    return chain;
  };
  const indexes: Indexes = { eventsByPlace: {}, eventsByActor: {}, eventsByTheme: {}, eventsByType: {}, maxEventSpanDays: 0, names: [] };
  dataset.events.forEach((event, position) => {
    for (const placeId of event.places) {
      // an event in Zhanaozen is also an event in Mangystau and in Kazakhstan
      for (const id of chainOf(placeId)) push(indexes.eventsByPlace, id, position);
    }
    for (const { actor } of event.actors) push(indexes.eventsByActor, actor, position);
    for (const theme of event.themes) push(indexes.eventsByTheme, theme, position);
    push(indexes.eventsByType, event.type, position);
    const span = daysBetween(event.dateRange.earliest, event.dateRange.latest);
    if (span < OPEN_ENDED_DAYS) indexes.maxEventSpanDays = Math.max(indexes.maxEventSpanDays, span);
  });
  for (const table of [indexes.eventsByPlace, indexes.eventsByActor, indexes.eventsByTheme]) {
    for (const key of Object.keys(table)) table[key]!.sort((a, b) => a - b);
  }
  // "name\0id" to its index entry, so the entries come out of the sort below without re-splitting the keys
  const names = new Map<string, [string, string, 0 | 1]>();
  const addName = (id: string, name: string | undefined) => {
    if (!name) return;
    const words = normalizeName(name).split(' ').filter(Boolean);
    // every word start, so "kozlov" finds "Vladimir Kozlov"
    for (let i = 0; i < words.length; i++) {
      const suffix = words.slice(i).join(' ');
      const key = `${suffix}\u0000${id}`;
      const entry = names.get(key);
      // a whole name (0) wins over the same words found as the tail of a longer name (1)
      if (!entry) names.set(key, [suffix, id, i === 0 ? 0 : 1]);
      else if (i === 0) entry[2] = 0;
    }
  };
  for (const a of [...dataset.actors, ...dataset.places]) [a.name, ...a.aliases].forEach((n) => addName(a.id, n));
  for (const e of dataset.events) addName(e.id, e.title);
  for (const s of dataset.sources) addName(s.id, s.title);
  for (const t of dataset.themes) addName(t.id, t.name);
  // "name\0id" keys in code-unit order are in name order, then id order (\0 sorts before any
  // character), and the built-in comparison is much faster than a comparator on 100,000s of keys
  indexes.names = [...names.keys()].sort().map((key) => names.get(key)!);
  return indexes;
}
