import { z } from 'zod';
import { contentWarnings, regionKinds } from './vocabulary.js';

/** A permanent kebab-case slug, unique across every collection. @example "zhanaozen-shooting-2011-12-16" */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug such as "zhanaozen-shooting-2011-12-16"');

/**
 * An EDTF date (Library of Congress Extended Date/Time Format, levels 0-1 as used here):
 * a day, month or year, optionally qualified with ?, ~ or %, or an interval of two of them; and
 * from level 2 only "on or before" ("[..2016]"), for an event a source places only before a
 * dated one (a strike that came before the 2016 negotiations).
 * @example "2011-12-16", "2011-05", "2012-12~", "2011-05/2011-12-16", "2022-01-05/..", "[..2016]"
 */
const edtfPoint = String.raw`(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3}X|\d{2}XX)[?~%]?`;
export const Edtf = z
  .string()
  .regex(
    new RegExp(String.raw`^(?:${edtfPoint}|(?:${edtfPoint}|\.\.)?/(?:${edtfPoint}|\.\.)?|\[\.\.${edtfPoint}\])$`),
    'must be an EDTF date such as "2011-12-16", "2011-05", "2012-12~" or "2011-05/2011-12-16"',
  );

/**
 * A web address: http or https only, with a real host name and no white space, so no
 * `javascript:`, `data:` or `file:` link reaches a page, a citation file or a cartridge.
 * @example "https://rsf.org/en/kazakhstan"
 */
const HTTP_URL_MESSAGE = 'must be an http or https address such as "https://example.org/page"';
export const httpUrl = z
  .string()
  // first and alone, as z.httpUrl() would quietly trim white space off the value it returns
  .regex(/^https?:\/\/\S+$/i, { error: HTTP_URL_MESSAGE, abort: true })
  .pipe(z.httpUrl({ error: HTTP_URL_MESSAGE }));

/** A calendar day as an ISO string, the bounds of an EDTF date. @example "2011-12-16" */
export const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A W3C Web Annotation TextQuoteSelector: the exact words of the seed, with optional
 * prefix/suffix (the text immediately before/after) when the words occur more than once.
 */
export const QuoteSelectorInput = z.strictObject({
  exact: z.string().min(1).describe('The exact words of the seed, byte for byte.'),
  prefix: z.string().min(1).optional().describe('The text just before the words, where needed to tell repeats apart.'),
  suffix: z.string().min(1).optional().describe('The text just after the words, where needed to tell repeats apart.'),
});

/** A TextQuoteSelector resolved against its seed: `seedText.slice(start, end) === exact`. */
export const QuoteSelector = QuoteSelectorInput.extend({
  start: z.number().int().nonnegative().describe('Index of the first character of the words in the seed text (UTF-16 code units, as JavaScript counts).'),
  end: z.number().int().nonnegative().describe('Index just past the last character of the words in the seed text.'),
});

/** The parts of a seed that may be quoted; navigation, footers and sidebars are none of them. */
export const RegionKind = z.enum(regionKinds);

/** Where a general reference fact that no seed gives (e.g. coordinates) came from. */
export const Origin = z.strictObject({
  dataset: z.string().min(1),
  record: z.string().min(1).optional(),
  license: z.string().min(1).optional(),
  note: z.string().min(1).optional(),
});

/** What a reader is warned of before the text; labels and the words that call for each in vocabulary.ts. */
export const ContentWarning = z.enum(contentWarnings);

/** Ids of claims that support a fact in a record; at least one. */
export const ClaimRefs = z.array(Id).min(1);

export type QuoteSelectorInput = z.infer<typeof QuoteSelectorInput>;
export type QuoteSelector = z.infer<typeof QuoteSelector>;
export type RegionKind = z.infer<typeof RegionKind>;
export type Origin = z.infer<typeof Origin>;
export type ContentWarning = z.infer<typeof ContentWarning>;
