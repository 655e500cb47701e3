import { z } from 'zod';
import { Id, QuoteSelector, QuoteSelectorInput, RegionKind } from './common.js';
import { figureProperties } from './vocabulary.js';
import { claimKinds } from './claimKinds.js';

export { claimKindDefinitions, attributedToDefinition } from './claimKinds.js';

/**
 * What a figure counts. Documented in CONTRIBUTING.md; add a value there and in
 * `figureProperties` (src/schema/vocabulary.ts) together.
 * @example "killed"
 */
export const FigureProperty = z.enum(figureProperties);

/** The source's own hedging, kept word for word; "none" when the figure is stated flat. */
export const FigureQualifier = z.enum([
  'none',
  'at least',
  'about',
  'around',
  'over',
  'more than',
  'up to',
  'several',
  'a handful',
  'hundreds',
  'thousands',
  'a number of',
  'rarely exceeded',
]);

/**
 * A number as a source states it. `raw` is the words as printed ("7 and 1/2 years", "20’000");
 * `value` or `min`/`max` is the reading of them.
 */
export const Figure = z
  .strictObject({
    property: FigureProperty,
    value: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    qualifier: FigureQualifier,
    /** What the number counts, as the quote counts it: "several attempts" counts attempts, not organizations. */
    unit: z.enum(['people', 'organizations', 'years', 'months', 'days', 'hours', 'km', 'USD', 'percent', 'attempts']),
    raw: z.string().min(1),
  })
  .refine((f) => f.value !== undefined || f.min !== undefined || f.max !== undefined, {
    message: 'a figure needs value, or min and/or max',
    path: ['value'],
  })
  .refine((f) => f.value === undefined || (f.min === undefined && f.max === undefined), {
    message: 'give either value or min/max, not both',
    path: ['value'],
  });

/** The kinds of statement a claim can be; what each means is `claimKindDefinitions`. */
export const ClaimKind = z.enum(claimKinds);

export const ClaimInput = z
  .strictObject({
    id: Id,
    source: Id,
    quote: QuoteSelectorInput,
    kind: ClaimKind,
    /** Whose voice: actor ids, outermost first (RSF reporting what officials said); empty = the source's own. See `attributedToDefinition`. */
    attributedTo: z.array(Id).default([]),
    /** The records this claim is evidence for: events, actors, places, themes. */
    about: z.array(Id).min(1),
    figure: Figure.optional(),
    /** What the quote says, in plain words, for readers who meet it out of context. */
    summary: z.string().min(1).optional(),
    /** Claims this one contradicts (another source's or another voice's account of the same thing); the link is shown from both ends. */
    disputes: z.array(Id).default([]),
  })
  .refine((c) => (c.kind === 'figure') === (c.figure !== undefined), {
    message: 'kind "figure" and a figure go together',
    path: ['figure'],
  });

export const Claim = z.strictObject({
  id: Id,
  source: Id,
  quote: QuoteSelector,
  /** The region of the seed the quote lies in. */
  region: RegionKind,
  kind: ClaimKind,
  attributedTo: z.array(Id),
  about: z.array(Id),
  figure: Figure.optional(),
  summary: z.string().optional(),
  /** Claims this one contradicts, from both ends of each link (A disputes B gives B disputes A). */
  disputes: z.array(Id),
});

export type FigureProperty = z.infer<typeof FigureProperty>;
export type Figure = z.infer<typeof Figure>;
export type ClaimKind = z.infer<typeof ClaimKind>;
export type ClaimInput = z.input<typeof ClaimInput>;
export type Claim = z.infer<typeof Claim>;
