import { createHash } from 'node:crypto';
import type { Dataset } from '../dataset.js';
import type { QuoteSelectorInput } from '../schema/common.js';
import type { Actor, Claim, Event, Place, Redirect, Source, Spelling, Theme } from '../schema/index.js';
import { warningsOfAll } from '../schema/vocabulary.js';
import { NO_ITEMS, type BuildContext, type Entry } from './context.js';
import { computeCoverage, countWords, type SourceCoverage } from './coverage.js';
import { resolvedQuote } from './resolve/quotes.js';
import { reverseLinksOf, type ReverseLinks } from './reverseLinks.js';
import { quotableNames } from './seedText.js';

/**
 * The dataset from records that passed every rule, with quotes, dates and seeds as resolved.
 * Events, actors, places and claims' quotes are the parsed records themselves, given their
 * computed fields, rather than copies: nothing reads the parsed records after assembly but
 * coverage, which reads only the quotes' words, and a copy of each would keep two of every
 * record alive. The computed fields come last, as a spread copy would have put them. The links
 * the records hold only one way are listed backwards beside them, from the sorted records.
 * @example const { dataset, links } = assemble(ctx)
 */
export function assemble(ctx: BuildContext): { dataset: Dataset; links: ReverseLinks } {
  const resolved = (selector: QuoteSelectorInput) => resolvedQuote(ctx.quotes, selector);

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
    const q = resolved(c.quote);
    const quote = c.quote as Claim['quote'];
    quote.start = q.start;
    quote.end = q.end;
    const claim: Claim = {
      id: c.id,
      source: c.source,
      quote,
      region: q.region,
      kind: c.kind,
      attributedTo: c.attributedTo,
      about: c.about,
      disputes: disputedWith.get(c.id) ?? NO_ITEMS,
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
          quote: { ...e.quote, ...pick(resolved(e.quote)) },
          evidence: e.evidence.map((ev, j) => ({ ...ev, quote: { ...ev.quote, ...pick(resolved(ev.quote)) } })),
        })),
        coverageSkips: s.coverageSkips.map((skip, i) => ({ ...skip, quote: { ...skip.quote, ...pick(resolved(skip.quote)) } })),
        wordCount,
        readingMinutes: Math.max(1, Math.ceil(wordCount / 200)),
        regionOffsets: seed.regions.map((r) => ({ kind: r.kind, start: r.start, end: r.end })),
        seedSha256: createHash('sha256').update(seed.text, 'utf8').digest('hex'),
      };
    })
    .sort((a, b) => byCode(a.id, b.id));

  // an event warns of what its claims warn of
  const warningsOf = new Map(claims.map((c) => [c.id, c.contentWarnings]));
  const events: Event[] = sortByKey(
    ctx.entries.events.map((entry) => {
      const event = entry.record as Event;
      event.dateRange = ctx.eventDates.get(entry)!;
      event.claims = claimsAbout.get(entry.record.id) ?? NO_ITEMS;
      const warnings = warningsOfAll(event.claims.map((id) => warningsOf.get(id) ?? NO_ITEMS));
      event.contentWarnings = warnings.length ? warnings : NO_ITEMS;
      return event;
    }),
    // ISO days have one length, so earliest, latest and id joined sort as the three in turn
    (e) => `${e.dateRange.earliest}${e.dateRange.latest}${e.id}`,
  );

  const actors: Actor[] = ctx.entries.actors
    .map(({ record: a }) => {
      const actor = a as Actor;
      actor.spellings = spellingsOf(a.nameIsDescriptive ? a.aliases : [a.name, ...a.aliases]);
      actor.claims = claimsAbout.get(a.id) ?? NO_ITEMS;
      return actor;
    })
    .sort((a, b) => byCode(a.id, b.id));
  const places: Place[] = ctx.entries.places
    .map(({ record: p }) => {
      const place = p as Place;
      place.spellings = spellingsOf([p.name, ...p.aliases]);
      place.claims = claimsAbout.get(p.id) ?? NO_ITEMS;
      return place;
    })
    .sort((a, b) => byCode(a.id, b.id));
  const themes: Theme[] = ctx.entries.themes.map((t) => t.record).sort((a, b) => byCode(a.id, b.id));
  const redirects: Redirect[] = ctx.entries.redirects.map((r) => r.record).sort((a, b) => byCode(a.id, b.id));
  const dataset: Dataset = { sources, claims, events, actors, places, themes, redirects };
  return { dataset, links: reverseLinksOf(dataset) };
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

/** How much of a source's seed its claims quote, from the resolved quotes. */
export function coverageOf(source: Source, sourceClaims: readonly Entry<'claims'>[], ctx: BuildContext): SourceCoverage {
  const seed = ctx.seeds.get(source.id)!;
  const ranges = (kind: string) => seed.regions.filter((r) => r.kind === kind).map((r) => [r.start, r.end] as const);
  const quotes = sourceClaims
    .map((c) => resolvedQuote(ctx.quotes, c.record.quote))
    .map((q) => [q.start, q.end] as const);
  const skips = source.coverageSkips.map((s) => [s.quote.start, s.quote.end] as const);
  return computeCoverage({ source: source.id, seed: source.seed, seedText: seed.text, body: ranges('body'), quotes, skips });
}
