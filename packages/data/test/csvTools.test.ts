import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unneutralise } from '../src/export/csv.js';
import { tables, type TableName } from '../src/export/datapackage.js';
import { packageDir, shippedDataset, writtenDataPackage, tempFolder } from './helpers.js';
import { runPython } from './python.js';

type Read = { csv: string[][]; pandas: { columns: string[]; dtypes: string[]; rows: (string | number | boolean | null)[][] } };

// the records as the JSON export ships them: what every CSV reader must get back
const data = shippedDataset();
const names = Object.keys(tables) as TableName[];
const shipped = (name: string) => join(writtenDataPackage(), 'export', `${name}.csv`);

/** Each table's cells from the JSON records (undefined for unknown), through the table's column definitions. */
function expectedCells(name: TableName) {
  const table = tables[name](data) as unknown as { columns: { name: string; type: string; value: (r: unknown) => string | number | boolean | undefined }[] };
  const records = data[name] as unknown[];
  return { columns: table.columns, rows: records.map((r) => table.columns.map((c) => c.value(r))) };
}

const asText = (v: string | number | boolean | undefined) => (v === undefined ? '' : String(v));

function checkCsvModule(name: TableName, read: Read['csv']) {
  const { columns, rows } = expectedCells(name);
  expect(read[0], `${name}: header`).toEqual(columns.map((c) => c.name));
  expect(read.length - 1, `${name}: Python's csv module reads one row per record`).toBe(rows.length);
  rows.forEach((row, i) => row.forEach((v, j) => expect(unneutralise(read[i + 1]![j]!), `${name} row ${i + 1} (${asText(row[0])}) column ${columns[j]!.name}`).toBe(asText(v))));
}

function checkPandas(name: TableName, read: Read['pandas']) {
  const { columns, rows } = expectedCells(name);
  expect(read.columns, `${name}: pandas columns`).toEqual(columns.map((c) => c.name));
  expect(read.rows.length, `${name}: pandas reads one row per record`).toBe(rows.length);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const got = read.rows[i]![j];
      const where = `${name} row ${i + 1} (${asText(row[0])}) column ${columns[j]!.name} (pandas dtype ${read.dtypes[j]})`;
      if (v === undefined) expect(got, where).toBeNull();
      else if (typeof v === 'number') expect(got, where).toBe(v);
      else if (typeof v === 'boolean') expect(got, where).toBe(v);
      else expect(typeof got === 'string' ? unneutralise(got) : got, where).toBe(v);
    }),
  );
}

describe('the CSV exports as pandas and Python\'s csv module read them (Debian /usr/bin/python3, default settings)', () => {
  it('every export/*.csv of the data package the CLI writes gives exactly the JSON records, cell by cell', () => {
    const read = runPython<Record<string, Read>>('read_csv.py', ...names.map(shipped));
    for (const name of names) {
      checkCsvModule(name, read[shipped(name)]!.csv);
      checkPandas(name, read[shipped(name)]!.pandas);
    }
    // the claims hold quotes with bare line feeds: those are the cells a writer gets wrong
    expect(data.claims.some((c) => c.quote.exact.includes('\n'))).toBe(true);
    expect(read[shipped('claims')]!.pandas.rows.map((r) => r[0])).toEqual(data.claims.map((c) => c.id));
  });

  it('kzprotest export prints the same CSV to stdout, and --bom gives a file pandas still reads', () => {
    const dir = tempFolder('csv');
    const files: string[] = [];
    for (const name of names) {
      const out = spawnSync(process.execPath, [join(packageDir, 'dist/cli.js'), 'export', name, '--format', 'csv'], { encoding: 'utf8', maxBuffer: 1 << 26 });
      expect(out.status, out.stderr).toBe(0);
      expect(out.stdout).toBe(readFileSync(shipped(name), 'utf8'));
      files.push(join(dir, `${name}.csv`));
      writeFileSync(files.at(-1)!, out.stdout);
    }
    const bom = spawnSync(process.execPath, [join(packageDir, 'dist/cli.js'), 'export', 'claims', '--format', 'csv', '--bom'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(bom.stdout.startsWith('\uFEFF')).toBe(true);
    const bomFile = join(dir, 'claims-bom.csv');
    writeFileSync(bomFile, bom.stdout);
    const read = runPython<Record<string, Read>>('read_csv.py', ...files, bomFile);
    names.forEach((name, i) => checkCsvModule(name, read[files[i]!]!.csv));
    checkPandas('claims', read[bomFile]!.pandas);
  });

  it('the shipped files are RFC 4180: no byte order mark, CRLF after every record and nowhere else unquoted', () => {
    for (const name of names) {
      const text = readFileSync(shipped(name), 'utf8');
      expect(text.startsWith('\uFEFF'), name).toBe(false);
      expect(text.endsWith('\r\n'), name).toBe(true);
      // outside quoted fields every line break is a CRLF record ending
      const unquoted = text.replace(/"(?:[^"]|"")*"/g, '');
      expect(unquoted.replaceAll('\r\n', '').match(/[\r\n]/), name).toBeNull();
      expect(unquoted.split('\r\n').length - 1, name).toBe((data[name] as unknown[]).length + 1);
    }
  });
});
