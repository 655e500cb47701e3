/**
 * The data build: YAML -> zod -> cross-record checks -> JSON, JSON Schema, indexes and the
 * module tsup bundles. Exits 1, listing every problem with file, id, field and line.
 * `--bundle` (what `npm run build` passes) runs tsup too; either way everything is written to a
 * temporary folder and swapped in as dist/ whole at the end, one build at a time (distSwap.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDataset } from './buildDataset.js';
import { beginDistBuild } from './distSwap.js';
import { emit } from './emit.js';
import { exitOnIssues } from './issue.js';
import { loadReleasedIds, loadSeeds, readRecordFiles, rereadRecordFile } from './loadFiles.js';
import { documentDeclarations, shareDeclarations } from './declarations.js';
import * as schemas from '../schema/index.js';

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const seedsDir = join(packageDir, '..', '..', 'seeds');
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { name: string; version: string };
let releasedIds: string[];
try {
  releasedIds = loadReleasedIds(packageDir);
} catch (error) {
  console.error(`The data did not build: ${(error as Error).message}`);
  process.exit(1);
}

// each file read as the build reaches it and its text dropped once parsed (read again only to locate an issue)
const result = buildDataset({
  files: readRecordFiles(packageDir),
  reread: rereadRecordFile(packageDir),
  seeds: loadSeeds(seedsDir),
  releasedIds,
  skipEditorialRules: process.argv.includes('--skip-editorial-rules'),
});
exitOnIssues(result, (n) => `The data did not build: ${n} problem(s).\n`);
const { dataset, links, coverage } = result;
const uncoveredFor = process.argv.indexOf('--uncovered');
if (uncoveredFor !== -1) {
  // a contributor's view: which sentences of a source still lack claims
  const wanted = process.argv[uncoveredFor + 1];
  for (const c of coverage.filter((c) => !wanted || c.source === wanted)) {
    console.log(`${c.source}: ${c.percent}% (${c.covered} covered, ${c.skipped} skipped of ${c.sentences})`);
    for (const u of c.uncovered) console.log(`  line ${u.line}: ${u.text}`);
  }
}
if (process.argv.includes('--check')) {
  console.log(`data: valid; coverage ${coverage.map((c) => `${c.source} ${c.percent}%`).join(', ')}`);
  process.exit(0);
}
const epoch = process.env.SOURCE_DATE_EPOCH;
const meta = {
  name: pkg.name,
  version: pkg.version,
  builtAt: (epoch ? new Date(Number(epoch) * 1000) : new Date()).toISOString(),
  counts: {
    sources: dataset.sources.length,
    claims: dataset.claims.length,
    events: dataset.events.length,
    actors: dataset.actors.length,
    places: dataset.places.length,
    themes: dataset.themes.length,
    redirects: dataset.redirects.length,
  },
};
const build = await beginDistBuild(packageDir);
try {
  emit({ generated: join(packageDir, 'generated'), dist: build.folder }, dataset, links, coverage, meta);
  if (process.argv.includes('--bundle')) {
    // in this process, so a kill of the build stops tsup too; its config's entries are relative to the package
    const { build: bundle } = await import('tsup');
    process.chdir(packageDir);
    await bundle({ outDir: build.folder });
    shareDeclarations(build.folder);
    documentDeclarations(build.folder, schemas);
  }
  build.commit();
} catch (error) {
  console.error(`The data did not build: ${(error as Error).message}\ndist/ was left as it was.`);
  process.exitCode = 1;
} finally {
  build.release();
}
if (process.exitCode) process.exit();
console.log(
  `data: ${Object.entries(meta.counts).map(([k, v]) => `${v} ${k}`).join(', ')}; coverage ${coverage.map((c) => `${c.source} ${c.percent}%`).join(', ')}`,
);
