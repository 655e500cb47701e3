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
  // every word start of each record's names, in parallel lists: a Map of "name\0id" to entries
  // cost about 100 MB at 100,000 events. A suffix is a slice of its normalized name, whose words
  // normalizeName leaves one space apart; the ids are the records' own strings
  const suffixes: string[] = [];
  const ids: string[] = [];
  const ranks: (0 | 1)[] = [];
  const rankOf = new Map<string, 0 | 1>();
  const addNames = (id: string, names: readonly (string | undefined)[]) => {
    for (const name of names) {
      if (!name) continue;
      const words = normalizeName(name);
      for (let at = 0; at < words.length; at = words.indexOf(' ', at) + 1 || words.length) {
        const suffix = at ? words.slice(at) : words;
        // every word start, so "kozlov" finds "Vladimir Kozlov"; a whole name (0) wins over the
        // same words found as the tail of a longer name (1)
        if (at === 0 || !rankOf.has(suffix)) rankOf.set(suffix, at === 0 ? 0 : 1);
      }
    }
    for (const [suffix, rank] of rankOf) (suffixes.push(suffix), ids.push(id), ranks.push(rank));
    rankOf.clear();
  };
  for (const a of [...dataset.actors, ...dataset.places]) addNames(a.id, [a.name, ...a.aliases]);
  for (const e of dataset.events) addNames(e.id, [e.title]);
  for (const s of dataset.sources) addNames(s.id, [s.title]);
  for (const t of dataset.themes) addNames(t.id, [t.name]);
  // sorted as numbers: each distinct name and id replaced by its place in code-unit order, and an
  // entry by (name's place × ids + id's place) × 2 + rank, which the typed array's built-in sort
  // orders by name, then id, then rank 0 first. A string key per entry cost about 60 MB more
  // short-lived memory at 100,000 events, in about the same time (BENCHMARKS.md, fourteenth
  // round). A name and id met in two records (a corpus of one's own may repeat an id) sort
  // together and make one entry
  const byName = codeUnitOrder(suffixes);
  const byId = codeUnitOrder(ids);
  const idCount = byId.sorted.length;
  if (byName.sorted.length * idCount * 2 > Number.MAX_SAFE_INTEGER) throw new RangeError(`buildIndexes: ${byName.sorted.length} names × ${idCount} ids are too many to sort as numbers`);
  const keys = new Float64Array(suffixes.length);
  for (let i = 0; i < suffixes.length; i++) keys[i] = (byName.placeOf.get(suffixes[i]!)! * idCount + byId.placeOf.get(ids[i]!)!) * 2 + ranks[i]!;
  keys.sort();
  const names: Indexes['names'] = [];
  let lastPair = -1;
  for (const key of keys) {
    // the rank-0 entry of a name and id sorts first, so later ones of the same pair add nothing
    const pair = Math.floor(key / 2);
    if (pair === lastPair) continue;
    lastPair = pair;
    names.push([byName.sorted[Math.floor(pair / idCount)]!, byId.sorted[pair % idCount]!, (key % 2) as 0 | 1]);
  }
  indexes.names = names;
  return indexes;
}

/** Each distinct string of a list, in code-unit order, and a Map from each to its place in that order. */
function codeUnitOrder(list: readonly string[]): { sorted: string[]; placeOf: Map<string, number> } {
  // one Map, first as the set of distinct strings: a Set, a list of pairs and a Map cost three times the memory
  const placeOf = new Map<string, number>();
  for (const value of list) placeOf.set(value, 0);
  const sorted = [...placeOf.keys()].sort();
  for (let place = 0; place < sorted.length; place++) placeOf.set(sorted[place]!, place);
  return { sorted, placeOf };
}
