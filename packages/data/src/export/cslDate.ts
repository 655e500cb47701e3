import { parseEdtfPoint } from '../format/edtfRange.js';

/** A CSL-JSON date: date-parts (one point, or two for a range), `circa` for an approximate date, or a literal. */
export type CslDate = { 'date-parts': number[][]; circa?: boolean } | { literal: string };

function parts(text: string): { parts: number[]; qualified: boolean } | undefined {
  const point = parseEdtfPoint(text);
  if (!point) return undefined;
  return { parts: [point.year, point.month, point.day].filter((x): x is string => x !== undefined).map(Number), qualified: point.qualifier !== '' };
}

/**
 * An EDTF date as a CSL-JSON date. Days, months and years become date-parts at the precision
 * given (never padded with invented months or days); `?`, `~` and `%` set `circa` (CSL has no
 * separate "uncertain"); a closed interval becomes a two-part range. What CSL cannot express
 * (unspecified digits like 201X, open ends) stays an EDTF literal rather than a guess.
 * @example edtfToCsl('2012-12~') // { 'date-parts': [[2012, 12]], circa: true }
 */
export function edtfToCsl(edtf: string): CslDate {
  const ends = edtf.split('/');
  const points = ends.map(parts);
  if (points.some((p) => p === undefined) || ends.length > 2) return { literal: edtf };
  const ok = points as { parts: number[]; qualified: boolean }[];
  const date: CslDate = { 'date-parts': ok.map((p) => p.parts) };
  if (ok.some((p) => p.qualified)) date.circa = true;
  return date;
}
