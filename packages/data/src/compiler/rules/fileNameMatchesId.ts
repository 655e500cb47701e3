import type { Rule } from '../context.js';
import { at } from '../context.js';
import { collectionNames } from '../../schema/index.js';

export const fileNameMatchesId: Rule = {
  name: 'file-name-matches-id',
  description: 'Each record lives in <collection>/<id>.yaml, so a record is found by its id alone.',
  check(ctx, report) {
    for (const name of collectionNames) {
      for (const entry of ctx.entries[name]) {
        const { file } = entry;
        const id = entry.record.id;
        // the usual case answered without building strings
        if (file.endsWith('.yaml') && file.length > id.length + 5 && file[file.length - id.length - 6] === '/' && file.startsWith(id, file.length - id.length - 5)) continue;
        const base = file.split('/').pop()!.replace(/\.ya?ml$/, '');
        if (base !== id) {
          report(at(entry, ['id'], `the file is named "${base}" but the id is "${entry.record.id}"; rename the file to ${entry.record.id}.yaml`));
        }
      }
    }
  },
};
