import type { z } from 'zod';
import { collections, collectionNames, type CollectionName } from '../schema/index.js';
import type { Dataset } from '../dataset.js';
import { assemble, coverageOf } from './assemble.js';
import { collectGarbage } from './collectGarbage.js';
import { NO_ITEMS, type BuildContext, type Entry, type ParsedRecords, type Rule } from './context.js';
import type { SourceCoverage } from './coverage.js';
import type { BuildIssue } from './issue.js';
import type { ReverseLinks } from './reverseLinks.js';
import { resolve } from './resolve/index.js';
import { rules } from './rules/index.js';
import { parseYamlFile } from './yamlFile.js';

export interface RecordFile {
  collection: CollectionName;
  /** Path shown in errors, e.g. "data/claims/x.yaml". */
  file: string;
  text: string;
  /** Why the file could not be read as a record at all (see loadRecordFiles); its text is then empty. */
  refused?: { message: string; line?: number };
}

export interface BuildInput {
  /** The record files in order: an array, or readRecordFiles's iteration, which reads each as it is reached. */
  files: Iterable<RecordFile>;
  /**
   * A file's text read again by its path, to find a field's line for an issue. Given it, the
   * build keeps no file's text once the file is parsed (a 100,000-event corpus's texts are about
   * a third of its records' memory); without it, each record keeps its text.
   */
  reread?: (file: string) => string;
  /** Seed file name (under seeds/) to its text. */
  seeds: ReadonlyMap<string, string>;
  releasedIds?: readonly string[];
  /** Skip the editorial rules: for data written before they existed (release notes of an old ref). */
  skipEditorialRules?: boolean;
}

export type BuildResult =
  | { ok: true; dataset: Dataset; links: ReverseLinks; coverage: SourceCoverage[]; issues: [] }
  | { ok: false; issues: BuildIssue[] };

/** A record's id as its file name gives it: data/claims/x.yaml is "x". */
const fileId = (file: string) => file.split('/').pop()!.replace(/\.ya?ml$/i, '');

type Entries = { [C in CollectionName]: Entry<C>[] };

/** An entry that finds its file's text again when asked (an issue to locate), rather than holding it. */
class RereadEntry {
  constructor(
    readonly collection: CollectionName,
    readonly file: string,
    readonly record: never,
    private readonly reread: (file: string) => string,
  ) {}
  get text(): string {
    return this.reread(this.file);
  }
}

/** Strings longer than this are prose, which seldom repeats; shorter ones are mostly ids and vocabulary. */
const INTERNED_LENGTH = 64;

/**
 * The string in memory of its own. js-yaml gives each value as a slice of its file's text (V8
 * makes a substring of 13 characters or more a view into its parent), so one id kept from a file
 * kept the whole file's text alive: about 120 MB of YAML at 100,000 events, the texts the build
 * otherwise drops (BENCHMARKS.md, tenth round). JSON.parse makes a flat copy; shorter strings are
 * copies already.
 */
const ownCopy = (text: string): string => (text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string));

/**
 * A parsed record with each of its short strings replaced by the first equal one the build met:
 * YAML gives every mention of an id its own copy (an event's id is written in its claims, its
 * places' in every event there), and a 100,000-event corpus holds millions of mentions. Every
 * string it keeps, short or long, is an ownCopy, and every empty list is NO_ITEMS.
 */
function internStrings(value: unknown, pool: Map<string, string>): unknown {
  if (typeof value === 'string') {
    if (value.length > INTERNED_LENGTH) return ownCopy(value);
    const known = pool.get(value);
    if (known !== undefined) return known;
    const own = ownCopy(value);
    pool.set(own, own);
    return own;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return NO_ITEMS;
    for (let i = 0; i < value.length; i++) value[i] = internStrings(value[i], pool);
  } else if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object)) object[key] = internStrings(object[key], pool);
  }
  return value;
}

function parseFiles(files: Iterable<RecordFile>, reread: BuildInput['reread'], issues: BuildIssue[], brokenIds: Set<string>, brokenCollections: Set<CollectionName>): Entries {
  const pool = new Map<string, string>();
  const entries = Object.fromEntries(collectionNames.map((c) => [c, [] as Entry[]])) as unknown as Entries;
  for (const { collection, file, text, refused } of files) {
    const parsed = refused ? undefined : parseYamlFile(text);
    if (refused) issues.push({ rule: 'record-file', file, path: [], line: refused.line, message: refused.message });
    for (const e of parsed?.syntaxErrors ?? []) issues.push({ rule: 'yaml-syntax', file, path: [], line: e.line, message: e.message });
    if (!parsed || parsed.syntaxErrors.length) {
      brokenCollections.add(collection);
      // the file name is the id, so references to it are not reported a second time
      brokenIds.add(fileId(file));
      continue;
    }
    const raw = parsed.data as { id?: unknown } | null;
    const id = typeof raw?.id === 'string' ? raw.id : undefined;
    const result = (collections[collection].input as z.ZodType).safeParse(raw);
    if (!result.success) {
      // by its id and by its file name, whichever others refer to it by
      if (id) brokenIds.add(id);
      brokenIds.add(fileId(file));
      brokenCollections.add(collection);
      for (const problem of result.error.issues) {
        const path = problem.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
        if (problem.code === 'unrecognized_keys') {
          // each unknown key at its own line, not at the line of the object that holds it
          for (const key of problem.keys) issues.push({ rule: 'schema', file, id, path: [...path, key], line: parsed.lineOf([...path, key]), message: `unknown field "${key}"; check its spelling against the schema` });
        } else issues.push({ rule: 'schema', file, id, path, line: parsed.lineOf(path), message: problem.message });
      }
      continue;
    }
    // the text rather than the parse's line finder: a closure per record held about 110 MB at 100,000 events
    const record = internStrings(result.data, pool) as never;
    (entries[collection] as Entry[]).push(reread ? new RereadEntry(collection, file, record, reread) : { collection, file, record, text });
  }
  return entries;
}

/** How the rules are run; only the test that shows their order does not matter changes it. */
export interface BuildOptions {
  /** The order to run the rules in (their issues are listed in the order of `rules` all the same). */
  runOrder?: (rules: readonly Rule[]) => readonly Rule[];
}

/**
 * YAML -> zod -> resolve (seeds, quotes, dates) -> rules -> records. Pure: reads nothing from
 * disk, so tests and benchmarks can build any corpus in memory.
 * @example const result = buildDataset({ files, seeds }); if (!result.ok) console.error(result.issues)
 */
export function buildDataset(input: BuildInput, options: BuildOptions = {}): BuildResult {
  const issues: BuildIssue[] = [];
  const brokenIds = new Set<string>();
  const brokenCollections = new Set<CollectionName>();
  const entries = parseFiles(input.files, input.reread, issues, brokenIds, brokenCollections);
  // the YAML parses' scratch and the string pool
  collectGarbage();
  const byId = new Map<string, Entry>();
  for (const name of collectionNames) for (const e of entries[name] as Entry[]) if (!byId.has(e.record.id)) byId.set(e.record.id, e);
  const parsed: ParsedRecords = { entries, byId, brokenIds, brokenCollections, releasedIds: input.releasedIds };
  const ctx: BuildContext = { ...parsed, ...resolve(parsed, input.seeds) };
  const active = rules.filter((r) => !(input.skipEditorialRules && r.editorial));
  const found = new Map<Rule, BuildIssue[]>(active.map((rule) => [rule, []]));
  for (const rule of options.runOrder?.(active) ?? active) {
    const list = found.get(rule)!;
    rule.check(ctx, (issue) => list.push({ ...issue, rule: issue.rule ?? rule.name }));
  }
  for (const list of found.values()) issues.push(...list);
  if (issues.length) return { ok: false, issues };
  // the rules' scratch, before assembly allocates the dataset beside the context
  collectGarbage();
  const { dataset, links } = assemble(ctx);
  const claimsBySource = new Map<string, Entry<'claims'>[]>();
  for (const c of ctx.entries.claims) {
    const list = claimsBySource.get(c.record.source);
    if (list) list.push(c);
    else claimsBySource.set(c.record.source, [c]);
  }
  const coverage = dataset.sources.map((source) => coverageOf(source, claimsBySource.get(source.id) ?? [], ctx));
  return { ok: true, dataset, links, coverage, issues: [] };
}
