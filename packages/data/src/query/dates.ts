import { plainDateRange } from '../format/edtfRange.js';
import { KzDataError } from './errors.js';

export { addDays, daysBetween } from '../format/edtfRange.js';

/**
 * The first and last day a "YYYY", "YYYY-MM" or "YYYY-MM-DD" argument covers; a KzDataError
 * INVALID_DATE naming the argument for anything else.
 * @example dayBounds('2011-12', 'from') // { earliest: '2011-12-01', latest: '2011-12-31' }
 */
export function dayBounds(value: string, argument: string): { earliest: string; latest: string } {
  const range = plainDateRange(value);
  if (!range) throw new KzDataError('INVALID_DATE', `${argument} "${value}" is not a date; use YYYY, YYYY-MM or YYYY-MM-DD, e.g. "2011-12-16"`);
  if ('error' in range && range.error === 'month') throw new KzDataError('INVALID_DATE', `${argument} "${value}" has no month ${value.slice(5, 7)}`);
  if ('error' in range) throw new KzDataError('INVALID_DATE', `${argument} "${value}" is not a day of the calendar`);
  return range;
}

/**
 * Whether an EDTF date has no earliest day: "on or before" or an interval with an open or unknown start.
 * @example startIsOpen('[..2016]') // true
 */
export function startIsOpen(date: string): boolean {
  return date.startsWith('[..') || /^(\.\.)?\//.test(date);
}
