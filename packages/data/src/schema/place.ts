import { z } from 'zod';
import { Id, Origin } from './common.js';
import { Spelling } from './actor.js';

export const PlaceKind = z.enum(['country', 'region', 'city', 'town', 'district', 'site', 'building']);

/** Coordinates come from a gazetteer, never from a seed or memory; `origin` says which. */
export const Coordinates = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  origin: Origin,
});

export const PlaceInput = z.strictObject({
  id: Id,
  kind: PlaceKind,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  partOf: Id.optional(),
  coordinates: Coordinates.optional(),
  description: z.string().min(1).optional(),
});

export const Place = PlaceInput.extend({
  aliases: z.array(z.string()),
  spellings: z.array(Spelling),
  claims: z.array(Id),
});

export type PlaceKind = z.infer<typeof PlaceKind>;
export type PlaceInput = z.input<typeof PlaceInput>;
export type Place = z.infer<typeof Place>;
