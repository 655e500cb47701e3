import { z } from 'zod';
import { Id, QuoteSelector, QuoteSelectorInput, RegionKind } from './common.js';
import { figureProperties } from './vocabulary.js';

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
export const ClaimKind = z.enum(['fact', 'figure', 'allegation', 'official-claim', 'opinion', 'analysis']);

/**
 * What each claim kind means: the one definition the schema, CONTRIBUTING.md and the course's
 * legend share. A label table, so a new kind fails the typecheck until it is defined here.
 * @example claimKindDefinitions['official-claim'] // "What the authorities say …"
 */
export const claimKindDefinitions: Record<z.infer<typeof ClaimKind>, string> = {
  fact: 'Told as what happened or what is so, not as an accusation or a judgement. With `attributedTo` empty it is the source’s own statement; a witness or speaker the source quotes is named in `attributedTo`, and the fact is then only that person’s account.',
  figure: 'A number the source gives (a toll, a sentence, a sum, a share), kept as printed in `figure.raw` with the source’s hedging in `figure.qualifier`; `max` only where the words state a maximum ("up to"). Whose number it is goes in `attributedTo`.',
  allegation: 'An accusation of wrongdoing that the source reports as made, or makes itself, without it being established: who accuses is named in `attributedTo` unless it is the source itself.',
  'official-claim': 'What the authorities say, as the source reports it: its voice (`attributedTo`) is always an official actor (a government, state body, security force, court or an office-holder speaking as one). The source describing what the authorities did or denied is not an official claim.',
  opinion: 'A judgement of value ("very worrying", "skilfully imposed"), by the source’s author (`attributedTo` empty) or by a person it quotes.',
  analysis: 'An argument or explanation, why something happened or what it means, by the source’s author (`attributedTo` empty) or by a person it quotes.',
};

/**
 * What `attributedTo` means, for the schema, CONTRIBUTING.md and the course's legend alike.
 * @example attributedToDefinition.startsWith('Whose voice') // true
 */
export const attributedToDefinition =
  'Whose voice the claim is: actor ids, outermost first when speech is reported (RSF reporting what officials said is [kazakh-authorities]). Empty means the source’s own voice, also in a signed analysis, whose author is the source’s `author`. Reported speech (a quotation, or words introduced by "says", "said", "told", "according to") is never the source’s own voice, so it is never empty there.';

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
