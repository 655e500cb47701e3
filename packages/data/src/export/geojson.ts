import type { Dataset } from '../dataset.js';
import type { Origin, Place } from '../schema/index.js';
import { eventTypes } from '../schema/vocabulary.js';
import { fatalitiesOf } from './figures.js';
import { locate, type EventLocation } from './location.js';
import { lookup } from './lookup.js';
import { startIsOpen } from '../query/dates.js';

type Scalar = string | number | boolean | null;

/** An RFC 7946 Point feature with flat properties (GIS tools read flat properties best). */
export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, Scalar>;
}

/** An RFC 7946 Feature whose geometry is null where no place of the event has coordinates (an "unlocated" feature, RFC 7946 §3.2). */
export interface EventFeature {
  type: 'Feature';
  id: string;
  geometry: PointFeature['geometry'] | null;
  properties: Record<string, Scalar>;
}

export interface FeatureCollection<F extends EventFeature = PointFeature> {
  type: 'FeatureCollection';
  features: F[];
}

const originProperties = (o: Origin) => ({
  coordinates_origin_dataset: o.dataset,
  coordinates_origin_record: o.record ?? null,
  coordinates_origin_license: o.license ?? null,
  coordinates_origin_note: o.note ?? null,
});

const noOrigin = { coordinates_origin_dataset: null, coordinates_origin_record: null, coordinates_origin_license: null, coordinates_origin_note: null };

// RFC 7946: longitude first
const point = (p: Place): PointFeature['geometry'] => ({ type: 'Point', coordinates: [p.coordinates!.longitude, p.coordinates!.latitude] });

/**
 * Places that have coordinates, as a GeoJSON FeatureCollection; each feature's properties say
 * where its coordinates come from.
 * @example placesGeoJson(dataset).features.find(f => f.id === 'zhanaozen')?.geometry.coordinates
 */
export function placesGeoJson(data: Dataset): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: data.places
      .filter((p) => p.coordinates)
      .map((p) => ({
        type: 'Feature',
        id: p.id,
        geometry: point(p),
        properties: { id: p.id, name: p.name, kind: p.kind, aliases: p.aliases.join('; '), part_of: p.partOf ?? null, ...originProperties(p.coordinates!.origin) },
      })),
  };
}

/**
 * Every event as GeoJSON: one Point feature per event and place (id "event/place") for each place
 * of the event that has coordinates or lies in one that has; an event with no such place (one
 * placed only in a country without coordinates) is one feature with `geometry: null`, never a
 * made-up point. `geo_precision` says how exact each point is.
 * @example eventsGeoJson(dataset).features.filter(f => f.properties.event_id === 'zhanaozen-oil-strike-2011')
 */
export function eventsGeoJson(data: Dataset): FeatureCollection<EventFeature> {
  const l = lookup(data);
  const features: EventFeature[] = [];
  for (const e of data.events) {
    const acled = eventTypes[e.type].acled;
    const fatalities = fatalitiesOf(l, e.id);
    const properties = (where: EventLocation | undefined, placeId: string | undefined) => ({
      event_id: e.id,
      title: e.title,
      edtf_date: e.date,
      date_earliest: startIsOpen(e.date) ? null : e.dateRange.earliest,
      date_latest: e.dateRange.latest,
      kz_type: e.type,
      acled_event_type: acled?.eventType ?? null,
      acled_sub_event_type: acled?.subEventType ?? null,
      place_id: placeId ?? null,
      place_name: where?.place.name ?? null,
      coordinates_place_id: where?.coordinatesFrom?.id ?? null,
      geo_precision: where?.geoPrecision ?? null,
      fatalities: fatalities.fatalities ?? null,
      fatalities_claim_id: fatalities.claim?.id ?? null,
      claim_ids: e.claims.join('; '),
      ...(where?.coordinatesFrom ? originProperties(where.coordinatesFrom.coordinates!.origin) : noOrigin),
    });
    const located = e.places.map((placeId) => [placeId, locate(l, placeId)] as const).filter(([, where]) => where?.coordinatesFrom);
    for (const [placeId, where] of located) features.push({ type: 'Feature', id: `${e.id}/${placeId}`, geometry: point(where!.coordinatesFrom!), properties: properties(where, placeId) });
    if (!located.length) features.push({ type: 'Feature', id: e.id, geometry: null, properties: properties(e.places[0] === undefined ? undefined : locate(l, e.places[0]), e.places[0]) });
  }
  return { type: 'FeatureCollection', features };
}
