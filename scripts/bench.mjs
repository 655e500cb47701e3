#!/usr/bin/env node
/**
 * `npm run bench`: import cost, build time at 1k/10k/100k synthetic events, query speed on
 * 100k, package size and site weight, each against a baseline measured in the same run.
 * Prints a table and writes bench/results.json ({ name: { value, unit } }).
 *
 * Options: --only import,scale,query,package,site   run some steps only (results.json is
 *          merged with the figures already there); --quick   1k and 10k only, fewer runs.
 */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importBench } from './bench/import.mjs';
import { packageBench } from './bench/package.mjs';
import { run } from './bench/util.mjs';

const root = join(import.meta.dirname, '..');
const packageDir = join(root, 'packages', 'data');
const courseDir = join(root, 'apps', 'course');
const tmpDir = join(root, 'bench', 'tmp');
const resultsFile = join(root, 'bench', 'results.json');
mkdirSync(tmpDir, { recursive: true });

const args = process.argv.slice(2);
const onlyArg = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const only = onlyArg ? new Set(onlyArg.split(',')) : undefined;
const quick = args.includes('--quick');
const wanted = (step) => !only || only.has(step);

/** Target per figure, from issue 8: [comparison, bound]. */
const targets = {
  import_ratio: ['<=', 1.5],
  // issue 15: one copy of the records, no citation library at run time
  tarball_kb: ['<=', 200],
  install_kb: ['<=', 10_000],
  build_100k_s: ['<=', 15],
  // issue 22: the full build against reading, zod-checking and writing the same files alone,
  // and at most half the peak memory the 100k build took before the speed work (BENCHMARKS.md)
  build_100k_floor_ratio: ['<=', 1.5],
  build_100k_rss_mb: ['<=', 728],
  build_scaling_ratio: ['<=', 1.3],
  query_date_speedup: ['>=', 50],
  query_place_speedup: ['>=', 50],
  query_actor_speedup: ['>=', 50],
  site_build_ratio: ['<=', 1.3],
  page_js_ratio: ['<=', 0.8],
  lighthouse_perf_mobile: ['>=', 98],
  lighthouse_tbt_mobile_ms: ['<=', 150],
  search_index_kb: ['<=', 1_000_000 / 1024],
  site_scale_ratio: ['<=', 1.3],
  lighthouse_a11y: ['>=', 100],
};

const results = existsSync(resultsFile) && only ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
const notes = [];
const started = performance.now();
const log = (message) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${message}`);

const sh = (command, commandArgs, options = {}) => run(command, commandArgs, { cwd: root, ...options });

// always through turbo, which replays its cache when nothing changed: a dist/ left from older
// sources would otherwise be measured as if it were the code under test
function ensureBuilt() {
  log('building @kzprotest/data (turbo; cached when the sources did not change)');
  sh('npx', ['turbo', 'run', 'build', '--filter=@kzprotest/data', '--output-logs=errors-only']);
}

/** One synthetic corpus size in a fresh process (see scripts/bench/scale.mts). */
function scaleRun(events, query = false, floor = false) {
  log(floor ? `the floor: reading ${events} events' files with the strict reader's checks, js-yaml, zod and writing JSON alone` : `building a synthetic corpus of ${events} events from disk, in a child process${query ? ', and timing queries on it' : ''}`);
  const flags = [...(query ? ['--query'] : []), ...(floor ? ['--floor'] : [])];
  const out = sh(process.execPath, ['--max-old-space-size=8192', '--import', 'tsx', join(root, 'scripts', 'bench', 'scale.mts'), String(events), ...flags], {
    env: { ...process.env, BENCH_DATA_DIST: join(snapshotDir, 'dist') },
  });
  return JSON.parse(out.trim().split('\n').pop());
}

async function step(name, run) {
  if (!wanted(name)) return;
  try {
    Object.assign(results, await run());
  } catch (error) {
    notes.push(`${name}: failed: ${error.message.split('\n').slice(0, 6).join(' | ')}`);
    log(`${name} failed: ${error.message}`);
  }
}

ensureBuilt();
// import and query figures read a copy of the built package, so a rebuild running beside the
// bench (dist/ is emptied first) cannot pull it away mid-measurement
const snapshotDir = join(tmpDir, 'data-package');
for (let attempt = 0; ; attempt++) {
  try {
    rmSync(snapshotDir, { recursive: true, force: true });
    cpSync(join(packageDir, 'dist'), join(snapshotDir, 'dist'), { recursive: true });
    cpSync(join(packageDir, 'package.json'), join(snapshotDir, 'package.json'));
    if (!existsSync(join(snapshotDir, 'dist', 'index.js'))) throw new Error('dist/index.js is missing');
    break;
  } catch (error) {
    if (attempt === 5) throw error;
    await new Promise((r) => setTimeout(r, 10_000)); // a build is writing dist/
  }
}
// other work on the machine slows every figure; the load around the run says how much to trust them
const loadBefore = loadavg()[0];

await step('import', async () => {
  log('import: fresh processes, package vs JSON.parse');
  return importBench({ packageDir: snapshotDir, tmpDir, runs: quick ? 7 : 21 });
});

await step('scale', async () => {
  const small = scaleRun(1000);
  const mid = scaleRun(10_000);
  const out = {
    build_1k_s: { value: small.seconds, unit: 's' },
    build_10k_s: { value: mid.seconds, unit: 's' },
    build_1k_records: { value: small.records, unit: 'records' },
    build_1k_cpu_s: { value: small.cpuSeconds, unit: 's cpu' },
    build_10k_cpu_s: { value: mid.cpuSeconds, unit: 's cpu' },
  };
  if (!quick) {
    const big = scaleRun(100_000, wanted('query'));
    Object.assign(out, {
      build_100k_s: { value: big.seconds, unit: 's' },
      build_100k_cpu_s: { value: big.cpuSeconds, unit: 's cpu' },
      build_100k_records: { value: big.records, unit: 'records' },
      build_100k_rss_mb: { value: big.rssMb, unit: 'MB peak RSS' },
      build_100k_validate_s: { value: big.validateSeconds, unit: 's' },
      build_100k_index_s: { value: big.indexSeconds, unit: 's' },
      build_scaling_ratio: { value: big.seconds / big.records / (small.seconds / small.records), unit: 'x' },
      build_scaling_ratio_cpu: { value: big.cpuSeconds / big.records / (small.cpuSeconds / small.records), unit: 'x' },
    });
    // what the strict reader, js-yaml, zod and JSON.stringify alone cost on the same files, in a fresh process
    const { floor } = scaleRun(100_000, false, true);
    Object.assign(out, {
      build_100k_floor_s: { value: floor.seconds, unit: 's' },
      build_100k_floor_yaml_zod_s: { value: floor.yamlAndZodSeconds, unit: 's' },
      build_100k_floor_ratio: { value: big.seconds / floor.seconds, unit: 'x' },
    });
    if (big.query) {
      const q = big.query;
      Object.assign(out, {
        query_date_speedup: { value: q.date.speedup, unit: 'x' },
        query_date_api_ms: { value: q.date.apiMs, unit: 'ms' },
        query_date_filter_ms: { value: q.date.naiveMs, unit: 'ms' },
        query_place_speedup: { value: q.place.speedup, unit: 'x' },
        query_place_api_ms: { value: q.place.apiMs, unit: 'ms' },
        query_place_filter_ms: { value: q.place.naiveMs, unit: 'ms' },
        query_actor_speedup: { value: q.actor.speedup, unit: 'x' },
        query_actor_api_ms: { value: q.actor.apiMs, unit: 'ms' },
        query_actor_filter_ms: { value: q.actor.naiveMs, unit: 'ms' },
        search_p50_ms: { value: q.search.p50Ms, unit: 'ms' },
        search_filter_p50_ms: { value: q.search.naiveP50Ms, unit: 'ms' },
      });
    }
  }
  return out;
});

await step('package', async () => {
  log('package: npm pack --dry-run');
  return packageBench({ packageDir });
});

await step('site', async () => {
  if (!existsSync(join(courseDir, 'package.json'))) throw new Error('apps/course does not exist yet');
  const { siteBench } = await import('./bench/site.mjs');
  return siteBench({ root, courseDir, tmpDir, log, quick });
});

results.load_avg_1m = { value: Math.max(loadBefore, loadavg()[0]), unit: `runnable processes (${cpus().length} cores)` };

// ---- report ----
const fmt = (v) => (Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(Math.abs(v) >= 1 ? 2 : 3));
const rows = Object.entries(results).map(([name, { value, unit }]) => {
  const target = targets[name];
  const met = target ? (target[0] === '<=' ? value <= target[1] : value >= target[1]) : undefined;
  return [name, fmt(value), unit, target ? `${target[0]} ${target[1]}` : '', met === undefined ? '' : met ? 'met' : 'MISSED'];
});
const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length), ['figure', 'value', 'unit', 'target', ''][i].length));
const line = (r) => r.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
console.log(line(['figure', 'value', 'unit', 'target', '']));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));
console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`);
for (const n of notes) console.log(`note: ${n}`);
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${resultsFile} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
if (notes.length) process.exitCode = 1;
