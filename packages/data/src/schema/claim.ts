import { z } from 'zod';
import { ContentWarning, Id, QuoteSelector, QuoteSelectorInput, RegionKind } from './common.js';
import { figureProperties, figureQualifiers, figureUnits } from './vocabulary.js';
import { claimKinds } from './claimKinds.js';

export { claimKindDefinitions, attributedToDefinition } from './claimKinds.js';

/**
 * What a figure counts. Documented in CONTRIBUTING.md; add a value there and in
 * `figureProperties` (src/schema/vocabulary.ts) together.
 * @example "killed"
 */
export const FigureProperty = z.enum(figureProperties);

/** The source's own hedging, kept word for word; "none" when the figure is stated flat. */
export const FigureQualifier = z.enum(figureQualifiers);

/**
 * A number as a source states it. `raw` is the words as printed ("7 and 1/2 years", "20’000");
 * `value` or `min`/`max` is the reading of them.
 */
export const Figure = z
  .strictObject({
    property: FigureProperty.describe('What the figure counts (killed, wounded, detained, ...).'),
    value: z.number().optional().describe('The figure as one number, when the source gives one.'),
    min: z.number().optional().describe('Lower bound, when the figure is a range or a lower bound.'),
    max: z.number().optional().describe('Upper bound, only where the words state a maximum.'),
    qualifier: FigureQualifier.describe('The source’s own hedging, word for word ("at least", "about"); "none" when stated flat.'),
    unit: z
      .enum(figureUnits)
      .describe('What the number counts, as the quote counts it: "several attempts" counts attempts, not organizations.'),
    raw: z.string().min(1).describe('The figure as printed ("7 and 1/2 years", "20’000").'),
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

// the fields the YAML files and the built records share, described once
const claimFields = {
  id: Id.describe('Permanent id of the claim, unique across every collection.'),
  source: Id.describe('Id of the source whose words these are.'),
  quoteText: 'The verbatim words of the seed text (a W3C TextQuoteSelector).',
  kind: ClaimKind.describe('What kind of statement it is; each kind is defined in claimKindDefinitions.'),
  attributedTo: z.array(Id).describe('Whose voice: actor ids, outermost first (RSF reporting what officials said); empty means the source’s own voice.'),
  about: z.array(Id).describe('Ids of the records this claim is evidence for: events, actors, places, themes.'),
  figure: Figure.optional().describe('The number the claim gives, for kind "figure".'),
  summaryText: 'What the quote says, in plain words, for readers who meet it out of context.',
  contentWarnings: z
    .array(ContentWarning)
    .describe('What a reader is warned of before the quote: each warning whose words (contentWarningTerms) the quote uses; the build checks none is missing.'),
};

export const ClaimInput = z
  .strictObject({
    id: claimFields.id,
    source: claimFields.source,
    quote: QuoteSelectorInput.describe(claimFields.quoteText),
    kind: claimFields.kind,
    attributedTo: claimFields.attributedTo.default([]),
    about: claimFields.about.min(1),
    figure: claimFields.figure,
    summary: z.string().min(1).optional().describe(claimFields.summaryText),
    disputes: z.array(Id).default([]).describe('Claims this one contradicts (another source’s or another voice’s account of the same thing); the link is shown from both ends.'),
    contentWarnings: claimFields.contentWarnings.default([]),
  })
  .refine((c) => (c.kind === 'figure') === (c.figure !== undefined), {
    message: 'kind "figure" and a figure go together',
    path: ['figure'],
  });

export const Claim = z.strictObject({
  id: claimFields.id,
  source: claimFields.source,
  quote: QuoteSelector.describe(claimFields.quoteText),
  region: RegionKind.describe('The region of the seed the quote lies in: body, attribution or caption.'),
  kind: claimFields.kind,
  attributedTo: claimFields.attributedTo,
  about: claimFields.about,
  figure: claimFields.figure,
  summary: z.string().optional().describe(claimFields.summaryText),
  disputes: z.array(Id).describe('Claims this one contradicts, from both ends of each link (A disputes B gives B disputes A).'),
  contentWarnings: claimFields.contentWarnings,
});

export type FigureProperty = z.infer<typeof FigureProperty>;
export type Figure = z.infer<typeof Figure>;
export type ClaimKind = z.infer<typeof ClaimKind>;
export type ClaimInput = z.input<typeof ClaimInput>;
export type Claim = z.infer<typeof Claim>;
