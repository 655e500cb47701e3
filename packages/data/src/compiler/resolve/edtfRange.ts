import edtf from 'edtf';
import { plainDateRange } from '../../format/edtfRange.js';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The days an event's date allows, as emitted in its dateRange. */
export interface DateRange {
  earliest: string;
  latest: string;
}

const ranges = new Map<string, DateRange>();

/** Earliest and latest calendar day an EDTF string allows; open ends stay open as far as the data goes. */
export function edtfRange(value: string): DateRange {
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

function parseRange(value: string): DateRange {
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
