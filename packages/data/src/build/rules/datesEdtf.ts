import edtf from 'edtf';
import type { Rule } from '../context.js';
import { at } from '../context.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Earliest and latest calendar day an EDTF string allows; open ends stay open as far as the data goes. */
export function edtfRange(value: string): { earliest: string; latest: string } {
  const parsed = edtf(value) as { min: number; max: number };
  const min = Number.isFinite(parsed.min) ? parsed.min : Date.UTC(1900, 0, 1);
  const max = Number.isFinite(parsed.max) ? parsed.max : Date.UTC(2999, 11, 31);
  return { earliest: day(min), latest: day(max) };
}

export const datesEdtf: Rule = {
  name: 'dates-edtf',
  description: 'Every date is valid EDTF (a real calendar date, intervals in order).',
  check(ctx, report) {
    const check = (entry: (typeof ctx.entries)[keyof typeof ctx.entries][number], path: (string | number)[], value: string | undefined) => {
      if (value === undefined) return undefined;
      try {
        return edtfRange(value);
      } catch (error) {
        report(at(entry, path, `"${value}" is not a valid EDTF date (${(error as Error).message.split('\n')[0]}); e.g. "2011-12-16", "2011-05", "2012-12~"`));
        return undefined;
      }
    };
    for (const entry of ctx.entries.events) {
      const range = check(entry, ['date'], entry.record.date);
      if (range) ctx.dateRanges.set(entry.record.id, range);
    }
    for (const entry of ctx.entries.sources) {
      check(entry, ['issued'], entry.record.issued);
      check(entry, ['original', 'issued'], entry.record.original?.issued);
    }
    for (const entry of ctx.entries.actors) entry.record.roles.forEach((r, i) => check(entry, ['roles', i, 'date'], r.date));
  },
};
