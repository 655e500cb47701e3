/**
 * What docusaurus.config.ts leaves out of the browser's bundles (BENCHMARKS.md has the sizes):
 * the chunk registry's module paths, the second copy of a lesson's course data in its docs
 * metadata, and all of tslib but the helper @docusaurus/utils-common calls. Each is checked
 * against the installed Docusaurus and the built site, so that an upgrade that changes what
 * they rely on fails here as well as in the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteDir } from './browser';
import { loadedOnce } from '../src/overrides/loadedOnce';

const require = createRequire(import.meta.url);
const registryLoader = require('../plugins/startup/registryWithoutServerPaths.cjs') as { rewrite: (source: string) => string; test: RegExp };
const metadataLoader = require('../plugins/startup/docMetadataWithoutCourseData.cjs') as {
  rewrite: (source: string, resourcePath: string) => string;
  test: RegExp;
  COURSE_FIELDS: string[];
};
const generated = path.join(siteDir, '.docusaurus');

describe('the registry without server paths', () => {
  const registryFile = path.join(generated, 'registry.js');
  const source = readFileSync(registryFile, 'utf8');

  it('is the loader of the registry Docusaurus writes, in the shape its code generator gives', () => {
    expect(registryLoader.test.test(registryFile)).toBe(true);
    const codegen = readFileSync(path.join(path.dirname(require.resolve('@docusaurus/core/package.json')), 'lib', 'server', 'codegen', 'codegenRoutes.js'), 'utf8');
    expect(codegen).toContain('`  "${chunkName}": [() => import(/* webpackChunkName: "${chunkName}" */ "${modulePath}"), "${modulePath}", require.resolveWeak("${modulePath}")],`');
  });

  it('puts 0 in place of each module path and changes nothing else', () => {
    const out = registryLoader.rewrite(source);
    const before = source.split('\n');
    const after = out.split('\n');
    expect(after.length).toBe(before.length);
    let entries = 0;
    before.forEach((line, i) => {
      const m = /\*\/ ("[^"]+")\), \1, require/.exec(line);
      if (!m) return expect(after[i]).toBe(line);
      entries++;
      expect(after[i]).toBe(line.replace(`${m[1]}), ${m[1]}, require`, `${m[1]}), 0, require`));
    });
    expect(entries).toBeGreaterThan(100);
    expect(out).not.toMatch(/\), "[^"]*", require\.resolveWeak/);
  });

  it('stops at an entry of another shape', () => {
    const odd = 'export default {\n  "abc": [() => import(/* webpackChunkName: "abc" */ "@site/a.json"), "@site/b.json", require.resolveWeak("@site/a.json")],};\n';
    expect(() => registryLoader.rewrite(odd)).toThrow(/unknown shape/);
    expect(() => registryLoader.rewrite('export default {\n};\n')).toThrow(/no entry/);
  });
});

describe('the docs metadata without the course data', () => {
  const files = ['default', 'teach'].flatMap((instance) => {
    const dir = path.join(generated, 'docusaurus-plugin-content-docs', instance);
    return readdirSync(dir)
      .filter((f) => f.startsWith('site-') && f.endsWith('.json'))
      .map((f) => path.join(dir, f));
  });

  it('drops kz and plan from each page\'s metadata front matter and keeps everything else', () => {
    let lessons = 0;
    for (const file of files) {
      expect(metadataLoader.test.test(file), file).toBe(true);
      const source = readFileSync(file, 'utf8');
      const before = JSON.parse(source) as { frontMatter: Record<string, unknown> };
      const after = JSON.parse(metadataLoader.rewrite(source, file)) as { frontMatter: Record<string, unknown> };
      if (before.frontMatter.kz) lessons++;
      for (const field of metadataLoader.COURSE_FIELDS) expect(after.frontMatter, file).not.toHaveProperty(field);
      const { kz: _kz, plan: _plan, ...rest } = before.frontMatter;
      expect(after).toEqual({ ...before, frontMatter: rest });
    }
    expect(lessons).toBeGreaterThan(10);
  });

  it('stops at metadata without front matter', () => {
    expect(() => metadataLoader.rewrite('{"id":"x"}', 'site-x.json')).toThrow(/no frontMatter/);
  });

  it('leaves the course data where the pages read it: the course\'s code reads no course field from the metadata\'s copy', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));
    const text = sources(path.join(siteDir, 'src')).map((f) => readFileSync(f, 'utf8'));
    const fieldsRead = text.flatMap((t) => [...t.matchAll(/metadata\.frontMatter\.(\w+)/g)].map((m) => m[1]));
    // ContentVisibility reads draft and unlisted there, as the theme's does
    expect(fieldsRead).toContain('draft');
    expect(fieldsRead.filter((f) => metadataLoader.COURSE_FIELDS.includes(f!))).toEqual([]);
    // nor takes the metadata's front matter whole
    expect(text.filter((t) => /\{[^}]*\bfrontMatter\b[^}]*\}\s*=\s*metadata\b|=\s*metadata\.frontMatter\s*[;,)]/.test(t))).toEqual([]);
  });
});

describe('the tslib helper of @docusaurus/utils-common', () => {
  const utilsCommon = path.join(path.dirname(require.resolve('@docusaurus/utils-common/package.json')), 'lib');
  const helper = require('../src/overrides/utilsCommonTslib.cjs') as { __importDefault: (mod: unknown) => unknown };

  it('is the only tslib helper the installed utils-common calls', () => {
    const called = new Set(
      readdirSync(utilsCommon)
        .filter((f) => f.endsWith('.js'))
        .flatMap((f) => [...readFileSync(path.join(utilsCommon, f), 'utf8').matchAll(/tslib_1\.(\w+)/g)].map((m) => m[1])),
    );
    expect([...called]).toEqual(['__importDefault']);
  });

  it('gives what tslib\'s own __importDefault gives', () => {
    const tslib = require('tslib') as { __importDefault: (mod: unknown) => unknown };
    const esModule = { __esModule: true, default: 1 };
    const commonJs = { a: 1 };
    const fn = () => 1;
    for (const mod of [esModule, commonJs, fn, undefined, null]) expect(helper.__importDefault(mod)).toEqual(tslib.__importDefault(mod));
    expect(helper.__importDefault(esModule)).toBe(esModule);
  });
});

describe('loadedOnce, for the libraries fetched on first use (the search worker, the progress bar)', () => {
  it('fetches once for every caller, and after a failed fetch tries again at the next call', async () => {
    let calls = 0;
    const outcomes = [new Error('network down'), 'module'];
    const load = loadedOnce(async () => {
      const outcome = outcomes[calls++]!;
      if (outcome instanceof Error) throw outcome;
      return outcome;
    });
    const [first, second] = [load(), load()];
    expect(first).toBe(second);
    await expect(first).rejects.toThrow('network down');
    expect(calls).toBe(1);
    await expect(load()).resolves.toBe('module');
    await expect(load()).resolves.toBe('module');
    expect(calls).toBe(2);
  });
});
