/**
 * dataFromDisk.ts for the CommonJS Node build, where fs is a plain `require` that costs nothing
 * and a top-level await (which the ES module build uses on older Node lines) is not allowed.
 */
import { readFileSync } from 'node:fs';
import { readRuntimeFiles } from './runtimeFiles.js';

export const { dataset, meta, loadIndexes, loadLinks } = readRuntimeFiles(readFileSync, __dirname);
