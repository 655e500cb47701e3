import { parseEdtfPoint } from './edtfRange.js';

/** The months' English names, January first. @example monthNames[11] // "December" */
export const monthNames: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const isOpen = (part: string) => part === '' || part === '..';
const bare = (part: string) => part.replace(/[~?%]$/, '');

function formatPoint(edtf: string): string {
  const point = parseEdtfPoint(edtf);
  if (!point) return edtf;
  const { year, month, day, qualifier: flag } = point;
  const monthName = month ? monthNames[Number(month) - 1] : undefined;
  // seasons and other EDTF month codes above 12 have no month name: keep the EDTF as written
  if (month && !monthName) return edtf;
  let words = year;
  if (monthName) words = `${monthName} ${year}`;
  if (monthName && day) words = `${Number(day)} ${words}`;
  if (flag === '~') return `about ${words}`;
  if (flag === '?') return `${words} (uncertain)`;
  if (flag === '%') return `about ${words} (uncertain)`;
  return words;
}

/**
 * An EDTF date as words, each bound as precise as the data gives it and never more: an open end
 * is said to be not given, and an end known only to lie within a month or year says so.
 * @example formatEdtf('2022-01-02/2022-01') // "from 2 January 2022, ending within January 2022"
 * @example formatEdtf('2022-01-05/..') // "from 5 January 2022, end not given"
 * @example formatEdtf('2011-12/2012-01~') // "December 2011 – about January 2012"
 * @example formatEdtf('[..2016]') // "2016 or earlier"
 */
export function formatEdtf(edtf: string): string {
  const onOrBefore = /^\[\.\.([^\]]+)\]$/.exec(edtf);
  if (onOrBefore) return `${formatPoint(onOrBefore[1]!)} or earlier`;
  const slash = edtf.indexOf('/');
  if (slash < 0) return formatPoint(edtf);
  const start = edtf.slice(0, slash);
  const end = edtf.slice(slash + 1);
  if (isOpen(start) && isOpen(end)) return 'date not given';
  if (isOpen(end)) return `from ${formatPoint(start)}, end not given`;
  if (isOpen(start)) return `until ${formatPoint(end)}, start not given`;
  // "2022-01-02/2022-01": the end is somewhere in the month that holds the start
  if (start !== end && bare(start).startsWith(`${bare(end)}-`)) return `from ${formatPoint(start)}, ending within ${formatPoint(end)}`;
  return `${formatPoint(start)} – ${formatPoint(end)}`;
}
