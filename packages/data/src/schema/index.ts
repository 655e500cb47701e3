import { ActorInput, Actor } from './actor.js';
import { ClaimInput, Claim } from './claim.js';
import { EventInput, Event } from './event.js';
import { PlaceInput, Place } from './place.js';
import { RedirectInput, Redirect } from './redirect.js';
import { SourceInput, Source } from './source.js';
import { ThemeInput, Theme } from './theme.js';

export * from './common.js';
export * from './source.js';
export * from './claim.js';
export * from './event.js';
export * from './actor.js';
export * from './place.js';
export * from './theme.js';
export * from './redirect.js';
export * from './vocabulary.js';

/** The collections in build order, each with the schema of its YAML files and of its emitted records. */
export const collections = {
  sources: { input: SourceInput, output: Source },
  claims: { input: ClaimInput, output: Claim },
  events: { input: EventInput, output: Event },
  actors: { input: ActorInput, output: Actor },
  places: { input: PlaceInput, output: Place },
  themes: { input: ThemeInput, output: Theme },
  redirects: { input: RedirectInput, output: Redirect },
} as const;

export type CollectionName = keyof typeof collections;
export const collectionNames = Object.keys(collections) as CollectionName[];
