import { check } from '@placemarkio/check-geojson';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { eventsCsv } from '../src/export/eventsTable.js';
import { eventsGeoJson, placesGeoJson } from '../src/export/geojson.js';
import { sourcesBibtex } from '../src/export/bibtex.js';
import { sourcesRis } from '../src/export/ris.js';
import { cli, packageDir, shippedDataset, writtenDataPackage, tempFolder } from './helpers.js';

const data = shippedDataset();
const dist = (path: string) => join(packageDir, 'dist', path);
const readCsv = (path: string, root = dist) => {
  const text = readFileSync(root(path), 'utf8');
  expect(text.startsWith('\uFEFF'), `${path} has no byte order mark (RFC 4180 UTF-8)`).toBe(false);
  const result = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  expect(result.errors, path).toEqual([]);
  return result;
};

describe('JSON Schemas of the build', () => {
  it('every dist/data collection validates against its dist/json-schema schema with ajv', () => {
    const files = readdirSync(dist('json-schema')).filter((f) => f.endsWith('.schema.json'));
    expect(files.length).toBeGreaterThanOrEqual(7);
    for (const file of files) {
      const name = file.replace('.schema.json', '');
      const ajv = new Ajv2020({ allErrors: true, strict: false });
      addFormats.default(ajv);
      const validate = ajv.compile(JSON.parse(readFileSync(dist(`json-schema/${file}`), 'utf8')));
      const valid = validate(JSON.parse(readFileSync(dist(`data/${name}.json`), 'utf8')));
      expect(validate.errors ?? [], name).toEqual([]);
      expect(valid, name).toBe(true);
    }
  });

  it('the schemas reject a broken record (so the check above can fail)', () => {
    const ajv = new Ajv2020({ strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(dist('json-schema/events.schema.json'), 'utf8')));
    expect(validate([{ ...data.events[0], date: '16 Dec 2011' }])).toBe(false);
  });
});

describe('GeoJSON', () => {
  it('places and events pass check-geojson, longitude first, with the coordinates origin', () => {
    for (const fc of [placesGeoJson(data), eventsGeoJson(data)]) {
      expect(() => check(JSON.stringify(fc))).not.toThrow();
      expect(fc.features.length).toBeGreaterThan(0);
    }
    for (const f of placesGeoJson(data).features) {
      const place = data.places.find((p) => p.id === f.id)!;
      expect(f.geometry.coordinates).toEqual([place.coordinates!.longitude, place.coordinates!.latitude]);
      expect(f.properties.coordinates_origin_dataset).toBe(place.coordinates!.origin.dataset);
    }
    expect(placesGeoJson(data).features).toHaveLength(data.places.filter((p) => p.coordinates).length);
    for (const f of eventsGeoJson(data).features) {
      if (f.geometry === null) continue;
      const from = data.places.find((p) => p.id === f.properties.coordinates_place_id)!;
      expect(f.geometry.coordinates, String(f.id)).toEqual([from.coordinates!.longitude, from.coordinates!.latitude]);
      expect(f.properties.coordinates_origin_record).toBe(from.coordinates!.origin.record ?? null);
    }
  });

  it('events: every event is in the GeoJSON, unlocated ones once with geometry null and no coordinates origin', () => {
    const { features } = eventsGeoJson(data);
    expect(new Set(features.map((f) => f.properties.event_id))).toEqual(new Set(data.events.map((e) => e.id)));
    const unlocated = features.filter((f) => f.geometry === null);
    // the data has events placed only at country level, where no coordinates are recorded
    expect(unlocated.length).toBeGreaterThan(0);
    for (const f of unlocated) {
      const event = data.events.find((e) => e.id === f.properties.event_id)!;
      expect(features.filter((g) => g.properties.event_id === event.id), event.id).toHaveLength(1);
      expect(f.id).toBe(event.id);
      expect(f.properties.coordinates_origin_dataset, event.id).toBeNull();
      expect(f.properties.place_id, event.id).toBe(event.places[0] ?? null);
      if (event.places[0]) expect(f.properties.geo_precision, event.id).toBe(3);
    }
    expect(() => check(JSON.stringify({ type: 'FeatureCollection', features: unlocated }))).not.toThrow();
  });

  it('check-geojson catches a broken point (so the check above can fail); ranges are checked here', () => {
    expect(() => check(JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['43.3'] } }] }))).toThrow();
    // check-geojson does not check ranges, so RFC 7946's are checked here
    for (const f of [...placesGeoJson(data).features, ...eventsGeoJson(data).features]) {
      if (f.geometry === null) continue;
      const [lon, lat] = f.geometry.coordinates;
      expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90, String(f.id)).toBe(true);
    }
  });
});

describe('kzprotest datapackage writes the Frictionless data package into a folder', () => {
  const written = (path: string) => join(writtenDataPackage(), path);
  it('holds every file, equal to what the functions return; the records and JSON Schemas as the package ships them', () => {
    for (const f of ['events.csv', 'claims.csv', 'sources.csv', 'actors.csv', 'places.csv', 'places.geojson', 'events.geojson', 'sources.bib', 'sources.ris', 'sources.csl.json']) {
      expect(existsSync(written(`export/${f}`)), f).toBe(true);
    }
    expect(readFileSync(written('export/events.csv'), 'utf8')).toBe(eventsCsv(data));
    expect(readFileSync(written('export/sources.bib'), 'utf8')).toBe(sourcesBibtex(data));
    expect(readFileSync(written('export/sources.ris'), 'utf8')).toBe(sourcesRis(data));
    expect(JSON.parse(readFileSync(written('export/places.geojson'), 'utf8'))).toEqual(placesGeoJson(data));
    for (const c of ['sources', 'claims', 'events', 'actors', 'places', 'themes', 'redirects']) {
      expect(readFileSync(written(`data/${c}.json`), 'utf8'), c).toBe(readFileSync(dist(`data/${c}.json`), 'utf8'));
      expect(readFileSync(written(`json-schema/${c}.schema.json`), 'utf8'), c).toBe(readFileSync(dist(`json-schema/${c}.schema.json`), 'utf8'));
    }
    expect(existsSync(dist('export')) || existsSync(dist('datapackage.json')), 'the build writes no second copy of the records as exports').toBe(false);
  });

  it('datapackage.json: every path exists, fields match the CSV headers, keys hold', () => {
    const pkg = JSON.parse(readFileSync(written('datapackage.json'), 'utf8'));
    const names = new Set<string>();
    for (const r of pkg.resources) {
      expect(names.has(r.name), r.name).toBe(false);
      names.add(r.name);
      expect(r.path.startsWith('/') || r.path.includes('..'), r.path).toBe(false);
      expect(existsSync(written(r.path)), r.path).toBe(true);
      if (r.jsonSchema) expect(existsSync(written(r.jsonSchema)), r.jsonSchema).toBe(true);
    }
    for (const c of ['sources', 'claims', 'events', 'actors', 'places', 'themes', 'redirects']) expect(pkg.resources.some((r: { jsonSchema?: string }) => r.jsonSchema === `json-schema/${c}.schema.json`), c).toBe(true);
    const tables = pkg.resources.filter((r: { profile: string }) => r.profile === 'tabular-data-resource');
    expect(tables.map((t: { name: string }) => t.name)).toEqual(['events-csv', 'claims-csv', 'sources-csv', 'actors-csv', 'places-csv']);
    const rowsOf = new Map<string, Record<string, string>[]>();
    for (const t of tables) {
      const { data: rows, meta } = readCsv(t.path, written);
      rowsOf.set(t.name, rows);
      expect(meta.fields, t.name).toEqual(t.schema.fields.map((f: { name: string }) => f.name));
      const keys = rows.map((r) => r[t.schema.primaryKey]);
      expect(new Set(keys).size, `${t.name} primary key is unique`).toBe(rows.length);
      for (const f of t.schema.fields) {
        for (const row of rows) {
          const v = row[f.name]!;
          if (v === '') continue;
          if (f.type === 'integer') expect(v, `${t.name}.${f.name}`).toMatch(/^-?\d+$/);
          if (f.type === 'number') expect(Number.isFinite(Number(v)), `${t.name}.${f.name}`).toBe(true);
          if (f.type === 'date') expect(v, `${t.name}.${f.name}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          if (f.type === 'boolean') expect(['true', 'false']).toContain(v);
        }
      }
    }
    for (const t of tables) {
      for (const fk of t.schema.foreignKeys ?? []) {
        const target = rowsOf.get(fk.reference.resource || t.name)!;
        const ids = new Set(target.map((r) => r[fk.reference.fields]));
        for (const row of rowsOf.get(t.name)!) if (row[fk.fields]) expect(ids.has(row[fk.fields]), `${t.name}.${fk.fields} = ${row[fk.fields]}`).toBe(true);
      }
    }
  });
});


describe('kzprotest export', () => {
  it('exits 2 naming the valid choices for a bad collection, format or combination', () => {
    const collection = cli('export', 'massacres', '--format', 'csv');
    expect(collection.code).toBe(2);
    expect(collection.stderr).toContain('events, claims, sources, actors, places');
    const format = cli('export', 'events', '--format', 'xlsx');
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('csv, json, geojson, csl, bibtex, ris');
    const combination = cli('export', 'actors', '--format', 'bibtex');
    expect(combination.code).toBe(2);
    expect(combination.stderr).toContain('its formats are: csv, json');
    expect(cli('export', 'events').code).toBe(2);
    expect(cli('export').code).toBe(2);
    expect(cli('--help').stdout).toContain('export <collection> --format');
  });

  it('prints each format to stdout: CSV that papaparse reads, JSON, GeoJSON, citations', () => {
    const csv = cli('export', 'events', '--format', 'csv');
    expect(csv.code).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(csv.stdout, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => r.kz_id)).toEqual(data.events.map((e) => e.id));
    expect(JSON.parse(cli('export', 'claims', '--format', 'json').stdout)).toEqual(data.claims);
    expect(() => check(cli('export', 'places', '--format', 'geojson').stdout)).not.toThrow();
    expect(JSON.parse(cli('export', 'sources', '--format', 'csl').stdout).map((i: { id: string }) => i.id)).toEqual(data.sources.map((s) => s.id));
    expect(cli('export', 'sources', '--format', 'bibtex').stdout).toContain(`{${data.sources[0]!.id},`);
    expect(cli('export', 'sources', '--format', 'ris').stdout).toMatch(/^TY {2}- /);
  });

  it('--out writes the file whole; a failure leaves no file and an existing one untouched', () => {
    const dir = tempFolder('export');
    const target = join(dir, 'events.csv');
    const ok = cli('export', 'events', '--format', 'csv', '--out', target, '--bom');
    expect(ok.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe(`\uFEFF${eventsCsv(data)}`);

    const missing = join(dir, 'no-such-folder', 'events.csv');
    const failed = cli('export', 'events', '--format', 'csv', '--out', missing);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('does not exist');
    expect(existsSync(join(dir, 'no-such-folder'))).toBe(false);

    const existing = join(dir, 'keep.csv');
    writeFileSync(existing, 'precious');
    // a bad combination is refused before anything is written
    expect(cli('export', 'actors', '--format', 'ris', '--out', existing).code).toBe(2);
    expect(readFileSync(existing, 'utf8')).toBe('precious');
    // the target is a folder: the rename fails and the temporary file is removed
    const asFolder = cli('export', 'events', '--format', 'csv', '--out', dir);
    expect(asFolder.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['events.csv', 'keep.csv']);
  });
});

describe('the ./export entry of the built package', () => {
  const run = (code: string, type: 'module' | 'commonjs') =>
    spawnSync(process.execPath, [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', code], { cwd: packageDir, encoding: 'utf8' });

  it('works from ESM and CommonJS with the package data as default', () => {
    const esm = run(`import { eventsCsv, fatalitiesOf } from '@kzprotest/data/export'; console.log(JSON.stringify([eventsCsv().split('\\r\\n')[0].split(',')[0], fatalitiesOf('zhanaozen-shooting-2011-12-16').claims.length > 0]))`, 'module');
    expect(esm.stderr).toBe('');
    expect(JSON.parse(esm.stdout)).toEqual(['event_id_cnty', true]);
    const cjs = run(`const x = require('@kzprotest/data/export'); console.log(x.placesGeoJson().features.length)`, 'commonjs');
    expect(cjs.stderr).toBe('');
    expect(Number(cjs.stdout)).toBe(data.places.filter((p) => p.coordinates).length);
  });

  it('neither the main entry nor /export loads any other package (no citation library, no zod)', () => {
    for (const entry of ['@kzprotest/data', '@kzprotest/data/export']) {
      const cjs = run(`require(${JSON.stringify(entry)}); console.log(JSON.stringify(Object.keys(require.cache).filter((k) => k.includes('node_modules'))))`, 'commonjs');
      expect(cjs.stderr).toBe('');
      expect(JSON.parse(cjs.stdout), entry).toEqual([]);
    }
  });
});
