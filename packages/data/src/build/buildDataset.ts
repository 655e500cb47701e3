import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { collections, collectionNames, warningsOfAll, type CollectionName } from '../schema/index.js';
import type { Actor, Claim, Event, Place, Redirect, Source, Spelling, Theme } from '../schema/index.js';
import type { Dataset } from '../dataset.js';
import type { BuildContext, Entry, Rule } from './context.js';
import { computeCoverage, countWords, type SourceCoverage } from './coverage.js';
import type { BuildIssue } from './issue.js';
import { claimVoice } from './rules/claimVoice.js';
import { dateBoundsStated } from './rules/dateBounds.js';
import { datesEdtf } from './rules/datesEdtf.js';
import { disputesLinked } from './rules/disputes.js';
import { evidenceConsistent } from './rules/evidence.js';
import { fileNameMatchesId } from './rules/fileNameMatchesId.js';
import { idsUnique } from './rules/idsUnique.js';
import { namesInSeeds } from './rules/namesInSeeds.js';
import { quoteKey, quotes } from './rules/quotes.js';
import { referencesResolve } from './rules/referencesResolve.js';
import { releasedIdsKept } from './rules/releasedIds.js';
import { createSeedsRule } from './rules/seedsAndRegions.js';
import { quotableNames } from './seedText.js';
import { contentWarningsCarried } from './rules/contentWarnings.js';
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
  files: readonly RecordFile[];
  /** Seed file name (under seeds/) to its text. */
  seeds: ReadonlyMap<string, string>;
  releasedIds?: readonly string[];
  /** Skip the editorial rules: for data written before they existed (release notes of an old ref). */
  skipEditorialRules?: boolean;
}

export type BuildResult =
  | { ok: true; dataset: Dataset; coverage: SourceCoverage[]; issues: [] }
  | { ok: false; issues: BuildIssue[] };

/** A record's id as its file name gives it: data/claims/x.yaml is "x". */
const fileId = (file: string) => file.split('/').pop()!.replace(/\.ya?ml$/i, '');

/** The checks in the order they run; later rules rely on what earlier ones gathered. */
export function rulesFor(seeds: ReadonlyMap<string, string>): Rule[] {
  return [fileNameMatchesId, idsUnique, referencesResolve, createSeedsRule(seeds), quotes, datesEdtf, dateBoundsStated, evidenceConsistent, disputesLinked, claimVoice, contentWarningsCarried, namesInSeeds, releasedIdsKept];
}

function parseFiles(files: readonly RecordFile[], issues: BuildIssue[], brokenIds: Set<string>, brokenCollections: Set<CollectionName>): BuildContext['entries'] {
  const entries = Object.fromEntries(collectionNames.map((c) => [c, [] as Entry[]])) as unknown as BuildContext['entries'];
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
    (entries[collection] as Entry[]).push({ collection, file, record: result.data as never, text });
  }
  return entries;
}

/**
 * YAML -> zod -> cross-record checks -> records. Pure: reads nothing from disk, so tests and
 * benchmarks can build any corpus in memory.
 * @example const result = buildDataset({ files, seeds }); if (!result.ok) console.error(result.issues)
 */
export function buildDataset(input: BuildInput): BuildResult {
  const issues: BuildIssue[] = [];
  const brokenIds = new Set<string>();
  const brokenCollections = new Set<CollectionName>();
  const entries = parseFiles(input.files, issues, brokenIds, brokenCollections);
  const byId = new Map<string, Entry>();
  for (const name of collectionNames) for (const e of entries[name] as Entry[]) if (!byId.has(e.record.id)) byId.set(e.record.id, e);
  const ctx: BuildContext = { entries, byId, brokenIds, brokenCollections, seeds: new Map(), quotes: new Map(), dateRanges: new Map(), releasedIds: input.releasedIds };
  for (const rule of rulesFor(input.seeds).filter((r) => !(input.skipEditorialRules && r.editorial))) rule.check(ctx, (issue) => issues.push({ ...issue, rule: issue.rule ?? rule.name }));
  if (issues.length) return { ok: false, issues };
  const dataset = assemble(ctx);
  const claimsBySource = new Map<string, Entry<'claims'>[]>();
  for (const c of ctx.entries.claims) {
    const list = claimsBySource.get(c.record.source);
    if (list) list.push(c);
    else claimsBySource.set(c.record.source, [c]);
  }
  const coverage = dataset.sources.map((source) => coverageOf(source, claimsBySource.get(source.id) ?? [], ctx));
  return { ok: true, dataset, coverage, issues: [] };
}

function assemble(ctx: BuildContext): Dataset {
  const resolved = (id: string, path: (string | number)[]) => ctx.quotes.get(quoteKey(id, path))!;

  // claims in source order, then in the order of their quotes in the seed: grouped by source
  // first, so each sort is a source's few claims rather than one comparator over all of them
  // a dispute is one link shown from both ends, whichever claim declares it
  const disputedWith = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = disputedWith.get(a);
    if (!list) disputedWith.set(a, [b]);
    else if (!list.includes(b)) list.push(b);
  };
  for (const { record: c } of ctx.entries.claims) for (const other of c.disputes) (link(c.id, other), link(other, c.id));
  for (const list of disputedWith.values()) list.sort(byCode);
  const claimsOfSource = new Map<string, Claim[]>();
  for (const { record: c } of ctx.entries.claims) {
    const q = resolved(c.id, ['quote']);
    const claim: Claim = {
      id: c.id,
      source: c.source,
      quote: { ...c.quote, start: q.start, end: q.end },
      region: q.region,
      kind: c.kind,
      attributedTo: c.attributedTo,
      about: c.about,
      disputes: disputedWith.get(c.id) ?? [],
      contentWarnings: c.contentWarnings,
    };
    // set rather than spread in: the same fields in the same order, without copying an object per claim
    if (c.figure) claim.figure = c.figure;
    if (c.summary) claim.summary = c.summary;
    const list = claimsOfSource.get(c.source);
    if (list) list.push(claim);
    else claimsOfSource.set(c.source, [claim]);
  }
  const claims: Claim[] = [...claimsOfSource.keys()]
    .sort(byCode)
    .flatMap((source) => claimsOfSource.get(source)!.sort((a, b) => a.quote.start - b.quote.start || byCode(a.id, b.id)));

  const claimsAbout = new Map<string, string[]>();
  for (const claim of claims) {
    for (const id of claim.about) {
      const list = claimsAbout.get(id);
      if (list) list.push(claim.id);
      else claimsAbout.set(id, [claim.id]);
    }
  }

  const finder = quotableNames(ctx);
  const spellingsOf = (names: string[]): Spelling[] => names.map((name) => ({ name, sources: finder.textsWith(name).sort() }));

  const sources: Source[] = ctx.entries.sources
    .map(({ record: s }) => {
      const seed = ctx.seeds.get(s.id)!;
      const body = seed.regions.filter((r) => r.kind === 'body').map((r) => seed.text.slice(r.start, r.end)).join(' ');
      const wordCount = countWords(body);
      return {
        ...s,
        errata: s.errata.map((e, i) => ({
          ...e,
          quote: { ...e.quote, ...pick(resolved(s.id, ['errata', i, 'quote'])) },
          evidence: e.evidence.map((ev, j) => ({ ...ev, quote: { ...ev.quote, ...pick(resolved(s.id, ['errata', i, 'evidence', j, 'quote'])) } })),
        })),
        coverageSkips: s.coverageSkips.map((skip, i) => ({ ...skip, quote: { ...skip.quote, ...pick(resolved(s.id, ['coverageSkips', i, 'quote'])) } })),
        wordCount,
        readingMinutes: Math.max(1, Math.ceil(wordCount / 200)),
        regionOffsets: seed.regions.map((r) => ({ kind: r.kind, start: r.start, end: r.end })),
        seedSha256: createHash('sha256').update(seed.text, 'utf8').digest('hex'),
      };
    })
    .sort((a, b) => byCode(a.id, b.id));

  const warningsOf = new Map(claims.map((c) => [c.id, c.contentWarnings]));
  const events: Event[] = sortByKey(
    ctx.entries.events.map(({ record: e }) => {
      const about = claimsAbout.get(e.id) ?? [];
      return { ...e, dateRange: ctx.dateRanges.get(e.id)!, claims: about, contentWarnings: warningsOfAll(about.map((id) => warningsOf.get(id) ?? [])) };
    }),
    // ISO days have one length, so earliest, latest and id joined sort as the three in turn
    (e) => `${e.dateRange.earliest}${e.dateRange.latest}${e.id}`,
  );

  const actors: Actor[] = ctx.entries.actors
    .map(({ record: a }) => ({ ...a, spellings: spellingsOf(a.nameIsDescriptive ? a.aliases : [a.name, ...a.aliases]), claims: claimsAbout.get(a.id) ?? [] }))
    .sort((a, b) => byCode(a.id, b.id));
  const places: Place[] = ctx.entries.places
    .map(({ record: p }) => ({ ...p, spellings: spellingsOf([p.name, ...p.aliases]), claims: claimsAbout.get(p.id) ?? [] }))
    .sort((a, b) => byCode(a.id, b.id));
  const themes: Theme[] = ctx.entries.themes.map((t) => t.record).sort((a, b) => byCode(a.id, b.id));
  const redirects: Redirect[] = ctx.entries.redirects.map((r) => r.record).sort((a, b) => byCode(a.id, b.id));
  return { sources, claims, events, actors, places, themes, redirects };
}

/** Code-unit order; for kebab-case ids and ISO days the same as localeCompare, and much faster. */
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** `items` in the code-unit order of their keys, each key computed once rather than in every comparison. */
function sortByKey<T>(items: T[], keyOf: (item: T) => string): T[] {
  const keyed = items.map((item) => ({ key: keyOf(item), item }));
  keyed.sort((a, b) => byCode(a.key, b.key));
  return keyed.map((k) => k.item);
}

const pick = (q: { start: number; end: number }) => ({ start: q.start, end: q.end });

function coverageOf(source: Source, sourceClaims: readonly Entry<'claims'>[], ctx: BuildContext): SourceCoverage {
  const seed = ctx.seeds.get(source.id)!;
  const ranges = (kind: string) => seed.regions.filter((r) => r.kind === kind).map((r) => [r.start, r.end] as const);
  const quotes = sourceClaims
    .map((c) => ctx.quotes.get(quoteKey(c.record.id, ['quote']))!)
    .map((q) => [q.start, q.end] as const);
  const skips = source.coverageSkips.map((s) => [s.quote.start, s.quote.end] as const);
  return computeCoverage({ source: source.id, seed: source.seed, seedText: seed.text, body: ranges('body'), quotes, skips });
}
