import type { Rule } from '../context.js';
import { at } from '../context.js';
import { collectionNames } from '../../schema/index.js';

export const idsUnique: Rule = {
  name: 'ids-unique',
  description: 'An id names one record across all collections, so get-by-id needs no collection.',
  check(ctx, report) {
    // byId holds the first record of each id in this same order, so any other is a second use
    for (const name of collectionNames) {
      for (const entry of ctx.entries[name]) {
        const first = ctx.byId.get(entry.record.id);
        if (first !== entry) report(at(entry, ['id'], `id "${entry.record.id}" is already used by ${first!.file}; ids are unique across all collections`));
      }
    }
  },
};
