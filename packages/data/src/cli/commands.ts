import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSafely, WriteError } from '../fs/writeFileSafely.js';
import { writeFolderSafely } from '../fs/writeFolderSafely.js';
import { accountsOf, actors, claims, events, eventTypes, findEvents, meta, places, resolve, search, sources, themes, redirects } from '@kzprotest/data';
import type { Claim, Event, EventType, Source } from '@kzprotest/data';
import { renderTable } from './table.js';
import { UsageError } from './usage.js';
// coverage.json is what the compiler's coverage step emits; its type is the compiler's
import type { SourceCoverage } from '../compiler/coverage.js';

type Values = Record<string, string | boolean | undefined>;
type Options = Record<string, { type: 'string' | 'boolean'; short?: string }>;

export interface Command {
  options: Options;
  run(values: Values, positionals: string[], out: (text: string) => void): number | Promise<number>;
}


const json = (value: unknown) => JSON.stringify(value, null, 2);
const noPositionals = (name: string, positionals: string[]) => {
  if (positionals.length) throw new UsageError(`"${name}" takes no arguments, got "${positionals.join(' ')}"`);
};
const onePositional = (name: string, what: string, positionals: string[]) => {
  if (positionals.length !== 1) throw new UsageError(`"${name}" takes one ${what}, e.g. kzprotest ${name} ${what === 'id' ? 'zhanaozen' : 'janaozen'}`);
  return positionals[0]!;
};
const citeSource = (s: Source) => `${s.title} (${s['container-title'] ?? s.publisher}${s.issued ? `, ${s.issued}` : ''})`;
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

/** The coverage report the build wrote next to the data. */
export function loadCoverage(): SourceCoverage[] {
  return JSON.parse(readFileSync(new URL('./data/coverage.json', import.meta.url), 'utf8')) as SourceCoverage[];
}

/**
 * A coverage baseline file: a JSON object of source id to the lowest percentage allowed. Anything
 * else is refused, naming the entry, so a typo cannot turn the check off without a word.
 */
function readBaseline(path: string, report: SourceCoverage[]): Record<string, number> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new UsageError(`--baseline ${path}: ${(error as Error).message}`);
  }
  const example = 'e.g. {"rsf-wefc-zhanaozen-city-cut-off": 80}';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`--baseline ${path}: expected a JSON object of source id to percentage, ${example}; got ${value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value}`);
  }
  const known = new Set(report.map((c) => c.source));
  for (const [source, percent] of Object.entries(value)) {
    if (!known.has(source)) throw new UsageError(`--baseline ${path}: "${source}" is not a source id; the sources are: ${[...known].join(', ')}`);
    // above 100 can never be met and fails loudly; what must not pass is a value that turns the check off
    if (typeof percent !== 'number' || !Number.isFinite(percent) || percent < 0) {
      throw new UsageError(`--baseline ${path}: the baseline of "${source}" must be a percentage such as 80, got ${JSON.stringify(percent)}`);
    }
  }
  return value as Record<string, number>;
}

const eventRows = (list: Event[]) => list.map((e) => [e.date, e.type, e.id, e.title]);

export const commands: Record<string, Command> = {
  events: {
    options: { from: { type: 'string' }, to: { type: 'string' }, place: { type: 'string' }, actor: { type: 'string' }, theme: { type: 'string' }, type: { type: 'string' } },
    run(values, positionals, out) {
      noPositionals('events', positionals);
      if (typeof values.type === 'string' && !(values.type in eventTypes)) {
        throw new UsageError(`--type "${values.type}" is not an event type; the types are: ${Object.keys(eventTypes).join(', ')}`);
      }
      const list = findEvents({
        from: values.from as string | undefined,
        to: values.to as string | undefined,
        place: values.place as string | undefined,
        actor: values.actor as string | undefined,
        theme: values.theme as string | undefined,
        type: values.type as EventType | undefined,
      });
      out(values.json ? json(list) : list.length ? renderTable(['date', 'type', 'id', 'title'], eventRows(list)) : 'No events match.');
      return 0;
    },
  },
  show: {
    options: {},
    run(values, positionals, out) {
      const id = onePositional('show', 'id', positionals);
      const { collection, record, redirectedFrom } = resolve(id);
      const accounts = collection === 'claims' ? [] : accountsOf(record.id);
      if (values.json) {
        out(json({ collection, redirectedFrom, record, claims: accounts.map((a) => a.claim) }));
        return 0;
      }
      const lines = [`${record.id} (${collection.slice(0, -1)})${redirectedFrom ? `, moved from ${redirectedFrom}` : ''}`];
      for (const [key, value] of Object.entries(record)) {
        if (key === 'id' || key === 'claims' || value === undefined) continue;
        lines.push(`  ${key}: ${typeof value === 'string' ? oneLine(value) : JSON.stringify(value)}`);
      }
      if (accounts.length) lines.push('', 'Claims:');
      for (const { claim, source, claimants } of accounts) {
        const who = claimants.length ? claimants.map((a) => a.name).join(' via ') : 'the source itself';
        lines.push(`  - "${oneLine(claim.quote.exact)}"`, `    ${claim.kind}${claim.figure ? ` ${claim.figure.property}=${claim.figure.raw}` : ''}; ${who}; ${citeSource(source)} [${claim.id}]`);
      }
      out(lines.join('\n'));
      return 0;
    },
  },
  search: {
    options: {},
    run(values, positionals, out) {
      const text = positionals.join(' ');
      if (!text.trim()) throw new UsageError('"search" needs some text, e.g. kzprotest search janaozen');
      const hits = search(text);
      if (values.json) out(json(hits.map(({ id, collection, matched }) => ({ id, collection, matched }))));
      else out(hits.length ? renderTable(['id', 'collection', 'matched'], hits.map((h) => [h.id, h.collection, h.matched])) : `Nothing matches "${text}".`);
      return 0;
    },
  },
  sources: {
    options: {},
    run(values, positionals, out) {
      noPositionals('sources', positionals);
      if (values.json) out(json(sources));
      else {
        const coverage = new Map(loadCoverage().map((c) => [c.source, c.percent]));
        out(renderTable(['id', 'perspective', 'issued', 'min', 'coverage', 'title'], sources.map((s) => [s.id, s.perspective, s.issued ?? 'unknown', String(s.readingMinutes), `${coverage.get(s.id) ?? 0}%`, s.title])));
      }
      return 0;
    },
  },
  stats: {
    options: {},
    run(values, positionals, out) {
      noPositionals('stats', positionals);
      const perSource = sources.map((s) => {
        const own = claims.filter((c: Claim) => c.source === s.id);
        return { source: s.id, seed: s.seed, claims: own.length, figures: own.filter((c) => c.figure).length, errata: s.errata.length };
      });
      if (values.json) out(json({ version: meta.version, counts: meta.counts, perSource }));
      else {
        out(
          `${meta.name} ${meta.version}\n\n` +
            renderTable(['collection', 'records'], [['sources', sources.length], ['claims', claims.length], ['events', events.length], ['actors', actors.length], ['places', places.length], ['themes', themes.length], ['redirects', redirects.length]].map(([a, b]) => [String(a), String(b)])) +
            '\n\n' +
            renderTable(['source', 'seed', 'claims', 'figures', 'errata'], perSource.map((p) => [p.source, p.seed, String(p.claims), String(p.figures), String(p.errata)])),
        );
      }
      return 0;
    },
  },
  coverage: {
    options: { baseline: { type: 'string' }, uncovered: { type: 'boolean' } },
    run(values, positionals, out) {
      noPositionals('coverage', positionals);
      const report = loadCoverage();
      const baseline = typeof values.baseline === 'string' ? readBaseline(values.baseline, report) : {};
      const below = report.filter((c) => baseline[c.source] !== undefined && c.percent < baseline[c.source]!);
      if (values.json) out(json(report));
      else {
        const rows = report.map((c) => [c.source, String(c.sentences), String(c.covered), String(c.skipped), `${c.percent}%`, baseline[c.source] === undefined ? '' : `${baseline[c.source]}%`]);
        const lines = [renderTable(['source', 'sentences', 'covered', 'skipped', 'coverage', 'baseline'], rows)];
        for (const c of report) {
          if (!c.uncovered.length || (!values.uncovered && c.percent === 100)) continue;
          if (values.uncovered) lines.push('', `Not covered in ${c.source} (seeds/${c.seed}):`, ...c.uncovered.map((u) => `  line ${u.line}: ${u.text}`));
        }
        for (const c of below) lines.push(`\n${c.source} is at ${c.percent}%, below its baseline of ${baseline[c.source]}%.`);
        out(lines.join('\n'));
      }
      return below.length ? 1 : 0;
    },
  },
  export: {
    options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, bom: { type: 'boolean' }, exact: { type: 'boolean' }, ascii: { type: 'boolean' } },
    async run(values, positionals, out) {
      // loaded here so other commands do not pay for the CSV and citation libraries
      const { exportCollections, exportFormats, formatsOf, exportText } = await import('@kzprotest/data/export');
      const example = 'e.g. kzprotest export events --format csv --out events.csv';
      if (positionals.length !== 1) throw new UsageError(`"export" takes one collection (${exportCollections.join(', ')}), ${example}`);
      const collection = positionals[0]!;
      if (!(exportCollections as string[]).includes(collection)) throw new UsageError(`unknown collection "${collection}"; the collections are: ${exportCollections.join(', ')}`);
      const format = values.format;
      if (typeof format !== 'string') throw new UsageError(`"export" needs --format, one of: ${exportFormats.join(', ')}; ${example}`);
      if (!(exportFormats as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}"; the formats are: ${exportFormats.join(', ')}`);
      const formats = formatsOf(collection as never);
      if (!(formats as string[]).includes(format)) throw new UsageError(`${collection} cannot be exported as ${format}; its formats are: ${formats.join(', ')}`);
      const text = exportText(collection as never, format as never, undefined, { bom: values.bom === true, spreadsheetSafe: values.exact !== true, ascii: values.ascii === true });
      if (typeof values.out === 'string') {
        try {
          writeFileSafely(values.out, text);
        } catch (error) {
          throw error instanceof WriteError ? new Error(`--out ${error.message}`) : error;
        }
      }
      // out() adds the final \n; a CSV keeps its CR, so stdout ends each record with CRLF as the files do
      else out(text.replace(/\n$/, ''));
      return 0;
    },
  },
  datapackage: {
    options: {},
    async run(_values, positionals, out) {
      if (positionals.length !== 1) throw new UsageError('"datapackage" takes one folder to write the data package into, e.g. kzprotest datapackage kzprotest-data');
      const folder = positionals[0]!;
      const { dataPackageFiles } = await import('@kzprotest/data/export');
      // the JSON Schemas the package ships beside the records, so the descriptor's jsonSchema paths hold
      const files = dataPackageFiles((collection) => readFileSync(new URL(`./json-schema/${collection}.schema.json`, import.meta.url), 'utf8'));
      try {
        // an earlier data package in the folder is replaced as a whole; any other files stop the command
        writeFolderSafely(folder, files, (names) => names.includes('datapackage.json'));
      } catch (error) {
        throw error instanceof WriteError ? new Error(error.message) : error;
      }
      out(`wrote ${files.length} files into ${folder}: ${join(folder, 'datapackage.json')} describes them (Frictionless Data Package v1)`);
      return 0;
    },
  },
};
