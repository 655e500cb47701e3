/**
 * Build one synthetic corpus the way `npm run build` does and print what it cost as one JSON
 * line. The corpus is first written to disk (writeCorpus.mts, its own process), and the build runs
 * in a fresh child process that reads those files, checks them, and writes the dataset, its
 * indexes and the JSON files (`emit`, minus tsup): so the child's peak resident memory is the
 * build's own, not the generator's. With --query the child also times the query API on the
 * records it wrote, read back as the package ships them; with --floor it runs the floor instead.
 *
 * Usage: tsx scripts/bench/scale.mts <events> [--query | --floor]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDataset } from '../../packages/data/src/compiler/buildDataset.js';
import { emit } from '../../packages/data/src/compiler/emit.js';
import { formatIssue } from '../../packages/data/src/compiler/issue.js';
import { loadRecordFiles, loadSeeds, readRecordFiles, rereadRecordFile } from '../../packages/data/src/compiler/loadFiles.js';
import type { buildIndexes } from '../../packages/data/src/query/buildIndexes.js';
import type { Dataset } from '../../packages/data/src/dataset.js';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
import { collections, collectionNames } from '../../packages/data/src/schema/index.js';

const WARM_UP_EVENTS = 200;

/**
 * The Node flags packages/data's `build:data` script gives the compiler (`tsx --expose-gc
 * src/compiler/main.ts`, which lets the build collect between its steps): the child runs with
 * them, so its memory is what `npm run build` uses.
 */
const COMPILER_NODE_FLAGS = (() => {
  const script = (JSON.parse(readFileSync(join(import.meta.dirname, '../../packages/data/package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['build:data']!;
  const flags = /^tsx((?:\s+--\S+)*)\s+src\/compiler\/main\.ts$/.exec(script)?.[1];
  if (flags === undefined) throw new Error(`packages/data's build:data script is not "tsx [--node-flags] src/compiler/main.ts": ${script}`);
  return flags.trim().split(/\s+/).filter(Boolean);
})();
const args = process.argv.slice(2);

/** A corpus on disk: the data package folder (with data/<collection>/) and its seeds folder. */
interface CorpusDirs {
  packageDir: string;
  seedsDir: string;
}

/** The warm-up corpus, the measured one, and where the child writes its output. */
interface ChildDirs {
  warm: CorpusDirs;
  main: CorpusDirs;
  out: string;
}

function parent() {
  const size = Number(args[0]);
  if (!Number.isInteger(size) || size < 1) {
    console.error('usage: tsx scripts/bench/scale.mts <events> [--query | --floor]');
    process.exit(2);
  }
  const work = mkdtempSync(join(tmpdir(), `kz-scale-${size}-`));
  try {
    const corpus = (events: number): CorpusDirs => {
      const dirs = { packageDir: join(work, `corpus-${events}`, 'package'), seedsDir: join(work, `corpus-${events}`, 'seeds') };
      mkdirSync(dirs.packageDir, { recursive: true });
      mkdirSync(dirs.seedsDir, { recursive: true });
      execFileSync(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', join(import.meta.dirname, 'writeCorpus.mts'), String(events), dirs.packageDir, dirs.seedsDir], { stdio: ['ignore', 'ignore', 'inherit'] });
      return dirs;
    };
    // a small build first, in the same child, so every size is timed with the code already
    // compiled by the JIT and the figures compare the pipeline's cost per record, not start-up
    const dirs: ChildDirs = { warm: corpus(WARM_UP_EVENTS), main: corpus(size), out: join(work, 'out') };
    const mode = args.includes('--floor') ? 'floor' : 'build';
    const out = execFileSync(
      process.execPath,
      ['--max-old-space-size=8192', ...COMPILER_NODE_FLAGS, '--import', 'tsx', import.meta.filename, '--child', mode, JSON.stringify(dirs), ...(args.includes('--query') ? ['--query'] : [])],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 },
    );
    const result = JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
    console.log(JSON.stringify({ events: size, ...result }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Total size in bytes of the files under a folder. */
function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  return total;
}

/** The build as `npm run build` runs it (main.ts), minus tsup: read and check the files, assemble, index, write the JSON. */
function build({ packageDir, seedsDir }: CorpusDirs, outDir: string) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = buildDataset({ files: readRecordFiles(packageDir), reread: rereadRecordFile(packageDir), seeds: loadSeeds(seedsDir) });
  const t1 = performance.now();
  if (!result.ok) throw new Error(`the synthetic corpus did not build:\n${result.issues.slice(0, 10).map(formatIssue).join('\n')}`);
  const { dataset, links, coverage } = result;
  const counts = Object.fromEntries(collectionNames.map((name) => [name, dataset[name].length])) as Record<(typeof collectionNames)[number], number>;
  // a build that passed made every file a record
  const records = Object.values(counts).reduce((a, b) => a + b, 0);
  emit({ generated: join(outDir, 'generated'), dist: join(outDir, 'dist') }, dataset, links, coverage, { name: '@kzprotest/data', version: '0.0.0', builtAt: '2026-01-01T00:00:00.000Z', counts });
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return { records, validateMs: t1 - t0, indexMs: t2 - t1, totalMs: t2 - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** Control characters other than tab and line feed, which the strict reader refuses (yamlFile.ts). */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;

/**
 * The floor under any build of these files with these libraries: the strict reader reads each
 * file (its size, UTF-8 and control characters checked), js-yaml parses it, zod checks it, and
 * JSON.stringify writes each collection's records to a file, with no cross-record check, no
 * assembly and no index. What the build spends beyond it is the pipeline's own.
 */
function floor({ packageDir }: CorpusDirs, outDir: string) {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let yamlAndZodMs = 0;
  const files = loadRecordFiles(packageDir);
  const byCollection = new Map<string, unknown[]>(collectionNames.map((name) => [name, []]));
  for (const { collection, file, text, refused } of files) {
    if (refused || CONTROL.test(text)) throw new Error(`${file}: refused by the strict reader`);
    const y0 = performance.now();
    byCollection.get(collection)!.push((collections[collection].input as z.ZodType).parse(load(text, { schema: CORE_SCHEMA })));
    yamlAndZodMs += performance.now() - y0;
  }
  mkdirSync(join(outDir, 'data'), { recursive: true });
  // one line per collection, as the build writes its records (recordsJson)
  for (const [name, records] of byCollection) writeFileSync(join(outDir, 'data', `${name}.json`), `${JSON.stringify(records)}\n`);
  const t1 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  return { records: files.length, yamlAndZodMs, totalMs: t1 - t0, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function child(mode: 'build' | 'floor', { warm, main, out: outDir }: ChildDirs, query: boolean) {
  // the published build's query code, as a user gets it (loaded first: it is only read, never rebuilt here)
  const pkg = query
    ? ((await import(pathToFileURL(join(process.env.BENCH_DATA_DIST ?? join(import.meta.dirname, '../../packages/data/dist'), 'index.js')).href)) as typeof import('../../packages/data/src/index.js'))
    : undefined;
  if (mode === 'floor') {
    floor(warm, join(outDir, 'floor-warm-up'));
    const f = floor(main, join(outDir, 'floor'));
    console.error(`${f.records} records: read, js-yaml, zod and JSON alone in ${(f.totalMs / 1000).toFixed(2)} s`);
    console.log(JSON.stringify({ floor: { records: f.records, seconds: f.totalMs / 1000, cpuSeconds: f.cpuMs / 1000, yamlAndZodSeconds: f.yamlAndZodMs / 1000 }, rssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
    return;
  }
  build(warm, join(outDir, 'build-warm-up'));
  const run = build(main, join(outDir, 'build'));
  const out: Record<string, unknown> = {
    records: run.records,
    seconds: run.totalMs / 1000,
    cpuSeconds: run.cpuMs / 1000,
    validateSeconds: run.validateMs / 1000,
    indexSeconds: run.indexMs / 1000,
    outputBytes: bytesUnder(join(outDir, 'build')),
    // the child's peak resident memory (the kernel's maxrss, in KiB) over both builds: the
    // corpus was generated in another process, so this is the build's own
    rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.error(`${run.records} records built in ${(run.totalMs / 1000).toFixed(2)} s, peak RSS ${out.rssMb} MiB`);
  if (pkg) {
    // the records as the package ships them: JSON.parse of the emitted JSON
    const read = (path: string) => JSON.parse(readFileSync(join(outDir, 'build', 'dist', path), 'utf8'));
    const dataset = Object.fromEntries(collectionNames.map((name) => [name, read(`data/${name}.json`)])) as unknown as Dataset;
    out.query = queryBench(pkg, dataset, read('runtime/indexes.json'));
  }
  console.log(JSON.stringify(out));
}

// after every declaration above, which the child's functions read
if (args[0] === '--child') await child(args[1] as 'build' | 'floor', JSON.parse(args[2]!) as ChildDirs, args.includes('--query'));
else parent();

/** Median of a list of numbers. */
function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function queryBench(pkg: typeof import('../../packages/data/src/index.js'), dataset: Dataset, indexes: ReturnType<typeof buildIndexes>) {
  const db = pkg.openDataset(dataset, indexes);
  const { events } = dataset;
  const runs = 301;
  const time = <T,>(f: () => T) => {
    const t = process.hrtime.bigint();
    const r = f();
    return [Number(process.hrtime.bigint() - t) / 1e6, r] as const;
  };
  const same = (a: readonly { id: string }[], b: readonly { id: string }[]) => a.length === b.length && a.every((x, i) => x.id === b[i]!.id);
  const compare = (name: string, keys: string[], api: (k: string) => readonly { id: string }[], naive: (k: string) => readonly { id: string }[]) => {
    const a: number[] = [];
    const n: number[] = [];
    let hits = 0;
    for (const key of keys) {
      const [ta, ra] = time(() => api(key));
      const [tn, rn] = time(() => naive(key));
      if (!same(ra, rn)) throw new Error(`${name} "${key}": the API returned ${ra.length} events, Array.filter ${rn.length}`);
      a.push(ta);
      n.push(tn);
      hits += ra.length;
    }
    const result = { apiMs: median(a), naiveMs: median(n), speedup: median(n) / median(a), meanHits: hits / keys.length };
    console.error(`${name}: API ${result.apiMs.toFixed(3)} ms, Array.filter ${result.naiveMs.toFixed(3)} ms (median of ${keys.length})`);
    return result;
  };
  let state = 7;
  const rand = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pickN = <T,>(list: readonly T[], n: number) => Array.from({ length: n }, () => list[Math.floor(rand() * list.length)]!);

  const months = pickN([...new Set(events.map((e) => e.dateRange.earliest.slice(0, 7)))], runs);
  const date = compare(
    'date range',
    months,
    (m) => db.findEvents({ from: m, to: m }),
    (m) => {
      const from = `${m}-01`;
      const to = `${m}-31`;
      return events.filter((e) => e.dateRange.latest >= from && e.dateRange.earliest <= to);
    },
  );
  // towns: no place lies inside them, so the naive filter needs no place hierarchy
  const parents = new Set(dataset.places.map((p) => p.partOf).filter(Boolean));
  const towns = dataset.places.filter((p) => !parents.has(p.id)).map((p) => p.id);
  const place = compare('place', pickN(towns, runs), (id) => db.findEvents({ place: id }), (id) => events.filter((e) => e.places.includes(id)));
  const actor = compare(
    'actor',
    pickN(dataset.actors.map((a) => a.id), runs),
    (id) => db.findEvents({ actor: id }),
    (id) => events.filter((e) => e.actors.some((a) => a.actor === id)),
  );
  // search by alias (a second spelling), lower-cased and without its last letter as a user types it
  const aliases = pickN([...dataset.actors, ...dataset.places].map((r) => r.aliases[0]!), runs).map((a) => a.toLowerCase().slice(0, -1));
  const searchTimes: number[] = [];
  const naiveTimes: number[] = [];
  for (const text of aliases) {
    const [t, hits] = time(() => db.search(text, { limit: 10 }));
    if (hits.length === 0) throw new Error(`search "${text}" found nothing`);
    searchTimes.push(t);
    naiveTimes.push(
      time(() =>
        [...dataset.actors, ...dataset.places]
          .filter((r) => [r.name, ...r.aliases].some((n) => pkg.normalizeName(n).includes(text)))
          .slice(0, 10),
      )[0],
    );
  }
  return { runs, date, place, actor, search: { p50Ms: median(searchTimes), naiveP50Ms: median(naiveTimes) } };
}
