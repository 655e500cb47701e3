/**
 * Writes a synthetic corpus of N events (generate.mts) as the repository lays records out:
 * YAML under <data package>/data/<collection>/ and seed texts in <seeds>/. Used by the bench to
 * grow a copy of the real data, and by scale.mts to give the build a corpus on disk (in its own
 * process, so the generator's memory is not the build's); never run on the repository itself.
 *
 * Usage: tsx scripts/bench/writeCorpus.mts <events> <data package folder> <seeds folder>
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateCorpus } from './generate.mjs';

const [countArg, dataDir, seedsDir] = process.argv.slice(2);
const events = Number(countArg);
if (!Number.isInteger(events) || events < 1 || !dataDir || !seedsDir) {
  console.error('usage: tsx scripts/bench/writeCorpus.mts <events> <data package folder> <seeds folder>');
  process.exit(2);
}
const corpus = generateCorpus(events);
for (const file of corpus.files) {
  const path = join(dataDir, file.file);
  // a synthetic id never equals a real one ("synthetic-…"); refuse rather than overwrite
  if (existsSync(path)) throw new Error(`${path} exists: the synthetic corpus would overwrite a record`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}
for (const [name, text] of corpus.seeds) writeFileSync(join(seedsDir, name), text);
console.log(JSON.stringify(corpus.counts));
