/**
 * Build one synthetic corpus with the data package's own pipeline and print what it cost as
 * one JSON line; with --query, also time the query API on the built records against
 * Array.filter. Run by scripts/bench.mjs, one fresh process per corpus size.
 *
 * Usage: tsx scripts/bench/scale.mts <events> [--query | --floor]
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { buildDataset } from '../../packages/data/src/compiler/buildDataset.js';
import { formatIssue } from '../../packages/data/src/compiler/issue.js';
import { buildIndexes } from '../../packages/data/src/query/buildIndexes.js';
import type { Dataset } from '../../packages/data/src/dataset.js';
import { generateCorpus } from './generate.mjs';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { z } from 'zod';
import { collections } from '../../packages/data/src/schema/index.js';

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size < 1) {
  console.error('usage: tsx scripts/bench/scale.mts <events> [--query]');
  process.exit(2);
}

/** The build as `npm run build` runs it, minus reading files and writing dist: validate, assemble, index, serialise. */
function build(events: number) {
  const corpus = generateCorpus(events);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result = buildDataset({ files: corpus.files, seeds: corpus.seeds });
  const t1 = performance.now();
  if (!result.ok) throw new Error(`the synthetic corpus did not build:\n${result.issues.slice(0, 10).map(formatIssue).join('\n')}`);
  const indexes = buildIndexes(result.dataset);
  const bytes = JSON.stringify(result.dataset).length + JSON.stringify(indexes).length;
  const t2 = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const records = corpus.files.length;
  return { dataset: result.dataset, indexes, records, counts: corpus.counts, validateMs: t1 - t0, indexMs: t2 - t1, totalMs: t2 - t0, cpuMs: (cpu.user + cpu.system) / 1000, bytes };
}

// the published build's query code, as a user gets it (loaded first: it is only read, never rebuilt here)
const pkg = process.argv.includes('--query')
  ? ((await import(pathToFileURL(join(process.env.BENCH_DATA_DIST ?? join(import.meta.dirname, '../../packages/data/dist'), 'index.js')).href)) as typeof import('../../packages/data/src/index.js'))
  : undefined;

/**
 * The floor under any build of these files with these libraries: js-yaml reads each file, zod
 * checks it, and JSON.stringify writes the records, with no cross-record check, no assembly and
 * no index. What the build spends beyond it is the pipeline's own.
 */
function floor(events: number) {
  const corpus = generateCorpus(events);
  const t0 = performance.now();
  const records = corpus.files.map(({ collection, text }) => (collections[collection].input as z.ZodType).parse(load(text, { schema: CORE_SCHEMA })));
  const t1 = performance.now();
  const bytes = JSON.stringify(records).length;
  const t2 = performance.now();
  return { records: records.length, yamlAndZodMs: t1 - t0, stringifyMs: t2 - t1, totalMs: t2 - t0, bytes };
}

if (process.argv.includes('--floor')) {
  floor(200);
  const f = floor(size);
  console.error(`${size} events: js-yaml + zod + JSON.stringify alone in ${(f.totalMs / 1000).toFixed(2)} s`);
  console.log(JSON.stringify({ events: size, floor: { records: f.records, seconds: f.totalMs / 1000, yamlAndZodSeconds: f.yamlAndZodMs / 1000, stringifySeconds: f.stringifyMs / 1000 } }));
  process.exit(0);
}

// a small build first, so every size is timed with the code already compiled by the JIT and
// the figures compare the pipeline's cost per record rather than start-up
build(200);
const run = build(size);
const out: Record<string, unknown> = {
  events: size,
  records: run.records,
  counts: run.counts,
  seconds: run.totalMs / 1000,
  cpuSeconds: run.cpuMs / 1000,
  validateSeconds: run.validateMs / 1000,
  indexSeconds: run.indexMs / 1000,
  jsonBytes: run.bytes,
  heapMb: Math.round(process.memoryUsage().heapUsed / 1e6),
  // the process's peak resident memory (the kernel's maxrss, in KiB), corpus generation included
  rssMb: Math.round(process.resourceUsage().maxRSS / 1024),
};

console.error(`${size} events: ${run.records} records built in ${(run.totalMs / 1000).toFixed(2)} s`);
// the records as the package ships them: JSON.parse of the emitted JSON, as the generated module does
if (pkg) out.query = queryBench(pkg, JSON.parse(JSON.stringify(run.dataset)), JSON.parse(JSON.stringify(run.indexes)));
console.log(JSON.stringify(out));

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
  const time = (f: () => unknown) => {
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
