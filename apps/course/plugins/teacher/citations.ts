/**
 * Citations for teachers, made at build time by citation-js from the sources' CSL-JSON
 * (the data package's own `sourceToCsl`, BibTeX and RIS writers), never typed by hand.
 * APA comes with @citation-js/plugin-csl; Chicago (17th edition, notes and bibliography) is
 * the CSL project's style, vendored in styles/ from Debian's citation-style-language-styles.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import * as kz from '@kzprotest/data';
import type { Source } from '@kzprotest/data';
import { sourceToCsl, sourcesBibtex, sourcesRis, type CslItem } from '@kzprotest/data/export';
import { sourceView } from '../kzdata/views';
import type { CitationSet, ReadingView } from '../../src/components/teacher/types';

const here = path.dirname(fileURLToPath(import.meta.url));
let chicagoRegistered = false;

/** The style names citation-js knows after `registerStyles()`. */
export const STYLES = { apa: 'apa', chicago: 'chicago-note-bibliography' } as const;

/** Registers the vendored Chicago style with citation-js (once). */
export function registerStyles(): void {
  if (chicagoRegistered) return;
  const xml = readFileSync(path.join(here, 'styles', 'chicago-note-bibliography.csl'), 'utf8');
  plugins.config.get('@csl').styles.add(STYLES.chicago, xml);
  chicagoRegistered = true;
}

/** One CSL item formatted as a bibliography entry: HTML (citeproc escapes the text) and plain text. */
export function formatCitation(item: object): CitationSet {
  registerStyles();
  const cite = new Cite(item);
  const one = (template: string, format: 'html' | 'text') =>
    (cite.format('bibliography', { template, format, lang: 'en-US' }) as string).trim();
  return {
    apa: { html: one(STYLES.apa, 'html'), text: one(STYLES.apa, 'text') },
    chicago: { html: one(STYLES.chicago, 'html'), text: one(STYLES.chicago, 'text') },
  };
}

// the export functions only read `sources` of the dataset they are given
const only = (source: Source) => ({ sources: [source] }) as unknown as Parameters<typeof sourcesBibtex>[0];

/**
 * A source as a teacher's reading: its card, its citations in APA and Chicago, and its
 * BibTeX, RIS and CSL-JSON entries, so a page can offer downloads without shipping citation-js.
 * @example readingView('rferl-2012-zhanaozen-quiet-but-angry').chicago.text
 */
export function readingView(id: string): ReadingView {
  // many lessons and pages cite the same few sources, and each citeproc run takes tens of ms
  let view = readingViews.get(id);
  if (!view) readingViews.set(id, (view = makeReadingView(id)));
  return view;
}

const readingViews = new Map<string, ReadingView>();

function makeReadingView(id: string): ReadingView {
  const source = kz.get(id, 'sources');
  const csl: ReadingView["csl"] = new Cite(sourceToCsl(source)).format('data', { format: 'object' })[0];
  return {
    ...sourceView(source),
    ...formatCitation(csl),
    csl,
    bibtex: sourcesBibtex(only(source)),
    ris: sourcesRis(only(source)),
  };
}

/** The placeholder for a lesson's address in its citations, replaced in the browser by the real one. */
export const PERMALINK = 'https://permalink.invalid/';

/**
 * A lesson as a CSL item (a web page by the course); no date, because none is recorded.
 * The URL is `PERMALINK` until the page knows where it is served.
 */
export function lessonCsl(title: string, siteTitle: string): CslItem {
  return {
    id: 'lesson',
    type: 'webpage' as CslItem['type'],
    title,
    author: [{ literal: 'kzprotest' }] as CslItem['author'],
    'container-title': siteTitle,
    URL: PERMALINK,
    language: 'en',
  } as CslItem;
}
