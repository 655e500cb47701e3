import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const loader = require('../plugins/startup/codeUnitSort.cjs') as {
  rewrite: (source: string, resourcePath: string) => string;
  test: RegExp;
  REWRITES: [string[], string, string][];
};

// the installed Docusaurus files the loader rewrites, found the way the bundler finds them
const installed = (parts: string[]) => {
  const entry = require.resolve(`${parts[0]}/${parts[1]}`);
  const root = entry.slice(0, entry.lastIndexOf(`${path.sep}${parts[1]}${path.sep}`) + parts[1]!.length + 1);
  return path.join(root, ...parts.slice(2));
};
// a sort expression of the table as a function of the array it sorts
const sorter = (expression: string) => new Function('arr', `return arr${expression.replace(/;$/, '')};`) as <T>(arr: T[]) => T[];

describe('the code-unit sort loader', () => {
  it('finds the sort it replaces in the installed Docusaurus, and leaves no localeCompare there', () => {
    for (const [parts, from] of loader.REWRITES) {
      const file = installed(parts);
      expect(loader.test.test(file), file).toBe(true);
      const source = readFileSync(file, 'utf8');
      expect(source, file).toContain(from);
      const out = loader.rewrite(source, file);
      expect(out).not.toContain('localeCompare');
      // nothing else in the file changes
      expect(out.replace(loader.REWRITES.find(([p]) => p === parts)![2], from)).toBe(source);
    }
  });

  it('orders the docs instances as localeCompare does: each path before its own prefix', () => {
    const [, from, to] = loader.REWRITES[0]!;
    // the course's two docs instances, and prefixes and extensions of them
    const paths = ['/course', '/teach/guides', '/', '/course/extra', '/teach', '/teach/guides/x'];
    const entries = paths.map((p, i) => [`id${i}`, { path: p }] as const);
    const before = sorter(from)([...entries]).map(([, d]) => d.path);
    const after = sorter(to)([...entries]).map(([, d]) => d.path);
    expect(after).toEqual(before);
    expect(after.indexOf('/teach/guides')).toBeLessThan(after.indexOf('/teach'));
    expect(after.indexOf('/course/extra')).toBeLessThan(after.indexOf('/course'));
  });

  it('gives the same keys the same order, whatever order they come in', () => {
    const [, , to] = loader.REWRITES[1]!;
    const sortDeps = (deps: [string, unknown][]) => new Function('deps', `${to} return deps;`)(deps) as [string, unknown][];
    const a = sortDeps(Object.entries({ component: 1, props: 2, extra: 3 }));
    const b = sortDeps(Object.entries({ props: 2, extra: 3, component: 1 }));
    expect(a).toEqual(b);
  });

  it('stops the build when a file of its table no longer holds the sort', () => {
    const file = installed(loader.REWRITES[1]![0]);
    expect(() => loader.rewrite('export function useShallowMemoObject(obj) { return obj; }', file)).toThrow(/reactUtils\.js no longer holds/);
  });

  it('passes any other file through unchanged', () => {
    const source = "x.sort((a, b) => a.localeCompare(b));";
    expect(loader.rewrite(source, path.join('node_modules', 'other', 'index.js'))).toBe(source);
  });
});
