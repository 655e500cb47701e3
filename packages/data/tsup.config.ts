import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

const collections = ['sources', 'claims', 'events', 'actors', 'places', 'themes', 'redirects'];

/**
 * The bundlers' build reads the same dist/data/*.json files as Node's, through JSON imports that
 * stay imports (external) so the records ship once: a bundler inlines each file it needs, and
 * leaves out those a consumer's code does not reach (import { eventTypes } pulls in no record).
 * The records are frozen where they are read, so no module-level statement touches them.
 */
const dataFromJsonImports: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'data-from-json-imports',
  setup(build) {
    build.onResolve({ filter: /\/generated\/dataset\.js$/ }, () => ({ path: 'dataset', namespace: 'kz-json' }));
    build.onResolve({ filter: /^\.\/(data|runtime)\/[a-z-]+\.json$/ }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'kz-json' }, () => ({
      resolveDir: fileURLToPath(new URL('./src', import.meta.url)),
      loader: 'js',
      contents: [
        "import { freezeRecords } from './query/freezeRecords.ts';",
        ...collections.map((c) => `import ${c} from './data/${c}.json' with { type: 'json' };`),
        "import meta from './data/meta.json' with { type: 'json' };",
        "import indexes from './runtime/indexes.json' with { type: 'json' };",
        "import links from './runtime/links.json' with { type: 'json' };",
        `export const dataset = /* @__PURE__ */ freezeRecords({ ${collections.join(', ')} });`,
        'export { meta };',
        'export const loadIndexes = () => indexes;',
        'export const loadLinks = () => links;',
      ].join('\n'),
    }));
  },
};

/** The main entry's records come from disk in the Node build (see src/dataFromDisk.ts), one module per format. */
const dataFromDisk = (file: string): NonNullable<Options['esbuildPlugins']>[number] => ({
  name: 'data-from-disk',
  setup(build) {
    const path = fileURLToPath(new URL(file, import.meta.url));
    build.onResolve({ filter: /\/generated\/dataset\.js$/ }, () => ({ path }));
  },
});

/**
 * What Node itself loads for "@kzprotest/data" (the "node-addons" export condition, which Node
 * matches and bundlers do not, so no bundle loses the files beside it); types are the main entry's.
 * One config per format, as each reads fs its own way (the ES module one with a top-level await).
 */
const nodeBuild = (format: 'esm' | 'cjs', recordsModule: string): Options => ({
  entry: { 'index.node': 'src/index.ts' },
  format: [format],
  dts: false,
  clean: false,
  sourcemap: false,
  target: 'node20',
  treeshake: true,
  shims: true, // import.meta.url in the CommonJS build
  esbuildPlugins: [dataFromDisk(recordsModule)],
});

// a function of the overrides, since src/compiler/main.ts sets the output folder (dist.building-<pid>/)
export default defineConfig((overrides): Options[] => [
  {
    entry: { index: 'src/index.ts', schema: 'src/schema.ts', export: 'src/export.ts', format: 'src/format.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false, // src/compiler/main.ts has already written data/ and json-schema/ into the same output folder
    sourcemap: false,
    treeshake: true,
    // the export entry reads the records through the main entry, so they are loaded once
    external: ['@kzprotest/data'],
    esbuildPlugins: [dataFromJsonImports],
    target: 'node20',
    // esbuild writes the JSON imports' attributes in the older `assert` form, which Node 22 drops:
    // `with` (Node 20.10 and later) lets Node load this build too, though Node itself takes
    // index.node.js (the "node-addons" condition)
    esbuildOptions(options) {
      options.supported = { ...options.supported, 'import-attributes': true };
    },
    async onSuccess() {
      const file = resolve(fileURLToPath(new URL('.', import.meta.url)), overrides.outDir ?? 'dist', 'index.js');
      writeFileSync(file, readFileSync(file, 'utf8').replaceAll(`.json' assert { type: "json" };`, `.json' with { type: "json" };`));
    },
  },
  nodeBuild('esm', './src/dataFromDisk.ts'),
  nodeBuild('cjs', './src/dataFromDisk.cjs.ts'),
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['@kzprotest/data', '@kzprotest/data/export'], // the CLI uses the package's own entry rather than a second copy of the data
  },
]);
