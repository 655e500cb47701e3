import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import type { Dataset, DeepReadonly } from '../dataset.js';
import type { Source } from '../schema/index.js';
import { edtfToCsl, type CslDate } from './cslDate.js';

/** A CSL-JSON item as we write it (the fields our sources have). */
export interface CslItem {
  id: string;
  type: Source['type'];
  title: string;
  author?: Source['author'];
  issued?: CslDate;
  'container-title'?: string;
  publisher: string;
  URL?: string;
  language: string;
  note?: string;
  'original-title'?: string;
  'original-author'?: Source['author'];
  'original-date'?: CslDate;
  'original-publisher'?: string;
}

/**
 * A source as a CSL-JSON item. Only what the record holds: no date or URL when none was
 * verified, and the record's `unverified` notes go into `note` so a reference manager keeps them.
 * @example sourceToCsl(get('atol-2012-cold-winds-from-janaozen', 'sources')).issued // { 'date-parts': [[2012, 12, 20]] }
 */
export function sourceToCsl(s: DeepReadonly<Source>): CslItem {
  const notes = s.unverified.map((u) => `Unverified ${u.field}: ${u.note}`);
  const item: CslItem = {
    id: s.id,
    type: s.type,
    title: s.subtitle ? `${s.title}: ${s.subtitle}` : s.title,
    publisher: s.publisher,
    language: s.language,
  };
  if (s.author.length) item.author = s.author.map((n) => ({ ...n }));
  if (s.issued) item.issued = edtfToCsl(s.issued);
  if (s['container-title']) item['container-title'] = s['container-title'];
  if (s.URL) item.URL = s.URL;
  if (s.original) {
    item['original-title'] = s.original.subtitle ? `${s.original.title}: ${s.original.subtitle}` : s.original.title;
    item['original-publisher'] = s.original.publisher;
    if (s.original.author?.length) item['original-author'] = s.original.author.map((n) => ({ ...n }));
    if (s.original.issued) item['original-date'] = edtfToCsl(s.original.issued);
  }
  if (notes.length) item.note = notes.join(' ');
  return item;
}

/** Thrown when a citation format cannot hold a source's text without losing some of it. */
export class CitationExportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CitationExportError';
  }
}

/**
 * Sources as CSL-JSON, normalised by citation-js.
 * @example sourcesCslJson(dataset)[0].title
 */
export function sourcesCslJson(data: Dataset): CslItem[] {
  return new Cite(data.sources.map(sourceToCsl)).format('data', { format: 'object' }) as CslItem[];
}

// citation-js's ASCII escaping drops any character it has no LaTeX command for (Cyrillic, for
// one); these are the ones it can write
function bibtexSafeChars(): (ch: string) => boolean {
  const c = plugins.config.get('@bibtex').constants as Record<string, Record<string, string | null>>;
  const known = new Set<string>([...Object.values(c.commands!), ...Object.values(c.diacritics!), ...Object.values(c.ligatures!), ...Object.values(c.mathCommands!)].filter((v): v is string => typeof v === 'string'));
  return (ch) => /[\x20-\x7e\s]/.test(ch) || [...ch.normalize('NFKD')].every((p) => /[\x20-\x7e\s]/.test(p) || known.has(p));
}

const textOf = (item: CslItem): string[] => {
  const names = [...(item.author ?? []), ...(item['original-author'] ?? [])].flatMap((n) => Object.values(n) as string[]);
  return [item.title, item.publisher, item['container-title'], item.note, item['original-title'], item['original-publisher'], ...names].filter((t): t is string => typeof t === 'string');
};

/**
 * Sources as BibTeX, written by citation-js with our ids as keys. Entries whose text is all
 * characters LaTeX commands can spell are written in ASCII with those commands (\&, \textquoteright{}),
 * which every BibTeX reads; others are written in UTF-8 (for biber and reference managers), and
 * must then be free of LaTeX's special characters, or this throws rather than lose text.
 * @example sourcesBibtex(dataset).startsWith('@article{atol-2012-cold-winds-from-janaozen,')
 */
export function sourcesBibtex(data: Dataset): string {
  const config = plugins.config.get('@bibtex');
  const saved = { ...config.format };
  const safe = bibtexSafeChars();
  try {
    config.format.useIdAsLabel = true;
    config.format.checkLabel = false; // our ids are already valid keys (a-z, 0-9, -)
    return data.sources
      .map((s) => {
        const item = sourceToCsl(s);
        const texts = textOf(item);
        const ascii = texts.every((t) => [...t].every(safe));
        if (!ascii && texts.some((t) => /[\\{}$&%#_~^]/.test(t))) {
          throw new CitationExportError(`source ${s.id}: BibTeX cannot hold both characters without a LaTeX command (such as Cyrillic) and LaTeX's special characters \\ { } $ & % # _ ~ ^; use CSL-JSON or RIS`);
        }
        // BibTeX splits names at commas and at " and ": a person's name part holding either would be read as another name
        const person = [...(item.author ?? []), ...(item['original-author'] ?? [])].find((n) => 'family' in n && [n.family, n.given].some((p) => p.includes(',') || / and /i.test(p)));
        if (person) throw new CitationExportError(`source ${s.id}: the author name ${JSON.stringify(person)} has a comma or " and ", which BibTeX reads as a name separator; give an organisation as { literal }`);
        config.format.asciiOnly = ascii;
        return (new Cite([item]).format('bibtex') as string).trim();
      })
      .join('\n\n') + '\n';
  } finally {
    Object.assign(config.format, saved);
  }
}

/**
 * Sources as RIS. citation-js maps each source to RIS tags; the lines are joined here because its
 * writer folds values at 70 characters, which readers join back with a space. For newspaper
 * articles citation-js's RIS 2011 mapping drops the authors and the full date (it maps AU to
 * "reporter"), so those entries use its older tag set (A1, Y1, T1, JF), which Zotero and EndNote read.
 * @example sourcesRis(dataset).includes('TY  - NEWS')
 */
export function sourcesRis(data: Dataset): string {
  return data.sources
    .map((s) => {
      const item = sourceToCsl(s);
      let tags = (new Cite([item]).format('ris', { format: 'object', spec: 'mixed' }) as Record<string, string | string[]>[])[0]!;
      const lost = (item.author?.length && !tags.AU && !tags.A1) || (item.issued && 'date-parts' in item.issued && item.issued['date-parts'][0]!.length > 1 && !tags.DA && !tags.Y1);
      if (lost) {
        tags = (new Cite([item]).format('ris', { format: 'object', spec: 'old' }) as Record<string, string | string[]>[])[0]!;
        // the old tag set files CSL's note under AB (abstract); our notes are notes, which RIS calls N1
        if (tags.AB !== undefined) {
          tags.N1 = tags.AB;
          delete tags.AB;
        }
      }
      const lines = [`TY  - ${tags.TY}`];
      for (const [tag, value] of Object.entries(tags)) {
        if (tag === 'TY') continue;
        // RIS has one line per value: a line break inside a value would end it
        for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${String(v).replace(/\s*[\r\n]+\s*/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\r\n');
    })
    .join('\r\n\r\n') + '\r\n';
}

/**
 * A formatted reference list (citeproc through citation-js), e.g. for a handout.
 * @example sourcesBibliography(dataset, { template: 'apa', format: 'text' })
 */
export function sourcesBibliography(data: Dataset, options: { template?: 'apa' | 'vancouver' | 'harvard1'; format?: 'text' | 'html' } = {}): string {
  return new Cite(data.sources.map(sourceToCsl)).format('bibliography', { template: options.template ?? 'apa', format: options.format ?? 'text', lang: 'en-US' }) as string;
}
