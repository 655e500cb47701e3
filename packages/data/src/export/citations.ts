import type { Dataset, DeepReadonly } from '../dataset.js';
import type { Source } from '../schema/index.js';
import { edtfToCsl, type CslDate } from './cslDate.js';

type Name = { family: string; given: string } | { literal: string };

/** A CSL-JSON item as we write it (the fields our sources have). */
export interface CslItem {
  id: string;
  type: Source['type'];
  title: string;
  author?: Name[];
  issued?: CslDate;
  'container-title'?: string;
  publisher: string;
  URL?: string;
  language: string;
  note?: string;
  'original-title'?: string;
  'original-author'?: Name[];
  'original-date'?: CslDate;
  'original-publisher'?: string;
}

/** Thrown when a citation format cannot hold a source's text without losing some of it. */
export class CitationExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CitationExportError';
  }
}

/**
 * How a reader is told that a field of the citation could not be confirmed, by the record's
 * `unverified[].field`. The record's own notes explain the doubt to us (which copy was seen, what
 * the seed says); a reference list only needs to know which part to take with care. null: the
 * doubt is about no field of a citation (the text's extent, an alternative address).
 */
const unconfirmedWords: Record<string, string | null> = {
  issued: 'date not confirmed',
  author: 'author not confirmed',
  title: 'title not confirmed',
  'container-title': 'publication title not confirmed',
  publisher: 'publisher not confirmed',
  URL: 'web address not confirmed',
  language: null,
  body: null,
  original: null,
  'original.URL': null,
  'original.urlAlternates': null,
  'original.title': 'title of the original not confirmed',
  'original.author': 'author of the original not confirmed',
  'original.issued': 'date of the original not confirmed',
  'original.publisher': 'publisher of the original not confirmed',
};

/** The CSL field each record field is written to, to tell whether a citation carries it. */
const cslFieldOf: Record<string, keyof CslItem> = { issued: 'issued', author: 'author', title: 'title', 'container-title': 'container-title', publisher: 'publisher', URL: 'URL', 'original.title': 'original-title', 'original.author': 'original-author', 'original.issued': 'original-date', 'original.publisher': 'original-publisher' };

/**
 * The plain-words note of a citation: which of the fields it carries are not confirmed, e.g.
 * "Date not confirmed; author not confirmed." Fields the citation leaves out need no word.
 * @example unconfirmedNote(source, (field) => field !== 'URL')
 */
export function unconfirmedNote(s: DeepReadonly<Source>, carries: (cslField: keyof CslItem) => boolean): string | undefined {
  const words: string[] = [];
  for (const u of s.unverified) {
    if (!(u.field in unconfirmedWords)) throw new CitationExportError(`source ${s.id}: unverified.field "${u.field}" has no plain words for a reference list; add it to unconfirmedWords in src/export/citations.ts`);
    const phrase = unconfirmedWords[u.field];
    const field = cslFieldOf[u.field];
    if (phrase && field && carries(field) && !words.includes(phrase)) words.push(phrase);
  }
  if (!words.length) return undefined;
  const text = words.join('; ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

const withSubtitle = (w: { title: string; subtitle?: string }) => (w.subtitle ? `${w.title}: ${w.subtitle}` : w.title);
const names = (list: DeepReadonly<Name[]>) => list.map((n) => ({ ...n }));

/**
 * A source as a CSL-JSON item. Only what the record holds: no date or URL when none was
 * verified; `note` says in plain words which of the fields given are not confirmed.
 * @example sourceToCsl(get('atol-2012-cold-winds-from-janaozen', 'sources')).issued // { 'date-parts': [[2012, 12, 20]] }
 */
export function sourceToCsl(s: DeepReadonly<Source>): CslItem {
  const item: CslItem = { id: s.id, type: s.type, title: withSubtitle(s), publisher: s.publisher, language: s.language };
  if (s.author.length) item.author = names(s.author);
  if (s.issued) item.issued = edtfToCsl(s.issued);
  if (s['container-title']) item['container-title'] = s['container-title'];
  if (s.URL) item.URL = s.URL;
  if (s.original) {
    item['original-title'] = withSubtitle(s.original);
    item['original-publisher'] = s.original.publisher;
    if (s.original.author?.length) item['original-author'] = names(s.original.author);
    if (s.original.issued) item['original-date'] = edtfToCsl(s.original.issued);
  }
  const note = unconfirmedNote(s, (field) => item[field] !== undefined);
  if (note) item.note = note;
  return item;
}

/**
 * Sources as CSL-JSON, the format Zotero, Mendeley and citeproc read natively.
 * @example sourcesCslJson(dataset)[0].title
 */
export function sourcesCslJson(data: Dataset): CslItem[] {
  return data.sources.map(sourceToCsl);
}
