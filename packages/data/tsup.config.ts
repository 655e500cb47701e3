import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts', schema: 'src/schema.ts', export: 'src/export.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false, // src/build/main.ts has already written dist/data and dist/json-schema
    sourcemap: false,
    target: 'node20',
    treeshake: true,
    // the export entry reads the records through the main entry, so they are loaded once
    external: ['@kzprotest/data'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    clean: false,
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['@kzprotest/data', '@kzprotest/data/export'], // the CLI uses the package's own entry rather than a second copy of the data
  },
]);
