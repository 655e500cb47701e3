/**
 * The "Map it" map as the build draws it (plugins/activities/map.ts): Kazakhstan and its five
 * neighbours, each neighbour's name at a point of the label grid that lies inside it, and the
 * data's places with coordinates where the projection puts them.
 */
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import * as kz from '@kzprotest/data';
import { kazakhstanMap } from '../plugins/activities/map';

const require = createRequire(import.meta.url);

describe('the map of Kazakhstan', () => {
  const map = kazakhstanMap();

  it('draws the country and the five neighbours, each named inside its own outline', () => {
    expect(map.shape.country.length).toBeGreaterThan(1000);
    expect(map.shape.neighbours.map((n) => n.name).sort()).toEqual(['China', 'Kyrgyzstan', 'Russia', 'Turkmenistan', 'Uzbekistan']);
    // the same projection from the whole world's outlines, to check each label against its country there
    const topology = require('world-atlas/countries-50m.json') as Topology;
    const world = feature(topology, topology.objects.countries as GeometryCollection) as unknown as { features: Feature<Geometry, { name: string }>[] };
    const kazakhstan = world.features.find((f) => String(f.id) === '398')!;
    const projection = geoConicEqualArea().parallels([42, 52]).rotate([-67, 0]).fitExtent([[24, 24], [800 - 24, 460 - 24]], kazakhstan);
    for (const n of map.shape.neighbours) {
      const country = world.features.find((f) => f.properties.name === n.name)!;
      expect([n.labelX % 20, n.labelY % 20], n.name).toEqual([0, 0]);
      expect(geoContains(country, projection.invert!([n.labelX, n.labelY])!), n.name).toBe(true);
    }
    // the grid point inside each country nearest the middle of its grid points, as the search of
    // the whole grid found them before it skipped the points outside each country's bounds; read
    // against the map: Russia along the top, China and Kyrgyzstan to the south-east, Uzbekistan
    // and Turkmenistan to the south and south-west
    expect(map.shape.neighbours.map((n) => [n.name, n.labelX, n.labelY])).toEqual([
      ['Russia', 280, 60],
      ['China', 700, 380],
      ['Kyrgyzstan', 560, 400],
      ['Uzbekistan', 300, 380],
      ['Turkmenistan', 220, 420],
    ]);
  });

  it('puts every place in Kazakhstan that has coordinates on it, where the projection puts it', () => {
    const chainReaches = (id: string | undefined, target: string): boolean => !!id && (id === target || chainReaches(kz.get(id, 'places').partOf, target));
    const expected = kz.places.filter((p) => p.coordinates && chainReaches(p.id, 'kazakhstan')).map((p) => p.id);
    expect(map.places.map((p) => p.id).sort()).toEqual(expected.sort());
    for (const p of map.places) {
      const place = kz.get(p.id, 'places');
      expect([p.latitude, p.longitude]).toEqual([place.coordinates!.latitude, place.coordinates!.longitude]);
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(map.shape.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(map.shape.height);
    }
  });
});
