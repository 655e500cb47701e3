import type { Rule } from '../context.js';
import { at } from '../context.js';
import { quotableNames } from '../seedText.js';

export const namesInSeeds: Rule = {
  name: 'names-in-seeds',
  description: "Every actor's and place's name and alias occurs, spelled exactly so, in the quotable text of some seed.",
  check(ctx, report) {
    // with a source's seed or regions broken (already reported) the texts are incomplete
    if (ctx.brokenCollections.has('sources') || ctx.seeds.size < ctx.entries.sources.length) return;
    const names = quotableNames(ctx);
    for (const entry of [...ctx.entries.actors, ...ctx.entries.places]) {
      const { name, aliases } = entry.record;
      const descriptive = 'nameIsDescriptive' in entry.record && entry.record.nameIsDescriptive;
      [name, ...aliases].forEach((spelling, i) => {
        if (i === 0 && descriptive) return;
        if (!names.anyWith(spelling)) {
          report(at(entry, i === 0 ? ['name'] : ['aliases', i - 1], `"${spelling}" does not occur in any seed's quotable text; names and aliases are spelled as a source spells them`));
        }
      });
    }
  },
};
