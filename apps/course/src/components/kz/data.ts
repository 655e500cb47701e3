import type { Claim, ContentWarningName, EventRole, FigureProperty } from '@kzprotest/data';
import { claimKindLabels, contentWarningLabels, eventRoleLabels, figurePropertyLabels, perspectiveLabels, voiceText } from '@kzprotest/data/format';

export type { ContentWarningName };
export type ClaimKindName = Claim['kind'];

/**
 * The records a component shows arrive as `data`: a JSON string written by the kzdata remark
 * plugin in MDX, or an object on the record pages.
 */
export type DataProp<T> = { data?: string | T };

export function readData<T>(component: string, props: DataProp<T>): T {
  if (props.data === undefined) {
    // reaching this means the component was used where the remark plugin did not run
    throw new Error(`<${component}> got no data: use it in an .mdx file under docs/ or src/pages/, where the kzdata remark plugin fills it in`);
  }
  return typeof props.data === 'string' ? (JSON.parse(props.data) as T) : props.data;
}

// every vocabulary's words come from the data package's label tables (beside its zod enums), so a
// new value fails the typecheck there and no page prints an id
export const propertyLabel: Record<FigureProperty, string> = figurePropertyLabels;
export const perspectiveLabel: Record<string, string> = perspectiveLabels;
export const roleLabel: Record<EventRole, string> = eventRoleLabels;

/** The citation fields a source record may mark unverified, as a student reads them. */
const citationFieldWords: Record<string, string> = {
  issued: 'date',
  URL: 'web address',
  author: 'author',
  'container-title': 'publication name',
  publisher: 'publisher',
  title: 'title',
  language: 'language',
  body: 'completeness of the text',
  original: 'original publication',
  'original.URL': 'web address of the original',
  'original.author': 'author of the original',
  'original.issued': 'date of the original',
};

/**
 * An unverified field as a student reads it.
 * @example unconfirmedText('issued') // "date not confirmed"
 */
export function unconfirmedText(field: string): string {
  return `${citationFieldWords[field] ?? 'a detail of the citation'} not confirmed`;
}

/** Content warnings as the lessons word them: the data package's table, so every page says a warning alike. */
export const contentWarningLabel = contentWarningLabels;

export const kindLabel: Record<ClaimKindName, string> = claimKindLabels;

/**
 * Items joined as a sentence says them.
 * @example listInWords(['death', 'violence', 'torture']) // "death, violence and torture"
 */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * A vocabulary value in words from its label table, for view fields typed as plain strings.
 * @example labelOf(placeKindLabels, 'district') // "district"
 */
export const labelOf = <K extends string>(table: Record<K, string>, value: string): string => table[value as K] ?? value;

export const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Content warnings in words. @example warningsInWords(['death', 'sexual-violence']) // "death and sexual violence" */
export function warningsInWords(warnings: readonly string[]): string {
  return listInWords(warnings.map((w) => contentWarningLabel[w as ContentWarningName] ?? w));
}

/**
 * Whose words a claim is: claimants are listed outermost first, so the innermost speaker
 * comes first here ("Yevgeny Zhovtis, in Asia Times Online, 2012").
 */
export function voiceOf(claim: { claimants: { name: string }[]; source: { short: string } }): string {
  if (claim.claimants.length === 0) return claim.source.short;
  return `${voiceText(claim.claimants.map((c) => c.name), { via: ', as reported by ', own: '' })}, in ${claim.source.short}`;
}

/** Seeds are hard-wrapped: a single line break inside a quote is a space when shown in a sentence. */
export function flowText(quote: string): string {
  return quote.replace(/\s*\n\s*/g, ' ');
}

/**
 * A whole number with thousands separated by commas, as en-GB writes it. Not
 * toLocaleString('en-GB'): its first call loads the browser's locale data, a long task while
 * the lesson hydrates on a slow phone (BENCHMARKS.md has the figure).
 * @example formatCount(12345) // "12,345"
 */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * A record's summary cut for the page's meta description: its first sentence, or its first words
 * up to a search snippet's length. Search indexes the description as well as the page, so a whole
 * summary there would be indexed twice; the page itself shows it in full.
 * @example metaDescription('One. Two.') // 'One.'
 */
export function metaDescription(text: string, max = 160): string {
  const sentence = /^.+?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 1)).replace(/[\s,;:(“‘]+$/u, '')}…`;
}
