/**
 * The records as the package's Node build loads them: read from dist/runtime/ at import, the
 * indexes at the first query. Node parses JSON text faster than it compiles a module that holds
 * the same text (BENCHMARKS.md, import). tsup.config.ts puts this module in the place of
 * generated/dataset.ts for the "node-addons" condition: Node matches it and bundlers do not, even
 * when they bundle for Node, because a bundle has no dist/runtime/ beside it. Bundlers and browsers
 * get the inlined data. This is the ES module build's; dataFromDisk.cjs.ts is the CommonJS one's.
 */
import { readRuntimeFiles } from './runtimeFiles.js';

// `import ... from 'node:fs'` builds an ES module facade of every fs export, fs/promises
// included, a measurable share of the import (BENCHMARKS.md, import);
// process.getBuiltinModule (Node 20.16 and later) hands fs over without one, and older Node 20
// lines import it
const fs = process.getBuiltinModule?.('node:fs') ?? (await import('node:fs'));

// import.meta.dirname is Node 20.11's and later; earlier lines take the folder from the URL
const folder = import.meta.dirname ?? (await import('node:url')).fileURLToPath(new URL('.', import.meta.url));

export const { dataset, meta, loadIndexes, loadLinks } = readRuntimeFiles(fs.readFileSync, folder);
