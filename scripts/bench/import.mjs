/**
 * Cold import of the built package vs JSON.parse of the same data bytes, each in fresh Node
 * processes, timed inside the process (Node's own start-up is the same for both and left out).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { median } from './util.mjs';

const here = import.meta.dirname;

/** Time `node <script> <arg>` in fresh processes; the script prints milliseconds. */
function timeFresh(script, arg, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(Number(execFileSync(process.execPath, [join(here, script), arg], { encoding: 'utf8' })));
  return times;
}

/**
 * @param {{ packageDir: string, tmpDir: string, runs?: number }} options
 * @returns {Promise<Record<string, { value: number, unit: string }>>}
 */
export async function importBench({ packageDir, tmpDir, runs = 21 }) {
  // what Node loads for "@kzprotest/data" (the "node-addons" condition), and what a bundler inlines
  const { exports } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  const entry = join(packageDir, exports['.']['node-addons'].import.default);
  const cjsEntry = join(packageDir, exports['.']['node-addons'].require.default);
  const inlinedEntry = join(packageDir, exports['.'].import.default);
  const pkg = await import(pathToFileURL(entry).href);
  // the bytes the package holds: every collection and the indexes it ships with them
  const dataset = { sources: pkg.sources, claims: pkg.claims, events: pkg.events, actors: pkg.actors, places: pkg.places, themes: pkg.themes, redirects: pkg.redirects };
  const floorFile = join(tmpDir, 'import-floor.json');
  const json = JSON.stringify({ dataset, indexes: pkg.buildIndexes(dataset), meta: pkg.meta });
  writeFileSync(floorFile, json);
  // the ESM loader's own fixed cost, which an import pays and a JSON.parse does not
  const emptyModule = join(tmpDir, 'empty-module.mjs');
  writeFileSync(emptyModule, 'export {};\n');
  // interleave the three, so a busy moment on the machine hits them alike
  const esm = [];
  const cjs = [];
  const floor = [];
  const empty = [];
  const inlined = [];
  for (let i = 0; i < runs; i++) {
    empty.push(...timeFresh('child-import.mjs', pathToFileURL(emptyModule).href, 1));
    esm.push(...timeFresh('child-import.mjs', pathToFileURL(entry).href, 1));
    cjs.push(...timeFresh('child-require.cjs', cjsEntry, 1));
    floor.push(...timeFresh('child-json.mjs', floorFile, 1));
    inlined.push(...timeFresh('child-import.mjs', pathToFileURL(inlinedEntry).href, 1));
  }
  const importMs = median(esm);
  const jsonMs = median(floor);
  return {
    import_ms: { value: importMs, unit: 'ms' },
    require_ms: { value: median(cjs), unit: 'ms' },
    json_parse_ms: { value: jsonMs, unit: 'ms' },
    import_ratio: { value: importMs / jsonMs, unit: 'x' },
    empty_module_import_ms: { value: median(empty), unit: 'ms' },
    // the build a bundler gets, records compiled into the module: what Node loaded before
    import_inlined_ms: { value: median(inlined), unit: 'ms' },
    data_bytes_kb: { value: Buffer.byteLength(json) / 1024, unit: 'kB' },
  };
}
