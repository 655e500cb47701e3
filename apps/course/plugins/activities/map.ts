/**
 * The map of Kazakhstan for "Map it", drawn at build time: Natural Earth's country outlines from
 * the npm package world-atlas, projected with d3-geo into SVG paths, and the data's places with
 * coordinates projected onto it. The page ships the paths only: no tiles, no map library, so it
 * works offline and costs the lesson pages nothing.
 */
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { Topology } from 'topojson-specification';
import * as kz from '@kzprotest/data';
import type { MapPlace, MapShape } from '../../src/components/activities/types';

const require = createRequire(import.meta.url);

/** ISO 3166-1 numeric codes, as world-atlas keys its countries. */
const KAZAKHSTAN = '398';
const NEIGHBOURS = ['643', '156', '417', '860', '795'];
const WIDTH = 800;
const HEIGHT = 460;
const PAD = 24;

export interface ProjectedMap {
  shape: MapShape;
  places: MapPlace[];
}

/** Whether a place lies in Kazakhstan by its partOf chain. */
function inKazakhstan(id: string): boolean {
  const seen = new Set<string>();
  for (let p: string | undefined = id; p && !seen.has(p); p = kz.get(p, 'places').partOf) {
    if (p === 'kazakhstan') return true;
    seen.add(p);
  }
  return false;
}

let cached: ProjectedMap | undefined;

/** The projected map and every place of the data in Kazakhstan that has coordinates (computed once). */
export function kazakhstanMap(): ProjectedMap {
  if (cached) return cached;
  const topology = require('world-atlas/countries-50m.json') as Topology;
  const { version } = require('world-atlas/package.json') as { version: string };
  const countries = feature(topology, topology.objects.countries!) as unknown as FeatureCollection<Geometry, { name: string }>;
  const byId = (id: string) => countries.features.find((f) => String(f.id) === id) as Feature<Geometry, { name: string }>;
  const country = byId(KAZAKHSTAN);
  // an equal-area conic centred on the country, as atlases draw Central Asia
  const projection = geoConicEqualArea().parallels([42, 52]).rotate([-67, 0]).fitExtent([[PAD, PAD], [WIDTH - PAD, HEIGHT - PAD]], country);
  projection.clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection).digits(1);
  const places = kz.places
    .filter((p) => p.coordinates && inKazakhstan(p.id))
    .map((p) => {
      const c = p.coordinates!;
      const [x, y] = projection([c.longitude, c.latitude])!;
      return {
        id: p.id,
        name: p.name,
        href: `/places/${p.id}`,
        x: Math.round(x * 10) / 10,
        y: Math.round(y * 10) / 10,
        latitude: c.latitude,
        longitude: c.longitude,
        origin: [c.origin.dataset, c.origin.record, c.origin.license].filter(Boolean).join(', '),
      };
    });
  cached = {
    shape: {
      width: WIDTH,
      height: HEIGHT,
      country: path(country) ?? '',
      neighbours: NEIGHBOURS.map(byId).map((f) => {
        const [labelX, labelY] = path.centroid(f);
        return { name: f.properties.name, d: path(f) ?? '', labelX: Math.round(labelX), labelY: Math.round(labelY) };
      }).filter((n) => n.d && Number.isFinite(n.labelX)),
      credit: `Country outlines: Natural Earth 1:50m Admin 0 (public domain), from the npm package world-atlas ${version}, drawn with d3-geo.`,
    },
    places,
  };
  return cached;
}
