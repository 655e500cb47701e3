import { readFileSync } from 'node:fs';
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
