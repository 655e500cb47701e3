import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageDir, repoDir, tempFolder } from './helpers.js';

/**
 * What `npm publish` would upload: packed once into a temporary directory, so the checks
 * below look at the tarball users get rather than at the working directory.
 */
describe('the published tarball', () => {
  let dir: string;
  let unpacked: string;
  let files: string[];
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

  beforeAll(() => {
    dir = tempFolder('pack');
    const packed = spawnSync('npm', ['pack', '--json', '--pack-destination', dir], { cwd: packageDir, encoding: 'utf8' });
    expect(packed.status, packed.stderr).toBe(0);
    const [info] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
    files = info.files.map((f) => f.path).sort();
    unpacked = join(dir, 'package');
    expect(spawnSync('tar', ['-xzf', join(dir, info.filename), '-C', dir]).status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds the code, data, schemas, exports, licences and README', () => {
    for (const file of ['LICENSE', 'LICENSE-DATA.md', 'README.md', 'package.json', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/schema.js', 'dist/export.cjs', 'dist/data/events.json', 'dist/data/meta.json', 'dist/json-schema/claims.schema.json', 'dist/format.js', 'dist/format.cjs']) {
      expect(files).toContain(file);
    }
    // the exports are formats of the one copy of the records: `kzprotest datapackage` writes them
    expect(files.filter((f) => f.startsWith('dist/export/') || f === 'dist/datapackage.json')).toEqual([]);
  });

  it('holds nothing users do not need: no seeds, sources, YAML, tests, fixtures, build scripts or temporary files', () => {
    const stray = files.filter(
      (f) => !/^(LICENSE|LICENSE-DATA\.md|README\.md|VERSIONING\.md|package\.json|docs\/[a-z-]+\.md)$/.test(f) && !f.startsWith('dist/'),
    );
    expect(stray).toEqual([]);
    expect(files.filter((f) => /\.(ya?ml|txt|tmp|ts(?<!\.d\.ts)|map)$/.test(f) || /test|fixture|seed/i.test(f))).toEqual([]);
  });

  it('holds every file the README links to, and "files" names only files that exist', () => {
    const readme = readFileSync(join(unpacked, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/i.test(href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(files, `README links to ${href}`).toContain(href.replace(/^\.\//, ''));
    for (const entry of manifest.files as string[]) if (!entry.startsWith('!')) expect(spawnSync('test', ['-e', join(packageDir, entry)]).status, `files: ${entry}`).toBe(0);
  });

  it('declares licence, engines, side effects and a bin the way users and bundlers read them', () => {
    expect(manifest).toMatchObject({ license: 'MIT AND CC-BY-4.0', engines: { node: '>=20' }, sideEffects: false, type: 'module', bin: { kzprotest: 'dist/cli.js' } });
    expect(readFileSync(join(unpacked, 'dist/cli.js'), 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(readFileSync(join(unpacked, 'LICENSE-DATA.md'), 'utf8')).toContain('CC BY 4.0');
  });

  it('passes publint in strict mode', async () => {
    const { messages, pkg } = await publint({ pkgDir: unpacked, pack: false, strict: true });
    expect(messages.map((m) => formatMessage(m, pkg))).toEqual([]);
  });

  it('passes @arethetypeswrong/cli --pack for node10, node16 (CJS and ESM) and bundlers', () => {
    const attw = spawnSync(join(repoDir, 'node_modules/.bin/attw'), ['--pack', unpacked, '--format', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(attw.stdout) as { analysis: { problems: unknown[]; entrypoints: Record<string, unknown> } };
    expect(report.analysis.problems).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(['.', './data/*.json', './export', './format', './json-schema/*.json', './package.json', './schema']);
    expect(attw.status).toBe(0);
  });
});
