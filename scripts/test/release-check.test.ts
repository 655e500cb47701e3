/**
 * `npm run release:check`, the gate before publishing: it fails, naming the file and each field,
 * while package.json lacks repository, homepage or bugs (as it does until the real repository is
 * known), and fails on a package publint or attw would reject.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script, typed by its JSDoc only
import { linkProblems } from '../release-check.mjs';

const repoDir = path.resolve(__dirname, '../..');
const check = (dir?: string) => spawnSync(process.execPath, [path.join(repoDir, 'scripts/release-check.mjs'), ...(dir ? [dir] : [])], { cwd: repoDir, encoding: 'utf8' });
const links = {
  repository: { type: 'git', url: 'git+https://github.com/fixture-owner/fixture.git' },
  homepage: 'https://github.com/fixture-owner/fixture#readme',
  bugs: { url: 'https://github.com/fixture-owner/fixture/issues' },
};

const fixtures: string[] = [];
/** A small CommonJS package with types, which publint and attw accept as it is. */
function fixturePackage(manifest: Record<string, unknown>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kz-release-check-'));
  fixtures.push(dir);
  mkdirSync(path.join(dir, 'dist'));
  writeFileSync(path.join(dir, 'dist/index.js'), 'exports.answer = 42;\n');
  writeFileSync(path.join(dir, 'dist/index.d.ts'), 'export declare const answer: number;\n');
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'release-check-fixture', version: '1.0.0', license: 'MIT', main: './dist/index.js', types: './dist/index.d.ts', files: ['dist'], ...manifest }, null, 2));
  return dir;
}
afterAll(() => fixtures.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('release:check', () => {
  it('fails today on @kzprotest/data, naming packages/data/package.json and each missing link', () => {
    const result = check();
    expect(result.status).toBe(1);
    for (const field of ['repository', 'homepage', 'bugs']) {
      expect(result.stderr).toContain(`packages/data/package.json: "${field}" is missing`);
    }
    // the package itself passes publint and attw (test/publish.test.ts checks them in detail)
    expect(result.stderr).not.toMatch(/publint .* failed|attw .* failed/);
  });

  it('passes a package that has its links and passes publint and attw', () => {
    const result = check(fixturePackage(links));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('release-check-fixture has its repository, homepage and bugs links');
  });

  it('fails a package whose entry point publint cannot find, with publint\'s words', () => {
    const result = check(fixturePackage({ ...links, types: './dist/missing.d.ts' }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/publint --strict .* failed/);
    expect(result.stderr).toContain('missing.d.ts');
  });

  it('takes repository and bugs as a string or an object with a url, and rejects empty ones', () => {
    expect(linkProblems({ repository: 'github:o/r', homepage: 'https://x.example', bugs: 'https://x.example/issues' }, 'p.json')).toEqual([]);
    expect(linkProblems({ ...links, homepage: ' ' }, 'p.json')).toEqual([expect.stringContaining('p.json: "homepage" is missing')]);
    expect(linkProblems({ ...links, repository: { type: 'git' } }, 'p.json')).toEqual([expect.stringContaining('p.json: "repository" is missing')]);
  });
});
