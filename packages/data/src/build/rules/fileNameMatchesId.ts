import type { Rule } from '../context.js';
import { at } from '../context.js';
import { collectionNames } from '../../schema/index.js';

export const fileNameMatchesId: Rule = {
  name: 'file-name-matches-id',
  description: 'Each record lives in <collection>/<id>.yaml, so a record is found by its id alone.',
  check(ctx, report) {
    for (const name of collectionNames) {
      for (const entry of ctx.entries[name]) {
        const base = entry.file.split('/').pop()!.replace(/\.ya?ml$/, '');
        if (base !== entry.record.id) {
          report(at(entry, ['id'], `the file is named "${base}" but the id is "${entry.record.id}"; rename the file to ${entry.record.id}.yaml`));
        }
      }
    }
  },
};
