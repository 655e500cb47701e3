/**
 * The map of Kazakhstan for "Map it", drawn at build time: Natural Earth's country outlines from
 * the npm package world-atlas, projected with d3-geo into SVG paths, and the data's places with
 * coordinates projected onto it. The page ships the paths only: no tiles, no map library, so it
 * works offline and costs the lesson pages nothing.
 */
import { createRequire } from 'node:module';
import { geoConicEqualArea, geoContains, geoPath, type GeoProjection } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
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

/**
 * Where to write a neighbour's name: among the points of a grid over the map that fall inside
 * it, the one nearest their middle (a clipped Russia is a strip along the top, whose centroid can
 * fall inside Kazakhstan).
 */
function labelPoint(projection: GeoProjection, f: Feature<Geometry>): [number, number] | undefined {
  const inside: [number, number][] = [];
  // a point of the map outside the country's drawn bounds cannot be in it: only those within are
  // tested on the sphere, where each test walks every vertex of the outline
  const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(f);
  for (let x = 40; x < WIDTH - 40; x += 20) for (let y = 20; y < HEIGHT - 10; y += 20) {
    if (x < x0 || x > x1 || y < y0 || y > y1) continue;
    const lonLat = projection.invert?.([x, y]);
    if (lonLat && geoContains(f, lonLat)) inside.push([x, y]);
  }
  if (inside.length === 0) return undefined;
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const mx = median(inside.map((p) => p[0]));
  const my = median(inside.map((p) => p[1]));
  return inside.reduce((best, p) => (Math.hypot(p[0] - mx, p[1] - my) < Math.hypot(best[0] - mx, best[1] - my) ? p : best));
}

/** Label offsets tried for each place, right first; the first that overlaps no earlier label or marker wins. */
const LABEL_SPOTS = [
  { dx: 10, dy: -8, anchor: 'start' },
  { dx: 10, dy: 18, anchor: 'start' },
  { dx: -10, dy: -8, anchor: 'end' },
  { dx: -10, dy: 18, anchor: 'end' },
] as const;

/** Boxes of labels (about 9 px a letter at the map's type size) so that close places do not write over each other. */
function placeLabels<P extends { name: string; x: number; y: number }>(places: P[]): (P & { labelX: number; labelY: number; labelAnchor: 'start' | 'end' })[] {
  const boxes: { x0: number; x1: number; y0: number; y1: number }[] = places.map((p) => ({ x0: p.x - 8, x1: p.x + 8, y0: p.y - 8, y1: p.y + 8 }));
  const overlaps = (b: (typeof boxes)[number]) => boxes.some((o) => b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1);
  return places.map((p) => {
    const width = p.name.length * 9;
    const boxOf = (s: (typeof LABEL_SPOTS)[number]) => {
      const x = p.x + s.dx;
      return { x0: s.anchor === 'start' ? x : x - width, x1: s.anchor === 'start' ? x + width : x, y0: p.y + s.dy - 14, y1: p.y + s.dy + 3 };
    };
    const spot = LABEL_SPOTS.find((s) => !overlaps(boxOf(s))) ?? LABEL_SPOTS[0];
    boxes.push(boxOf(spot));
    return { ...p, labelX: p.x + spot.dx, labelY: p.y + spot.dy, labelAnchor: spot.anchor };
  });
}

let cached: ProjectedMap | undefined;

/** The projected map and every place of the data in Kazakhstan that has coordinates (computed once). */
export function kazakhstanMap(): ProjectedMap {
  if (cached) return cached;
  const topology = require('world-atlas/countries-50m.json') as Topology;
  const { version } = require('world-atlas/package.json') as { version: string };
  // only the countries drawn, each decoded from the shared arcs as the whole collection would decode it
  const drawn = new Set([KAZAKHSTAN, ...NEIGHBOURS]);
  const all = topology.objects.countries as GeometryCollection;
  const countries = feature(topology, { ...all, geometries: all.geometries.filter((g) => drawn.has(String(g.id))) }) as unknown as FeatureCollection<Geometry, { name: string }>;
  const byId = (id: string) => countries.features.find((f) => String(f.id) === id) as Feature<Geometry, { name: string }>;
  const country = byId(KAZAKHSTAN);
  // an equal-area conic centred on the country, as atlases draw Central Asia
  const projection = geoConicEqualArea().parallels([42, 52]).rotate([-67, 0]).fitExtent([[PAD, PAD], [WIDTH - PAD, HEIGHT - PAD]], country);
  projection.clipExtent([[0, 0], [WIDTH, HEIGHT]]);
  const path = geoPath(projection).digits(1);
  const places = placeLabels(kz.places
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
    }));
  cached = {
    shape: {
      width: WIDTH,
      height: HEIGHT,
      country: path(country) ?? '',
      neighbours: NEIGHBOURS.map(byId).flatMap((f) => {
        const at = labelPoint(projection, f);
        const d = path(f);
        return at && d ? [{ name: f.properties.name, d, labelX: at[0], labelY: at[1] }] : [];
      }),
      credit: `Country outlines: Natural Earth 1:50m Admin 0 (public domain), from the npm package world-atlas ${version}, drawn with d3-geo.`,
    },
    places,
  };
  return cached;
}
