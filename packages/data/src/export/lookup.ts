import type { Dataset } from '../dataset.js';
import type { Actor, Claim, Event, Place, Source } from '../schema/index.js';
import { placeChain } from '../format/placeChain.js';
import { sourceLabel } from '../format/sourceLabel.js';
import { voiceText } from '../format/voice.js';

/** Id maps over a dataset, built once per export. */
export interface Lookup {
  data: Dataset;
  source: Map<string, Source>;
  claim: Map<string, Claim>;
  event: Map<string, Event>;
  actor: Map<string, Actor>;
  place: Map<string, Place>;
  claimsAbout: Map<string, Claim[]>;
}

export function lookup(data: Dataset): Lookup {
  const byId = <T extends { id: string }>(list: readonly T[]) => new Map(list.map((r) => [r.id, r]));
  const claimsAbout = new Map<string, Claim[]>();
  for (const c of data.claims) for (const id of c.about) claimsAbout.set(id, [...(claimsAbout.get(id) ?? []), c]);
  return { data, source: byId(data.sources), claim: byId(data.claims), event: byId(data.events), actor: byId(data.actors), place: byId(data.places), claimsAbout };
}

/** A place and then each place it lies in, nearest first (stops at a cycle). */
export const placeChainOf = (l: Lookup, placeId: string): Place[] => placeChain(l.place.get(placeId), (p) => (p.partOf ? l.place.get(p.partOf) : undefined));

export { sourceLabel };

/** Whose voice a claim is in, as words: "the source's own voice" or "Kazakh authorities via RSF" (attributedTo is outermost first). */
export function voiceOf(l: Lookup, c: Claim): string {
  return voiceText(c.attributedTo.map((id) => l.actor.get(id)?.name ?? id), { via: ' via ', own: "the source's own voice" });
}
