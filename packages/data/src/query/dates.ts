import { KzDataError } from './errors.js';

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The first and last day a "YYYY", "YYYY-MM" or "YYYY-MM-DD" string covers.
 * @example dayBounds('2011-12') // { earliest: '2011-12-01', latest: '2011-12-31' }
 */
export function dayBounds(value: string, argument: string): { earliest: string; latest: string } {
  const m = pattern.exec(value);
  if (!m) throw new KzDataError('INVALID_DATE', `${argument} "${value}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2011-12-16"`);
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const daysIn = (mo: number) => new Date(Date.UTC(year, mo, 0)).getUTCDate();
  if (month !== undefined && (month < 1 || month > 12)) throw new KzDataError('INVALID_DATE', `${argument} "${value}" has no month ${m[2]}`);
  if (day !== undefined && (day < 1 || day > daysIn(month!))) throw new KzDataError('INVALID_DATE', `${argument} "${value}" is not a day of the calendar`);
  if (month === undefined) return { earliest: `${m[1]}-01-01`, latest: `${m[1]}-12-31` };
  if (day === undefined) return { earliest: `${m[1]}-${m[2]}-01`, latest: `${m[1]}-${m[2]}-${pad(daysIn(month))}` };
  return { earliest: value, latest: value };
}

/** Whole days from a to b (ISO days). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** An ISO day moved by n days. */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/**
 * Whether an EDTF date has no earliest day: "on or before" or an interval with an open or unknown start.
 * @example startIsOpen('[..2016]') // true
 */
export function startIsOpen(date: string): boolean {
  return date.startsWith('[..') || /^(\.\.)?\//.test(date);
}
