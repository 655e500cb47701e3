import type { Rule, SeedInfo } from '../context.js';
import { at } from '../context.js';
import { lineRange, lineStarts } from '../seedText.js';

export function createSeedsRule(seedTexts: ReadonlyMap<string, string>): Rule {
  return {
    name: 'seeds-and-regions',
    description: 'A source names a seed file that exists, and its regions are valid, ordered, non-overlapping line ranges of it.',
    check(ctx, report) {
      for (const entry of ctx.entries.sources) {
        const { seed, regions } = entry.record;
        const text = seedTexts.get(seed);
        if (text === undefined) {
          report(at(entry, ['seed'], `seeds/${seed} does not exist; the seeds are: ${[...seedTexts.keys()].join(', ')}`));
          continue;
        }
        const starts = lineStarts(text);
        const info: SeedInfo = { file: seed, text, regions: [] };
        let ok = true;
        let lastLine = 0;
        regions.forEach((region, i) => {
          const [first, last] = region.lines;
          if (first > last || last > starts.length) {
            report(at(entry, ['regions', i, 'lines'], `lines [${first}, ${last}] are not a range within the seed's ${starts.length} lines`));
            ok = false;
          } else if (first <= lastLine) {
            report(at(entry, ['regions', i, 'lines'], `lines [${first}, ${last}] overlap or precede the region before; list regions in seed order`));
            ok = false;
          } else {
            const [start, end] = lineRange(starts, text.length, first, last);
            info.regions.push({ kind: region.kind, start, end });
            lastLine = last;
          }
        });
        if (!info.regions.some((r) => r.kind === 'body')) {
          report(at(entry, ['regions'], 'a source needs at least one body region'));
          ok = false;
        }
        if (ok) ctx.seeds.set(entry.record.id, info);
      }
    },
  };
}
