import type { Entry } from '../context.js';
import { lineRange, lineStarts } from '../seedText.js';

/** The kinds of seed text a source may be quoted from. */
export type RegionKind = 'body' | 'attribution' | 'caption';

/** A source's seed text with the character ranges of its quotable regions. */
export interface SeedInfo {
  file: string;
  text: string;
  /** [start, end) offsets of each quotable region. */
  regions: { kind: RegionKind; start: number; end: number }[];
}

/** Why a source's seed or regions cannot be used, in the terms the seeds-and-regions rule words. */
export type SeedProblem =
  | { kind: 'no-seed-file'; seed: string; known: readonly string[] }
  | { kind: 'lines-outside-seed'; region: number; lines: readonly [number, number]; lineCount: number }
  | { kind: 'lines-out-of-order'; region: number; lines: readonly [number, number] }
  | { kind: 'no-body-region' };

export interface ResolvedSeeds {
  /** Seed text and regions per source id, only for sources whose seed and regions are valid. */
  seeds: ReadonlyMap<string, SeedInfo>;
  /** What is wrong with a source's seed or regions, in the order it is found; absent when nothing is. */
  seedProblems: ReadonlyMap<Entry<'sources'>, readonly SeedProblem[]>;
}

/**
 * Each source's seed text and the offsets of its regions, from the seed files by name.
 * @example resolveSeeds(entries.sources, new Map([['000.txt', text]])).seeds.get('some-source')?.regions
 */
export function resolveSeeds(sources: readonly Entry<'sources'>[], seedTexts: ReadonlyMap<string, string>): ResolvedSeeds {
  const seeds = new Map<string, SeedInfo>();
  const seedProblems = new Map<Entry<'sources'>, SeedProblem[]>();
  for (const entry of sources) {
    const { seed, regions } = entry.record;
    const text = seedTexts.get(seed);
    if (text === undefined) {
      seedProblems.set(entry, [{ kind: 'no-seed-file', seed, known: [...seedTexts.keys()] }]);
      continue;
    }
    const problems: SeedProblem[] = [];
    const starts = lineStarts(text);
    const info: SeedInfo = { file: seed, text, regions: [] };
    let lastLine = 0;
    regions.forEach((region, i) => {
      const [first, last] = region.lines;
      if (first > last || last > starts.length) problems.push({ kind: 'lines-outside-seed', region: i, lines: region.lines, lineCount: starts.length });
      else if (first <= lastLine) problems.push({ kind: 'lines-out-of-order', region: i, lines: region.lines });
      else {
        const [start, end] = lineRange(starts, text.length, first, last);
        info.regions.push({ kind: region.kind, start, end });
        lastLine = last;
      }
    });
    if (!info.regions.some((r) => r.kind === 'body')) problems.push({ kind: 'no-body-region' });
    if (problems.length) seedProblems.set(entry, problems);
    // by id, as claims name their source: of two sources with one id (ids-unique reports it) the later holds
    else seeds.set(entry.record.id, info);
  }
  return { seeds, seedProblems };
}
