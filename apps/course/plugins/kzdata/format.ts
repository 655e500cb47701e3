/**
 * Text the views print for dates, figures, names and places: the data package's own formatting
 * (`@kzprotest/data/format`), so the CLI, the exports and every page say them alike.
 */
import * as kz from '@kzprotest/data';
import * as words from '@kzprotest/data/format';
import type { Place } from '@kzprotest/data';

/** EDTF dates in words come from the data package, so the CLI and every page say a bound alike. */
export const formatEdtf = kz.formatEdtf;

/** The names of a CSL author list, "Given Family" or the organisation's name. */
export function names(list: readonly ({ family: string; given: string } | { literal: string })[] | undefined): string[] {
  return (list ?? []).map((n) => ('literal' in n ? n.literal : `${n.given} ${n.family}`));
}

/** A source as a reader names it in passing: "Radio Free Europe/Radio Liberty, 2012" (from the data package). */
export const shortCitation = words.shortCitation;

/** The unit as a reader says it after the figure: "1 person", "16 people", "5%" (from the data package). */
export const unitText = words.unitText;

/** A figure for running text ("at least 16 people"), or as printed when the source gives it in words (from the data package). */
export const figureText = words.figureText;

/** A place's id and the ids of every place it lies in, nearest first. */
export function placeAndAncestors(id: string): string[] {
  return words.placeChain<Place>(kz.get(id, 'places'), (p) => (p.partOf ? kz.get(p.partOf, 'places') : undefined)).map((p) => p.id);
}
