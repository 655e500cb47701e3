import type { QuoteSelectorInput } from '../../schema/common.js';
import type { Entry, InputRecords } from '../context.js';
import { resolveQuote, type QuoteResolution } from './resolveQuote.js';
import type { RegionKind, SeedInfo } from './seeds.js';

/** Where a quote landed in its seed, or why it did not. */
export type QuoteOutcome =
  | { ok: true; start: number; end: number; region: RegionKind }
  | Extract<QuoteResolution, { ok: false }>
  | { ok: false; reason: 'outside-regions'; start: number; region: RegionKind | undefined };

/** One quote of one record, resolved against the seed of the source it quotes. */
export interface QuoteSite {
  entry: Entry;
  /** Field path of the quote in its record, e.g. ["errata", 0, "evidence", 1, "quote"]. */
  path: (string | number)[];
  selector: QuoteSelectorInput;
  seed: SeedInfo;
  /** The regions this quote may come from. */
  allowed: readonly RegionKind[];
  outcome: QuoteOutcome;
}

/** Every quote whose source has a usable seed, by its selector (the record's own quote object), in record order. */
export type ResolvedQuotes = ReadonlyMap<QuoteSelectorInput, QuoteSite>;

const QUOTABLE: readonly RegionKind[] = ['body', 'attribution', 'caption'];

/**
 * Resolve every quote of the claims and sources (errata, their evidence, coverage skips) to offsets.
 * @example resolveQuotes(entries, seeds).get(claim.record.quote)?.outcome // { ok: true, start, end, region }
 */
export function resolveQuotes(entries: { readonly [C in 'claims' | 'sources']: readonly Entry<C>[] }, seeds: ReadonlyMap<string, SeedInfo>): ResolvedQuotes {
  const quotes = new Map<QuoteSelectorInput, QuoteSite>();
  const add = (entry: Entry, path: (string | number)[], sourceId: string, selector: QuoteSelectorInput, allowed = QUOTABLE) => {
    const seed = seeds.get(sourceId);
    if (!seed) return; // seeds-and-regions or references-resolve reports the source
    quotes.set(selector, { entry, path, selector, seed, allowed, outcome: locate(seed, selector, allowed) });
  };
  for (const entry of entries.claims) add(entry, ['quote'], entry.record.source, entry.record.quote);
  for (const entry of entries.sources) {
    const source: InputRecords['sources'] = entry.record;
    source.errata.forEach((erratum, i) => {
      add(entry, ['errata', i, 'quote'], source.id, erratum.quote);
      erratum.evidence.forEach((ev, j) => add(entry, ['errata', i, 'evidence', j, 'quote'], ev.source, ev.quote));
    });
    source.coverageSkips.forEach((skip, i) => add(entry, ['coverageSkips', i, 'quote'], source.id, skip.quote, ['body']));
  }
  return quotes;
}

function locate(seed: SeedInfo, selector: QuoteSelectorInput, allowed: readonly RegionKind[]): QuoteOutcome {
  const found = resolveQuote(seed.text, selector);
  if (!found.ok) return found;
  const region = seed.regions.find((r) => found.start >= r.start && found.end <= r.end);
  if (!region || !allowed.includes(region.kind)) return { ok: false, reason: 'outside-regions', start: found.start, region: region?.kind };
  return { ok: true, start: found.start, end: found.end, region: region.kind };
}

/**
 * The offsets of a quote that resolved; only for assembly, which runs once every quote has.
 * @example const { start, end, region } = resolvedQuote(ctx.quotes, claim.quote)
 */
export function resolvedQuote(quotes: ResolvedQuotes, selector: QuoteSelectorInput): { start: number; end: number; region: RegionKind } {
  const outcome = quotes.get(selector)?.outcome;
  if (!outcome?.ok) throw new Error(`assembly reached a quote that did not resolve: ${JSON.stringify(selector.exact)}`);
  return outcome;
}
