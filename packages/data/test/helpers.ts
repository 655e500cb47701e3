import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
