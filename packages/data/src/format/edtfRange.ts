/** One EDTF point as written: year, month and day as given, and its qualifier (`?`, `~` or `%`). */
export interface EdtfPoint {
  year: string;
  month: string | undefined;
  day: string | undefined;
  qualifier: '' | '?' | '~' | '%';
}

const POINT = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%]?)$/;

/**
 * A single EDTF date (YYYY, YYYY-MM or YYYY-MM-DD, optionally qualified), or undefined for
 * anything else (an interval, unspecified digits, a season is read as a month code above 12).
 * @example parseEdtfPoint('2012-12~') // { year: '2012', month: '12', day: undefined, qualifier: '~' }
 */
export function parseEdtfPoint(point: string): EdtfPoint | undefined {
  const m = POINT.exec(point);
  if (!m) return undefined;
  return { year: m[1]!, month: m[2], day: m[3], qualifier: m[4] as EdtfPoint['qualifier'] };
}

/** Why a plain date has no calendar range: a month above 12 or a day the month lacks. */
export type PlainDateError = 'month' | 'day';

/**
 * The first and last day a plain "YYYY", "YYYY-MM" or "YYYY-MM-DD" covers; an error for a month
 * or day the calendar lacks; undefined when the text is not a plain date at all.
 * @example plainDateRange('2011-12') // { earliest: '2011-12-01', latest: '2011-12-31' }
 */
export function plainDateRange(value: string): { earliest: string; latest: string } | { error: PlainDateError } | undefined {
  const point = parseEdtfPoint(value);
  if (!point || point.qualifier) return undefined;
  const { year, month, day } = point;
  if (month === undefined) return { earliest: `${year}-01-01`, latest: `${year}-12-31` };
  if (Number(month) < 1 || Number(month) > 12) return { error: 'month' };
  const last = daysInMonth(Number(year), Number(month));
  if (day === undefined) return { earliest: `${year}-${month}-01`, latest: `${year}-${month}-${String(last).padStart(2, '0')}` };
  if (Number(day) < 1 || Number(day) > last) return { error: 'day' };
  return { earliest: value, latest: value };
}

/** Days in a month of the Gregorian calendar. @example daysInMonth(2012, 2) // 29 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whole days from a to b (ISO days). @example daysBetween('2011-12-16', '2011-12-17') // 1 */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** An ISO day moved by n days. @example addDays('2011-12-31', 1) // "2012-01-01" */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}
