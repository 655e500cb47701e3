import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../src/dataset.js';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));
export const repoDir = fileURLToPath(new URL('../../..', import.meta.url));

/** The records as the package ships them (dist/data, written by the build). */
export function shippedDataset(): Dataset {
  const read = (name: string) => JSON.parse(readFileSync(`${packageDir}dist/data/${name}.json`, 'utf8'));
  return {
    sources: read('sources'),
    claims: read('claims'),
    events: read('events'),
    actors: read('actors'),
    places: read('places'),
    themes: read('themes'),
    redirects: read('redirects'),
  };
}

export const seedText = (file: string) => readFileSync(`${repoDir}seeds/${file}`, 'utf8');

/** Run the built CLI (dist/cli.js) with arguments; its exit code and output. */
export function cli(...args: string[]) {
  const result = spawnSync(process.execPath, [join(packageDir, 'dist/cli.js'), ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dataPackageDir: string | undefined;
/**
 * A folder the built CLI wrote the Frictionless data package into (`kzprotest datapackage`), once
 * per test file: the package ships only the records, and this is how users get the rest.
 */
export function writtenDataPackage(): string {
  if (dataPackageDir) return dataPackageDir;
  const dir = mkdtempSync(join(tmpdir(), 'kz-datapackage-'));
  const run = cli('datapackage', dir);
  if (run.code !== 0) throw new Error(`kzprotest datapackage ${dir} exited ${run.code}: ${run.stderr}`);
  return (dataPackageDir = dir);
}
