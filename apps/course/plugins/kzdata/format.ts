/**
 * Text the views print for dates, figures, names and places. These are the course's copies of
 * what the data package formats too; each stays one named function so that it can become an
 * import of the package's own.
 */
import * as kz from '@kzprotest/data';
import type { Claim, Place, Source } from '@kzprotest/data';

/** EDTF dates in words come from the data package, so the CLI and every page say a bound alike. */
export const formatEdtf = kz.formatEdtf;

/** The names of a CSL author list, "Given Family" or the organisation's name. */
export function names(list: readonly ({ family: string; given: string } | { literal: string })[] | undefined): string[] {
  return (list ?? []).map((n) => ('literal' in n ? n.literal : `${n.given} ${n.family}`));
}

/** A source as a reader names it in passing: "Radio Free Europe/Radio Liberty, 2012". */
export function shortCitation(source: Source): string {
  const year = source.issued?.slice(0, 4);
  return `${source['container-title'] ?? source.publisher}${year ? `, ${year}` : ''}`;
}

const SINGULAR: Record<string, string> = { people: 'person', organizations: 'organization', years: 'year', months: 'month', days: 'day', hours: 'hour' };

/** The unit as a reader says it after the figure: "1 person", "16 people", "5%". */
export function unitText(figure: Pick<NonNullable<Claim['figure']>, 'unit' | 'value' | 'max'>): string {
  if (figure.unit === 'percent') return '%';
  const one = (figure.value ?? figure.max) === 1;
  return ` ${one ? (SINGULAR[figure.unit] ?? figure.unit) : figure.unit}`;
}

/**
 * Qualifier, number and unit for running text ("at least 16 people"). A figure the source gives
 * only in words ("several thousand", "hundreds") or as an open range is shown as printed.
 */
export function figureText(figure: NonNullable<Claim['figure']>): string {
  const n = (x: number) => x.toLocaleString('en-GB');
  const unit = unitText(figure);
  const qualifier = figure.qualifier === 'none' ? '' : `${figure.qualifier} `;
  if (figure.value !== undefined && /\d/.test(figure.raw)) return `${qualifier}${n(figure.value)}${unit}`;
  if (figure.min !== undefined && figure.max !== undefined && /\d/.test(figure.raw)) return `${qualifier}${n(figure.min)}–${n(figure.max)}${unit}`;
  return figure.raw;
}

/** A place's id and the ids of every place it lies in, nearest first. */
export function placeAndAncestors(id: string): string[] {
  const chain: string[] = [];
  for (let place: Place | undefined = kz.get(id, 'places'); place && !chain.includes(place.id); ) {
    chain.push(place.id);
    place = place.partOf ? kz.get(place.partOf, 'places') : undefined;
  }
  return chain;
}
