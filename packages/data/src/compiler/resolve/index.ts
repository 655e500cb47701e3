import type { ParsedRecords } from '../context.js';
import { resolveDates, type ResolvedDates } from './dates.js';
import { resolveQuotes, type ResolvedQuotes } from './quotes.js';
import { resolveSeeds, type ResolvedSeeds } from './seeds.js';

/** What the records point at, worked out once before any rule runs: rules and assembly only read it. */
export interface Resolved extends ResolvedSeeds, ResolvedDates {
  quotes: ResolvedQuotes;
}

/**
 * Seeds, quotes and dates of the parsed records, with what failed to resolve kept for the rules to report.
 * @example const ctx = { ...parsed, ...resolve(parsed, seedTexts) }
 */
export function resolve(parsed: ParsedRecords, seedTexts: ReadonlyMap<string, string>): Resolved {
  const seeds = resolveSeeds(parsed.entries.sources, seedTexts);
  return { ...seeds, quotes: resolveQuotes(parsed.entries, seeds.seeds), ...resolveDates(parsed.entries) };
}
