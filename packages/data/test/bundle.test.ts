import { build as esbuild } from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeJson, packageDir, shippedDataset } from './helpers.js';

const dataset = shippedDataset();
// inside the workspace, so that '@kzprotest/data' resolves as it does for a project that depends on it
mkdirSync(join(packageDir, 'node_modules'), { recursive: true });
const dir = mkdtempSync(join(packageDir, 'node_modules', '.kz-bundle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const app = `import { eventsCsv, sourcesBibtex, eventsGeoJson } from '@kzprotest/data/export';
import { get, events } from '@kzprotest/data';
globalThis.result = [events.length, eventsCsv().split('\\r\\n').length - 2, sourcesBibtex().startsWith('@'), eventsGeoJson().features.length > 0, get('zhanaozen').name];
if (typeof document !== 'undefined') document.title = JSON.stringify(globalThis.result); else console.log(JSON.stringify(globalThis.result));
`;
const expected = [dataset.events.length, dataset.events.length, true, true, 'Zhanaozen'];
const runInNode = (file: string) => nodeJson([file]);

describe('@kzprotest/data/export in a browser bundle', () => {
  it('esbuild (platform browser) bundles it, and the bundle runs', async () => {
    writeFileSync(join(dir, 'app.mjs'), app);
    const outfile = join(dir, 'esbuild', 'app.mjs');
    const result = await esbuild({ entryPoints: [join(dir, 'app.mjs')], bundle: true, platform: 'browser', format: 'esm', outfile, logLevel: 'silent' });
    expect(result.errors).toEqual([]);
    expect(runInNode(outfile)).toEqual(expected);
  });

  it('Vite builds it for the browser, and the bundle runs', async () => {
    const { build } = await import('vite');
    const root = join(dir, 'vite');
    mkdirSync(root, { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    writeFileSync(join(root, 'main.js'), app);
    await build({ root, logLevel: 'silent', // no modulepreload polyfill: it touches document, and the bundle is run in Node here
    build: { outDir: join(root, 'dist'), minify: false, modulePreload: { polyfill: false } } });
    const [js] = readdirSync(join(root, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
    writeFileSync(join(root, 'dist', 'run.mjs'), readFileSync(join(root, 'dist', 'assets', js!), 'utf8'));
    expect(runInNode(join(root, 'dist', 'run.mjs'))).toEqual(expected);
  });

  it('importing one small export does not pull in the records', async () => {
    writeFileSync(join(dir, 'small.mjs'), `import { eventTypes } from '@kzprotest/data'; console.log(Object.keys(eventTypes).length);`);
    const result = await esbuild({ entryPoints: [join(dir, 'small.mjs')], bundle: true, platform: 'browser', format: 'esm', minify: true, write: false, logLevel: 'silent' });
    const text = result.outputFiles[0]!.text;
    expect(text).not.toContain(dataset.claims[0]!.id);
    expect(text.length).toBeLessThan(20_000);
  });
});
