import type { Dataset, Indexes } from '../dataset.js';
import { placeChain } from '../format/placeChain.js';
import { daysBetween } from './dates.js';
import { normalizeName } from './normalize.js';
import { ownCopy } from '../ownCopy.js';

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
  // one "name\0id\0rank" key per word start of each record's names: the built-in sort of plain
  // strings is much faster than a comparator on 100,000s of entries, and a key holds no array
  // until the sorted keys become entries (a Map of entries cost about 100 MB at 100,000 events)
  const keys: string[] = [];
  const ranks = new Map<string, 0 | 1>();
  const addNames = (id: string, names: readonly (string | undefined)[]) => {
    for (const name of names) {
      if (!name) continue;
      // normalizeName leaves single spaces between words, so a suffix from a word start is a slice
      const words = normalizeName(name);
      // every word start, so "kozlov" finds "Vladimir Kozlov"
      for (let at = 0; at < words.length; at = words.indexOf(' ', at) + 1 || words.length) {
        const suffix = at ? words.slice(at) : words;
        // a whole name (0) wins over the same words found as the tail of a longer name (1)
        if (at === 0 || !ranks.has(suffix)) ranks.set(suffix, at === 0 ? 0 : 1);
      }
    }
    for (const [suffix, rank] of ranks) keys.push(`${suffix}\u0000${id}\u0000${rank}`);
    ranks.clear();
  };
  for (const a of [...dataset.actors, ...dataset.places]) addNames(a.id, [a.name, ...a.aliases]);
  for (const e of dataset.events) addNames(e.id, [e.title]);
  for (const s of dataset.sources) addNames(s.id, [s.title]);
  for (const t of dataset.themes) addNames(t.id, [t.name]);
  // in code-unit order the keys are in name order, then id order (\0 sorts before any character);
  // a name and id met in two records (a corpus of one's own may repeat an id) come together, the
  // whole-name rank first, and make one entry
  keys.sort();
  // an entry holds the record's own id and one copy of its name, not slices of its key (V8 makes a
  // slice of 13 characters or more a view into the string it came from), which kept every key alive
  const ownIds = new Map<string, string>();
  for (const records of [dataset.actors, dataset.places, dataset.events, dataset.sources, dataset.themes]) for (const { id } of records) ownIds.set(id, id);
  const names: Indexes['names'] = [];
  let lastNameAndId = '';
  let lastName = '';
  for (const key of keys) {
    const rankAt = key.length - 2;
    const nameAndId = key.slice(0, rankAt);
    if (nameAndId === lastNameAndId) continue;
    lastNameAndId = nameAndId;
    const idAt = key.indexOf('\u0000');
    const name = key.slice(0, idAt);
    // equal names sort together, so one copy serves each run of them
    if (name !== lastName) lastName = ownCopy(name);
    const id = key.slice(idAt + 1, rankAt);
    names.push([lastName, ownIds.get(id) ?? ownCopy(id), key.charCodeAt(rankAt + 1) === 0x30 ? 0 : 1]);
  }
  indexes.names = names;
  return indexes;
}
