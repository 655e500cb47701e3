import type { Claim, Figure } from '../schema/index.js';
import { readFigure } from '../format/figureText.js';
import { sourceLabel, voiceOf, type Lookup } from './lookup.js';

export { readFigure };

/** One figure with its provenance, for a CSV cell: `killed: at least 16 "at least 16" [rferl-…; RFE/RL; the source's own voice]`. */
export function describeFigure(l: Lookup, c: Claim & { figure: Figure }): string {
  const source = l.source.get(c.source);
  const unit = c.figure.unit === 'people' ? '' : ` ${c.figure.unit}`;
  return `${c.figure.property}: ${readFigure(c.figure)}${unit} "${c.figure.raw}" [${c.id}; ${source ? sourceLabel(source) : c.source}; ${voiceOf(l, c)}]`;
}

/** Claims with a figure that are about a record, in the dataset's claim order. */
export function figureClaims(l: Lookup, recordId: string): (Claim & { figure: Figure })[] {
  return (l.claimsAbout.get(recordId) ?? []).filter((c): c is Claim & { figure: Figure } => c.figure !== undefined);
}

/**
 * The lowest number a figure commits to: its value, or the bottom of its range. A figure given
 * only as an upper bound ("up to 20") commits to no lower number, so it has none.
 */
export function lowerBound(f: Figure): number | undefined {
  return f.value ?? f.min;
}

export interface Fatalities {
  /** ACLED's single number, or undefined when no source gives a toll (never 0 for "unknown"). */
  fatalities: number | undefined;
  /** The claim the number comes from. */
  claim: Claim | undefined;
  /** Every `killed` claim about the event. */
  claims: (Claim & { figure: Figure })[];
  /** Whether the sources give different tolls. */
  disputed: boolean;
}

/**
 * ACLED's `fatalities` from our claims: like ACLED, the most conservative figure. Among the
 * `killed` figures of claims about this event (not about events inside it), the lowest lower
 * bound; ties go to the first claim. No such figure: undefined, written as an empty cell.
 * @example fatalitiesOf(lookup(dataset), 'zhanaozen-shooting-2011-12-16').fatalities
 */
export function fatalitiesOf(l: Lookup, eventId: string): Fatalities {
  const claims = figureClaims(l, eventId).filter((c) => c.figure.property === 'killed');
  let best: (Claim & { figure: Figure }) | undefined;
  for (const c of claims) {
    const n = lowerBound(c.figure);
    if (n !== undefined && (best === undefined || n < lowerBound(best.figure)!)) best = c;
  }
  const readings = new Set(claims.map((c) => `${c.figure.value}|${c.figure.min}|${c.figure.max}|${c.figure.qualifier}`));
  return { fatalities: best ? lowerBound(best.figure) : undefined, claim: best, claims, disputed: readings.size > 1 };
}

/** The sentence the events CSV adds to `notes` when sources give a toll. */
export function fatalitiesNote(l: Lookup, f: Fatalities): string | undefined {
  if (!f.claims.length) return undefined;
  const list = f.claims.map((c) => `${readFigure(c.figure)} (${l.source.has(c.source) ? sourceLabel(l.source.get(c.source)!) : c.source}, ${voiceOf(l, c)}; claim ${c.id})`).join('; ');
  if (!f.disputed) return `Fatalities: ${list}.`;
  return f.fatalities === undefined
    ? `Fatalities disputed and given only as upper bounds, so none is recorded: ${list}.`
    : `Fatalities disputed; the lowest reported figure, ${f.fatalities}, is recorded (claim ${f.claim!.id}). All reports: ${list}.`;
}
