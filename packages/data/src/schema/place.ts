import { z } from 'zod';
import { Id, Origin } from './common.js';
import { Spelling } from './actor.js';
import { placeKinds } from './vocabulary.js';

export const PlaceKind = z.enum(placeKinds);

/** Coordinates come from a gazetteer, never from a seed or memory; `origin` says which. */
export const Coordinates = z.strictObject({
  latitude: z.number().min(-90).max(90).describe('Latitude in degrees, as the gazetteer gives it.'),
  longitude: z.number().min(-180).max(180).describe('Longitude in degrees.'),
  origin: Origin.describe('The dataset the coordinates come from (a gazetteer), with its record and licence where known.'),
});

const placeAliasesText = 'Every other spelling the seeds use.';

export const PlaceInput = z.strictObject({
  id: Id.describe('Permanent id of the place, unique across every collection.'),
  kind: PlaceKind.describe('What kind of place it is: country, region, city, town, district, site or building.'),
  name: z.string().min(1).describe('The place’s name.'),
  aliases: z.array(z.string().min(1)).default([]).describe(placeAliasesText),
  partOf: Id.optional().describe('Id of the place this one lies in.'),
  coordinates: Coordinates.optional().describe('Latitude and longitude from a gazetteer, with their origin; absent when none is recorded.'),
  description: z.string().min(1).optional().describe('What the place is, in a few words.'),
});

export const Place = PlaceInput.extend({
  aliases: z.array(z.string()).describe(placeAliasesText),
  spellings: z.array(Spelling).describe('Each spelling of the name with the sources whose quotable text uses it.'),
  claims: z.array(Id).describe('Ids of every claim whose about names this place.'),
});

export type PlaceKind = z.infer<typeof PlaceKind>;
export type PlaceInput = z.input<typeof PlaceInput>;
export type Place = z.infer<typeof Place>;
