import type { Rule } from '../context.js';
import { at } from '../context.js';
import { collectionNames } from '../../schema/index.js';

export const idsUnique: Rule = {
  name: 'ids-unique',
  description: 'An id names one record across all collections, so get-by-id needs no collection.',
  check(ctx, report) {
    const seen = new Map<string, string>();
    for (const name of collectionNames) {
      for (const entry of ctx.entries[name]) {
        const first = seen.get(entry.record.id);
        if (first) report(at(entry, ['id'], `id "${entry.record.id}" is already used by ${first}; ids are unique across all collections`));
        else seen.set(entry.record.id, entry.file);
      }
    }
  },
};
