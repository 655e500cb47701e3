import edtf from 'edtf';
import type { Rule } from '../context.js';
import { at } from '../context.js';
import { plainDateRange } from '../../format/edtfRange.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

const ranges = new Map<string, { earliest: string; latest: string }>();

/** Earliest and latest calendar day an EDTF string allows; open ends stay open as far as the data goes. */
export function edtfRange(value: string): { earliest: string; latest: string } {
  // many events share a date, and the EDTF grammar is slow to run
  const known = ranges.get(value);
  if (known) return { ...known };
  const range = parseRange(value);
  if (ranges.size < 100_000) ranges.set(value, range);
  return { ...range };
}

/** A plain year, month or day (most dates in event data) without the grammar; undefined for anything else. */
function plainRange(value: string): { earliest: string; latest: string } | undefined {
  const range = plainDateRange(value);
  // a month or day the calendar lacks, or a year before 1900, is left to the grammar to word
  if (!range || 'error' in range || Number(value.slice(0, 4)) < 1900) return undefined;
  return range;
}

const dayPattern = /(\d{4})-(\d{2})-(\d{2})/g;

/** The edtf library rolls 2011-02-29 over to 1 March; a day the calendar lacks is refused here. */
function refuseImpossibleDays(value: string): void {
  for (const m of value.matchAll(dayPattern)) {
    const [text, year, month, dayOfMonth] = m;
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(dayOfMonth)));
    if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(dayOfMonth)) {
      throw new Error(`${text} is not a day of the calendar`);
    }
  }
}

function parseRange(value: string): { earliest: string; latest: string } {
  refuseImpossibleDays(value);
  const simple = plainRange(value);
  if (simple) return simple;
  const slash = value.indexOf('/');
  if (slash > 0) {
    // an interval of two plain dates in order; the end may be coarser than the start and
    // contain it ("2022-01-02/2022-01": from 2 January, ending within January), which EDTF
    // allows and the edtf library refuses
    const start = plainRange(value.slice(0, slash));
    const end = plainRange(value.slice(slash + 1));
    if (start && end && (start.latest < end.earliest || (start.earliest >= end.earliest && start.latest <= end.latest && value.slice(0, slash) !== value.slice(slash + 1)))) {
      return { earliest: start.earliest, latest: end.latest };
    }
  }
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
