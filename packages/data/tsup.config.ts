import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';

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

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schema: 'src/schema.ts', export: 'src/export.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false, // src/build/main.ts has already written data/ and json-schema/ into the same output folder
    sourcemap: false,
    target: 'node20',
    treeshake: true,
    // the export entry reads the records through the main entry, so they are loaded once
    external: ['@kzprotest/data'],
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
