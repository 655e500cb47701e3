import type { Dataset } from '../dataset.js';
import type { Origin, Place } from '../schema/index.js';
import { eventTypes } from '../schema/vocabulary.js';
import { fatalitiesOf } from './figures.js';
import { locate } from './location.js';
import { lookup } from './lookup.js';

type Scalar = string | number | boolean | null;

/** An RFC 7946 Point feature with flat properties (GIS tools read flat properties best). */
export interface PointFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: Record<string, Scalar>;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: PointFeature[];
}

const originProperties = (o: Origin) => ({
  coordinates_origin_dataset: o.dataset,
  coordinates_origin_record: o.record ?? null,
  coordinates_origin_license: o.license ?? null,
  coordinates_origin_note: o.note ?? null,
});

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
 * Events as GeoJSON: one Point feature per event and place (id "event/place"), for every place of
 * the event that has coordinates or lies in one that has. Events with no such place are left out.
 * @example eventsGeoJson(dataset).features.filter(f => f.properties.event_id === 'zhanaozen-oil-strike-2011')
 */
export function eventsGeoJson(data: Dataset): FeatureCollection {
  const l = lookup(data);
  const features: PointFeature[] = [];
  for (const e of data.events) {
    const acled = eventTypes[e.type].acled;
    const fatalities = fatalitiesOf(l, e.id);
    for (const placeId of e.places) {
      const where = locate(l, placeId);
      if (!where?.coordinatesFrom) continue;
      features.push({
        type: 'Feature',
        id: `${e.id}/${placeId}`,
        geometry: point(where.coordinatesFrom),
        properties: {
          event_id: e.id,
          title: e.title,
          edtf_date: e.date,
          date_earliest: e.dateRange.earliest,
          date_latest: e.dateRange.latest,
          kz_type: e.type,
          acled_event_type: acled?.eventType ?? null,
          acled_sub_event_type: acled?.subEventType ?? null,
          place_id: placeId,
          place_name: where.place.name,
          coordinates_place_id: where.coordinatesFrom.id,
          geo_precision: where.geoPrecision,
          fatalities: fatalities.fatalities ?? null,
          fatalities_claim_id: fatalities.claim?.id ?? null,
          claim_ids: e.claims.join('; '),
          ...originProperties(where.coordinatesFrom.coordinates!.origin),
        },
      });
    }
  }
  return { type: 'FeatureCollection', features };
}
