import type { Dataset } from '../dataset.js';

/** Ids under the id they link to; no prototype, so an id such as "constructor" finds only its own list. */
type LinkTable = Record<string, string[]>;
const linkTable = (): LinkTable => Object.create(null) as LinkTable;

/** Adds `from` to the list of `to`, once. */
function addLink(table: LinkTable, to: string, from: string): void {
  const list = table[to];
  if (!list) table[to] = [from];
  else if (list[list.length - 1] !== from) list.push(from);
}

/**
 * The links between records read backwards. The records store only the forward link (an event's
 * `partOf` and `causes`, a place's `partOf`, a theme's `broader`, a claim's `source` and `about`);
 * assembly reads the sorted records once and lists every reverse link, so the course and other
 * readers look them up instead of scanning a collection per record. Each list keeps the order of
 * its collection (events by date, places and themes by id, claims in source and quote order).
 * @example reverseLinksOf(dataset).parts['detentions-after-january-2022'] // the events that are partOf it
 */
export function reverseLinksOf(dataset: Pick<Dataset, 'claims' | 'events' | 'places' | 'themes'>) {
  /** event id → the events that are `partOf` it */
  const parts = linkTable();
  /** event id → the events whose `causes` name it */
  const causedBy = linkTable();
  /** place id → the places that are `partOf` it */
  const contains = linkTable();
  /** theme id → the themes whose `broader` it is */
  const narrower = linkTable();
  /** source id → its claims */
  const sourceClaims = linkTable();
  /** theme id → the claims whose `about` names it (events, actors and places list theirs as `claims`) */
  const themeClaims = linkTable();
  for (const event of dataset.events) {
    if (event.partOf) addLink(parts, event.partOf, event.id);
    for (const cause of event.causes) addLink(causedBy, cause, event.id);
  }
  for (const place of dataset.places) if (place.partOf) addLink(contains, place.partOf, place.id);
  const themes = new Set<string>();
  for (const theme of dataset.themes) {
    themes.add(theme.id);
    if (theme.broader) addLink(narrower, theme.broader, theme.id);
  }
  for (const claim of dataset.claims) {
    addLink(sourceClaims, claim.source, claim.id);
    for (const id of claim.about) if (themes.has(id)) addLink(themeClaims, id, claim.id);
  }
  return { parts, causedBy, contains, narrower, sourceClaims, themeClaims };
}

/** Every reverse link of a dataset, by kind and then by the id linked to (dist/runtime/links.json). */
export type ReverseLinks = ReturnType<typeof reverseLinksOf>;

/** A kind of reverse link: `parts`, `causedBy`, `contains`, `narrower`, `sourceClaims` or `themeClaims`. */
export type ReverseLink = keyof ReverseLinks;
