import { z } from 'zod';
import { ClaimRefs, ContentWarning, Edtf, httpUrl, Id, QuoteSelector, QuoteSelectorInput, RegionKind } from './common.js';
import { erratumKinds, perspectives, sourceTypes } from './vocabulary.js';

/** A CSL-JSON name: a person split into family/given, or an organisation as `literal`. */
export const CslName = z.union([
  z.strictObject({ family: z.string().min(1), given: z.string().min(1) }),
  z.strictObject({ literal: z.string().min(1) }),
]);

/** Lines of a seed (1-based, inclusive) and what they are. @example { kind: "body", lines: [1, 105] } */
export const Region = z.strictObject({
  kind: RegionKind.describe('What this part of the seed is: body, attribution or caption.'),
  lines: z.tuple([z.number().int().positive(), z.number().int().positive()]).describe('First and last line of the part (1-based, inclusive).'),
  note: z.string().min(1).optional().describe('Anything a reader of this part should know.'),
});

/** A bibliographic field that could not be verified against the publisher: kept empty or marked. */
export const Unverified = z.strictObject({
  field: z.string().min(1).describe('The field that could not be verified ("issued", "URL", ...).'),
  note: z.string().min(1).describe('What was checked and what is not known.'),
});

/** The work a republished seed reprints (e.g. Asia Times republishing an IWPR article). */
export const OriginalWork = z.strictObject({
  title: z.string().min(1),
  subtitle: z.string().min(1).optional(),
  author: z.array(CslName).optional(),
  issued: Edtf.optional(),
  publisher: z.string().min(1),
  'container-title': z.string().min(1).optional(),
  URL: httpUrl.optional(),
  urlAlternates: z.array(httpUrl).optional(),
  note: z.string().min(1).optional(),
});

/**
 * An error inside the source, recorded rather than corrected because it teaches.
 * `quote` is the erroneous text; `evidence` quotes the other side (the same seed or another one).
 */
const ErratumFields = z.strictObject({
  id: Id,
  kind: z.enum(erratumKinds),
  quote: QuoteSelectorInput,
  note: z.string().min(1),
  /** The other side: required for a contradiction or a name spelled two ways; a visibly broken phrase may stand alone. */
  evidence: z.array(z.strictObject({ source: Id, quote: QuoteSelectorInput, note: z.string().min(1).optional() })).default([]),
});

export const ErratumInput = ErratumFields.refine((e) => !['contradiction', 'inconsistent-spelling'].includes(e.kind) || e.evidence.length > 0, {
  message: 'a contradiction or an inconsistent spelling quotes the other side in evidence',
  path: ['evidence'],
});

/** A body sentence that states nothing to encode (a rhetorical link, a scene-setting line), with why. */
export const CoverageSkipInput = z.strictObject({
  quote: QuoteSelectorInput,
  reason: z.string().min(10),
});

export const Perspective = z.enum(perspectives);

const errataText = 'Errors inside the source, recorded rather than corrected, each with the other side where there is one.';
const coverageSkipsText = 'Body sentences that state nothing to encode as a claim, each with why.';

export const SourceInput = z.strictObject({
  id: Id.describe('Permanent id of the source, unique across every collection.'),
  type: z.enum(sourceTypes).describe('The kind of publication, as a CSL item type.'),
  title: z.string().min(1).describe('The title as published.'),
  subtitle: z.string().min(1).optional().describe('The subtitle or standfirst as published.'),
  author: z.array(CslName).default([]).describe('The authors as CSL names (a person, or an organization as literal); empty when none is known.'),
  issued: Edtf.optional().describe('Publication date (EDTF); absent when no date could be verified.'),
  'container-title': z.string().min(1).optional().describe('The periodical or site the source appeared in.'),
  publisher: z.string().min(1).describe('Who published the source.'),
  URL: httpUrl.optional().describe('The published address; absent when none was verified.'),
  language: z.string().min(2).describe('Language of the text, as a language code ("en").'),
  seed: z
    .string()
    .regex(/^[a-z0-9-]+\.txt$/, 'must be a file name under seeds/, such as "rsf-wefc-zhanaozen-city-cut-off.txt"')
    .describe('The seed file’s name under seeds/: the text every quote of this source is taken from.'),
  original: OriginalWork.optional().describe('The work this source republishes, when it is a republication.'),
  copies: z
    .array(z.strictObject({ URL: httpUrl, note: z.string().min(1) }))
    .default([])
    .describe('Other verified copies of the same text (republications), e.g. where no canonical URL is known.'),
  perspective: Perspective.describe('The source’s standpoint: journalism, advocacy, analysis or state.'),
  perspectiveNote: z.string().min(1).describe('Why the source has that perspective, in a few words.'),
  contentWarnings: z.array(ContentWarning).default([]).describe('What a reader should be warned of before reading the source.'),
  regions: z.array(Region).min(1).describe('The seed’s lines and what each part is (body, attribution, caption); only these may be quoted.'),
  attributionClaims: ClaimRefs.optional().describe('Claims that show the source’s own authorship (a byline, an end note, a signature).'),
  unverified: z.array(Unverified).default([]).describe('Bibliographic fields that could not be verified against the publisher, each with a note.'),
  errata: z.array(ErratumInput).default([]).describe(errataText),
  coverageSkips: z.array(CoverageSkipInput).default([]).describe(coverageSkipsText),
  note: z.string().min(1).optional().describe('Anything else a reader of the seed should know.'),
});

export const Erratum = ErratumFields.extend({
  quote: QuoteSelector,
  evidence: z.array(z.strictObject({ source: Id, quote: QuoteSelector, note: z.string().min(1).optional() })),
});

export const Source = SourceInput.extend({
  errata: z.array(Erratum).describe(errataText),
  coverageSkips: z.array(CoverageSkipInput.extend({ quote: QuoteSelector })).describe(coverageSkipsText),
  wordCount: z.number().int().nonnegative().describe('Words in the body regions.'),
  readingMinutes: z.number().int().positive().describe('Reading time of the body at 200 words a minute, rounded up.'),
  regionOffsets: z
    .array(z.strictObject({ kind: RegionKind, start: z.number().int(), end: z.number().int() }))
    .describe('The regions as string offsets into the seed text.'),
  seedSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .describe('SHA-256 (hex) of the seed text’s UTF-8 bytes: the text every quote offset counts in.'),
});

export type CslName = z.infer<typeof CslName>;
export type SourceInput = z.input<typeof SourceInput>;
export type Source = z.infer<typeof Source>;
export type Erratum = z.infer<typeof Erratum>;
