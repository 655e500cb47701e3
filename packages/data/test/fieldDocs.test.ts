import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { packageDir, tempFolder } from './helpers.js';

type JsonSchema = { description?: string; properties?: Record<string, JsonSchema>; items?: JsonSchema };
const schemaOf = (collection: string) => JSON.parse(readFileSync(join(packageDir, 'dist', 'json-schema', `${collection}.schema.json`), 'utf8')) as JsonSchema;

// A consumer project with the built package in its node_modules, read by TypeScript's language
// service: the tsserver behind an editor's hover
const consumer = tempFolder('hover');
mkdirSync(join(consumer, 'node_modules', '@kzprotest'), { recursive: true });
symlinkSync(packageDir, join(consumer, 'node_modules', '@kzprotest', 'data'), 'dir');
symlinkSync(join(packageDir, 'node_modules', 'zod'), join(consumer, 'node_modules', 'zod'), 'dir');
afterAll(() => rmSync(consumer, { recursive: true, force: true }));

function hover(code: string, at: string): string {
  const file = join(consumer, 'index.ts');
  writeFileSync(file, code);
  const options: ts.CompilerOptions = { module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, strict: true, types: [], noEmit: true };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [file],
    getScriptVersion: () => '1',
    getScriptSnapshot: (name) => (ts.sys.fileExists(name) ? ts.ScriptSnapshot.fromString(ts.sys.readFile(name)!) : undefined),
    getCurrentDirectory: () => consumer,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
    realpath: ts.sys.realpath,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const errors = service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(errors).toEqual([]);
  const info = service.getQuickInfoAtPosition(file, code.lastIndexOf(at) + 1);
  return ts.displayPartsToString(info?.documentation ?? []);
}

// the hover test runs TypeScript's language service on two consumers, a minute on a loaded machine
describe('field descriptions', { timeout: 180_000 }, () => {
  it('are in the JSON Schema of every collection, for every field, and for the quote\'s own fields', () => {
    const undescribed = ['sources', 'claims', 'events', 'actors', 'places', 'themes', 'redirects'].flatMap((collection) =>
      Object.entries(schemaOf(collection).items!.properties!)
        .filter(([, p]) => !p.description)
        .map(([name]) => `${collection}.${name}`),
    );
    expect(undescribed).toEqual([]);
    const claim = schemaOf('claims').items!;
    expect(Object.values(claim.properties!.quote!.properties!).every((p) => p.description)).toBe(true);
    expect(claim.properties!.attributedTo!.description).toMatch(/^Whose voice/);
    // nested shapes: a place's coordinates, a source's regions
    const place = schemaOf('places').items!.properties!;
    expect(Object.values(place.coordinates!.properties!).every((p) => p.description)).toBe(true);
    expect(Object.values(schemaOf('sources').items!.properties!.regions!.items!.properties!).every((p) => p.description)).toBe(true);
  });

  it('show in the editor hover of a Claim\'s fields in a TypeScript consumer (node16, ES module and CommonJS)', () => {
    const claim = schemaOf('claims').items!.properties!;
    // an ES module consumer resolves dist/index.d.ts, a CommonJS one dist/index.d.cts
    for (const type of ['module', 'commonjs']) {
      writeFileSync(join(consumer, 'package.json'), JSON.stringify({ type }));
      const code = `import type { Claim } from '@kzprotest/data';\ndeclare const c: Claim;\nc.attributedTo;\nc.kind;\nc.quote.start;\n`;
      expect(hover(code, 'attributedTo')).toBe(claim.attributedTo!.description);
      expect(hover(code, 'kind')).toBe(claim.kind!.description);
      expect(hover(code, 'start')).toBe(claim.quote!.properties!.start!.description);
      const source = schemaOf('sources').items!.properties!;
      const event = schemaOf('events').items!.properties!;
      const more = `import type { Source, Event } from '@kzprotest/data';\ndeclare const s: Source;\ndeclare const e: Event;\ns.seedSha256;\ne.dateRange;\n`;
      expect(hover(more, 'seedSha256')).toBe(source.seedSha256!.description);
      expect(hover(more, 'dateRange')).toBe(event.dateRange!.description);
      const place = schemaOf('places').items!.properties!;
      const nested = `import type { Place } from '@kzprotest/data';\ndeclare const p: Place;\np.coordinates?.latitude;\n`;
      expect(hover(nested, 'latitude')).toBe(place.coordinates!.properties!.latitude!.description);
    }
  });
});
