import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import type { Dataset } from '../src/dataset.js';

export const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** A fresh folder under the system's temporary one, named kz-<name>-<random>. */
export const tempFolder = (name: string) => mkdtempSync(join(tmpdir(), `kz-${name}-`));

/**
 * The error a call throws, checked to be a `type`; the test fails when the call throws nothing.
 * @example thrownBy(() => get('nope'), KzDataError).code // "UNKNOWN_ID"
 */
export function thrownBy<E extends Error>(run: () => unknown, type: abstract new (...args: never[]) => E): E {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(type);
    return error as E;
  }
  throw new Error(`expected the call to throw a ${type.name}`);
}

/**
 * tempFolder for tests that want each folder gone after the test that made it.
 * @example const fresh = freshFolders('write'); it('…', () => { const dir = fresh(); … })
 */
export function freshFolders(name: string): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = tempFolder(name);
    made.push(dir);
    return dir;
  };
}
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

/** Node run with `args` in the package's folder: the test fails on anything written to stderr; stdout is read as JSON. */
export function nodeJson(args: string[]): any {
  const result = spawnSync(process.execPath, args, { cwd: packageDir, encoding: 'utf8' });
  expect(result.stderr, args.join(' ')).toBe('');
  return JSON.parse(result.stdout);
}

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
  const dir = tempFolder('datapackage');
  const run = cli('datapackage', dir);
  if (run.code !== 0) throw new Error(`kzprotest datapackage ${dir} exited ${run.code}: ${run.stderr}`);
  return (dataPackageDir = dir);
}
