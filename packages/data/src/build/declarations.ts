import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The package's entries, each with an ES module and a CommonJS build (see tsup.config.ts). */
export const declarationEntries = ['index', 'schema', 'export'] as const;

/**
 * tsup writes the same declarations twice, as .d.ts for the ES module build and .d.cts for the
 * CommonJS one. The types are the same, and an ES module may import CommonJS, so each entry's
 * .d.ts re-exports its .d.cts and the .d.ts chunks are removed: the declarations ship once.
 */
export function shareDeclarations(folder: string): void {
  const entries = new Set<string>(declarationEntries.map((e) => `${e}.d.ts`));
  for (const name of readdirSync(folder)) {
    if (!name.endsWith('.d.ts')) continue;
    if (entries.has(name)) writeFileSync(join(folder, name), `export * from './${name.slice(0, -'.d.ts'.length)}.cjs';\n`);
    else rmSync(join(folder, name));
  }
}
