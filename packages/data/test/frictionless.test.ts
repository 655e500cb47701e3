import { Package } from 'datapackage';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedDataset, writtenDataPackage, tempFolder } from './helpers.js';

const data = shippedDataset();
// as users get it: written by the CLI, from the records the package ships
const folder = writtenDataPackage();
const descriptor = join(folder, 'datapackage.json');
const jsonOf = { 'events-csv': data.events, 'claims-csv': data.claims, 'sources-csv': data.sources, 'actors-csv': data.actors, 'places-csv': data.places } as Record<string, { id: string }[]>;

/** A copy of the data package with one CSV changed, to see the library reject it. */
function brokenCopy(file: string, change: (text: string) => string): string {
  const dir = tempFolder('dp');
  cpSync(folder, dir, { recursive: true });
  writeFileSync(join(dir, file), change(readFileSync(join(dir, file), 'utf8')));
  return join(dir, 'datapackage.json');
}

async function readTable(path: string, name: string) {
  const pkg = await Package.load(path);
  return pkg.resources.find((r) => r.name === name)!.read({ keyed: true, relations: true });
}

describe('the data package `kzprotest datapackage` writes, in the official Frictionless JavaScript library (npm datapackage 1.1)', () => {
  it('is a valid descriptor, every resource too', async () => {
    const pkg = await Package.load(descriptor);
    expect(pkg.errors.map((e) => e.message)).toEqual([]);
    expect(pkg.valid).toBe(true);
    for (const r of pkg.resources) expect(r.errors.map((e) => e.message), r.name).toEqual([]);
  });

  it('reads every table with its schema types and foreign keys, one row per JSON record', async () => {
    const pkg = await Package.load(descriptor);
    const tabular = pkg.resources.filter((r) => r.tabular);
    expect(tabular.map((r) => r.name)).toEqual(Object.keys(jsonOf));
    for (const r of tabular) {
      const rows = await r.read({ keyed: true, relations: true });
      const key = (r.descriptor.schema as { primaryKey: string }).primaryKey;
      expect(rows.map((row) => row[key]), r.name).toEqual(jsonOf[r.name]!.map((x) => x.id));
    }
    const events = await pkg.resources.find((r) => r.name === 'events-csv')!.read({ keyed: true });
    // cast by the schema: integers are numbers, dates are dates, unknown is null
    const shooting = events.find((e) => e.kz_id === 'zhanaozen-shooting-2011-12-16')!;
    expect(typeof shooting.fatalities).toBe('number');
    expect(shooting.event_date).toBeInstanceOf(Date);
    expect(events.some((e) => e.fatalities === null)).toBe(true);
  });

  it('rejects a claim whose source is not in sources.csv, and a file with a byte order mark (so the checks above can fail)', async () => {
    const badKey = brokenCopy('export/claims.csv', (t) => t.replace(`,${data.claims[0]!.source},`, ',no-such-source,'));
    await expect(readTable(badKey, 'claims-csv')).rejects.toThrow(/foreign key/i);
    const bom = brokenCopy('export/places.csv', (t) => `\uFEFF${t}`);
    await expect(readTable(bom, 'places-csv')).rejects.toThrow(/header/i);
  });
});
