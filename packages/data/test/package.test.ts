import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageDir, shippedDataset, tempFolder } from './helpers.js';

const dataset = shippedDataset();
const run = (code: string, type: 'module' | 'commonjs') =>
  spawnSync(process.execPath, [type === 'module' ? '--input-type=module' : '--input-type=commonjs', '-e', code], { cwd: packageDir, encoding: 'utf8' });

describe('the built package', () => {
  it('imports from ESM with the same records as dist/data', () => {
    const result = run(
      `import { events, claims, meta, search } from '@kzprotest/data'; console.log(JSON.stringify([events.length, claims.length, meta.name, search('aqtau')[0].id]))`,
      'module',
    );
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([dataset.events.length, dataset.claims.length, '@kzprotest/data', 'aktau']);
  });

  it('requires from CommonJS with the same records', () => {
    const result = run(`const d = require('@kzprotest/data'); console.log(JSON.stringify([d.events.length, d.get('zhanaozen').name]))`, 'commonjs');
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([dataset.events.length, 'Zhanaozen']);
  });

  it('exposes the zod schemas on the ./schema entry', () => {
    const result = run(`const { collections } = require('@kzprotest/data/schema'); console.log(collections.events.output.safeParse({}).success)`, 'commonjs');
    expect(result.stdout.trim()).toBe('false');
  });
});

describe('the Node build and the inlined build', () => {
  // Node resolves the "node-addons" condition to index.node.* (records read from dist/data/ with fs);
  // bundlers and browsers get index.js / index.cjs, which import the same files
  const answers = (entry: string, type: 'module' | 'commonjs', prelude = '') => {
    const load = `${prelude}${type === 'module' ? `const d = await import(${JSON.stringify(entry)});` : `const d = require(${JSON.stringify(entry)});`}`;
    const code = `${load}
      const records = ['sources', 'claims', 'events', 'actors', 'places', 'themes', 'redirects'].map((c) => d[c]);
      console.log(JSON.stringify({
        records, meta: d.meta,
        december: d.findEvents({ from: '2011-12', to: '2011-12' }).map((e) => e.id),
        zhanaozen: d.findEvents({ place: 'zhanaozen' }).map((e) => e.id),
        search: d.search('janaozen').map((h) => h.id),
        killed: d.accountsOf('zhanaozen-shooting-2011-12-16', 'killed').map((a) => a.claim.id),
      }));`;
    const result = run(type === 'module' ? code : `(async () => { ${code} })()`, type);
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout);
  };

  it('Node resolves the package to the build that reads dist/data/ with fs', () => {
    const result = run(`console.log(JSON.stringify([import.meta.resolve('@kzprotest/data'), (await import('node:module')).createRequire(import.meta.url).resolve('@kzprotest/data')]))`, 'module');
    const [esm, cjs] = JSON.parse(result.stdout) as [string, string];
    expect(esm).toMatch(/\/dist\/index\.node\.js$/);
    expect(cjs).toMatch(/\/dist\/index\.node\.cjs$/);
  });

  it('give the same records, meta and query answers from ESM and CommonJS', () => {
    const inlinedEsm = answers('./dist/index.js', 'module');
    expect(inlinedEsm.records[2]).toEqual(dataset.events);
    expect(inlinedEsm.december.length).toBeGreaterThan(0);
    expect(inlinedEsm.killed.length).toBeGreaterThan(1);
    for (const [entry, type] of [['./dist/index.node.js', 'module'], ['./dist/index.node.cjs', 'commonjs'], ['./dist/index.cjs', 'commonjs']] as const) {
      expect(answers(entry, type), entry).toEqual(inlinedEsm);
    }
  });

  it('the ES module Node build takes fs from process.getBuiltinModule, and imports it where Node has none', () => {
    // importing fs as an ES module builds a facade of all of fs and fs/promises: a quarter of the import (BENCHMARKS.md)
    expect(readFileSync(join(packageDir, 'dist', 'index.node.js'), 'utf8')).not.toMatch(/^import\b.*\bfrom\s*['"](node:)?fs['"]/m);
    // Node 20 before 20.16 has no process.getBuiltinModule
    expect(answers('./dist/index.node.js', 'module', 'delete process.getBuiltinModule;')).toEqual(answers('./dist/index.node.js', 'module'));
  });

  it('the Node build finds its records from a folder whose path a URL would escape (space, #, %20)', () => {
    // the builds read dist/data/ by path from import.meta.dirname or __dirname, never through a URL
    const installed = join(tempFolder('path'), 'a b#c%20');
    cpSync(join(packageDir, 'dist'), join(installed, 'dist'), { recursive: true });
    cpSync(join(packageDir, 'package.json'), join(installed, 'package.json'));
    try {
      const expected = answers('./dist/index.node.js', 'module');
      expect(answers(pathToFileURL(join(installed, 'dist/index.node.js')).href, 'module')).toEqual(expected);
      expect(answers(join(installed, 'dist/index.node.cjs'), 'commonjs')).toEqual(expected);
    } finally {
      rmSync(dirname(installed), { recursive: true, force: true });
    }
  });

  it('a bundle made for Node (esbuild, platform node) carries the records itself, as ESM and as CommonJS', async () => {
    // the Node build reads dist/data/ beside itself, which a bundle has not: bundlers must not pick it
    const { build } = await import('esbuild');
    const dir = tempFolder('bundle');
    try {
      writeFileSync(join(dir, 'app.mjs'), `import { events, search } from '@kzprotest/data'; console.log(JSON.stringify([events.length, search('janaozen')[0].id]));`);
      for (const format of ['esm', 'cjs'] as const) {
        const outfile = join(dir, 'out', format === 'esm' ? 'app.mjs' : 'app.cjs');
        // resolved from this package, as a project that depends on it would
        await build({ entryPoints: [join(dir, 'app.mjs')], bundle: true, platform: 'node', format, outfile, nodePaths: [join(packageDir, 'node_modules'), join(packageDir, '..', '..', 'node_modules')], logLevel: 'silent' });
        const result = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
        expect(result.stderr, format).toBe('');
        expect(JSON.parse(result.stdout), format).toEqual([dataset.events.length, 'zhanaozen']);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the package holds the records once: in dist/data/*.json, which every entry reads', () => {
    const claimId = dataset.claims[0]!.id;
    const js = readdirSync(join(packageDir, 'dist')).filter((f) => /\.(c|m)?js$/.test(f));
    for (const file of js) expect(readFileSync(join(packageDir, 'dist', file), 'utf8'), file).not.toContain(claimId);
    const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: packageDir, encoding: 'utf8' });
    const files = (JSON.parse(packed.stdout.slice(packed.stdout.indexOf('['))) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);
    // a quote's words are in the claims file only
    const words = JSON.stringify(dataset.claims.find((c) => c.quote.exact.length > 40)!.quote.exact).slice(1, 40);
    const holding = files.filter((f) => readFileSync(join(packageDir, f), 'utf8').includes(words));
    expect(holding).toEqual(['dist/data/claims.json']);
    expect(files).not.toContain('dist/runtime/dataset.json');
    expect(existsSync(join(packageDir, 'dist', 'runtime', 'dataset.json')), 'the build writes no second copy of the records').toBe(false);
  });

  it('ships the declarations once: each entry\'s .d.ts re-exports its .d.cts, and no other .d.ts is left', () => {
    const dist = join(packageDir, 'dist');
    const dts = readdirSync(dist).filter((f) => f.endsWith('.d.ts')).sort();
    expect(dts).toEqual(['export.d.ts', 'format.d.ts', 'index.d.ts', 'schema.d.ts']);
    for (const file of dts) expect(readFileSync(join(dist, file), 'utf8'), file).toBe(`export * from './${file.replace('.d.ts', '.cjs')}';\n`);
    for (const file of dts) expect(existsSync(join(dist, file.replace('.d.ts', '.d.cts'))), file).toBe(true);
  });
});
