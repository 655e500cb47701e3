import type { Rule } from '../context.js';
import { at } from '../context.js';

export const datesEdtf: Rule = {
  name: 'dates-edtf',
  description: 'Every date is valid EDTF (a real calendar date, intervals in order).',
  check(ctx, report) {
    for (const { entry, path, value, reason } of ctx.invalidDates) {
      report(at(entry, path, `"${value}" is not a valid EDTF date (${reason.split('\n')[0]}); e.g. "2011-12-16", "2011-05", "2012-12~"`));
    }
  },
};
