import type { Rule } from '../context.js';

/**
 * An id that was ever released stays resolvable: as a record, or as a moved/split redirect.
 * The list lives in released-ids.json and only grows.
 */
export const releasedIdsKept: Rule = {
  name: 'released-ids-kept',
  description: 'No released id disappears without a moved/split redirect record.',
  check(ctx, report) {
    for (const id of ctx.releasedIds ?? []) {
      // a record that failed its schema is reported as such, not as gone
      if (!ctx.byId.has(id) && !ctx.brokenIds.has(id)) {
        report({
          file: 'released-ids.json',
          id,
          path: [],
          message: `released id "${id}" is gone; keep its record or add data/redirects/${id}.yaml with kind moved or split`,
        });
      }
    }
  },
};
