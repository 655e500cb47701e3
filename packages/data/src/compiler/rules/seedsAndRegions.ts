import type { Rule } from '../context.js';
import { at } from '../context.js';

export const seedsAndRegions: Rule = {
  name: 'seeds-and-regions',
  description: 'A source names a seed file that exists, and its regions are valid, ordered, non-overlapping line ranges of it.',
  check(ctx, report) {
    for (const entry of ctx.entries.sources) {
      for (const problem of ctx.seedProblems.get(entry) ?? []) {
        switch (problem.kind) {
          case 'no-seed-file':
            report(at(entry, ['seed'], `seeds/${problem.seed} does not exist; the seeds are: ${problem.known.join(', ')}`));
            break;
          case 'lines-outside-seed':
            report(at(entry, ['regions', problem.region, 'lines'], `lines [${problem.lines[0]}, ${problem.lines[1]}] are not a range within the seed's ${problem.lineCount} lines`));
            break;
          case 'lines-out-of-order':
            report(at(entry, ['regions', problem.region, 'lines'], `lines [${problem.lines[0]}, ${problem.lines[1]}] overlap or precede the region before; list regions in seed order`));
            break;
          case 'no-body-region':
            report(at(entry, ['regions'], 'a source needs at least one body region'));
            break;
        }
      }
    }
  },
};
