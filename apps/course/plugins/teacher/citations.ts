/**
 * Citations for teachers, made at build time by citation-js from the sources' CSL-JSON
 * (the data package's own `sourceToCsl`, BibTeX and RIS writers), never typed by hand.
 * APA comes with @citation-js/plugin-csl; Chicago (17th edition, notes and bibliography) is
 * the CSL project's style, vendored in styles/ from Debian's citation-style-language-styles.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as kz from '@kzprotest/data';
import type { Source } from '@kzprotest/data';
import { sourceToCsl, sourcesBibtex, sourcesRis, type CslItem } from '@kzprotest/data/export';
import { sourceView } from '../kzdata/views/index';
import type { CitationSet, CslJson, ReadingView } from '../../src/components/teacher/types';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The style names citation-js knows in the citeproc worker. */
const STYLES = { apa: 'apa', chicago: 'chicago-note-bibliography' } as const;

type Reply = CitationSet & { csl?: CslJson };

interface Citeproc {
  worker: Worker;
  pending: Map<number, { resolve: (reply: Reply) => void; reject: (error: Error) => void }>;
  nextId: number;
}

// one worker per process: Docusaurus evaluates the config (and so this module) more than once per build
const CITEPROC = Symbol.for('kzprotest.course.citeproc');
const processWide = globalThis as { [CITEPROC]?: Citeproc };

/** Forget a request; an idle worker must not keep a finished build alive, one with requests in flight must. */
function settle(state: Citeproc, id: number) {
  const request = state.pending.get(id);
  state.pending.delete(id);
  if (state.pending.size === 0) state.worker.unref();
  return request;
}

/** The citeproc worker, started on first use; this module's import is that first use. */
function citeproc(): Citeproc {
  const existing = processWide[CITEPROC];
  if (existing) return existing;
  const worker = new Worker(path.join(here, 'citeproc.worker.mjs'), {
    workerData: { styles: STYLES, chicagoFile: path.join(here, 'styles', 'chicago-note-bibliography.csl') },
  });
  const state: Citeproc = { worker, pending: new Map(), nextId: 0 };
  worker.unref();
  worker.on('message', (message: { id: number; result?: Reply; error?: string }) => {
    const request = settle(state, message.id);
    if (message.error !== undefined) request?.reject(new Error(message.error));
    else request?.resolve(message.result!);
  });
  const fail = (error: Error) => {
    // a later citation starts a new worker rather than waiting on a dead one
    if (processWide[CITEPROC] === state) delete processWide[CITEPROC];
    for (const id of [...state.pending.keys()]) settle(state, id)?.reject(new Error(`the citeproc worker failed: ${error.message}`));
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`it exited with code ${code}`)));
  processWide[CITEPROC] = state;
  return state;
}
citeproc();

function request(item: unknown, normalise: boolean): Promise<Reply> {
  const state = citeproc();
  const id = state.nextId++;
  const title = (item as { title?: unknown } | null)?.title;
  const what = typeof title === 'string' ? `"${title}"` : (JSON.stringify(item) ?? String(item)).slice(0, 80);
  return new Promise((resolve, reject) => {
    state.pending.set(id, { resolve, reject: (error) => reject(new Error(`Could not format the citation of ${what}: ${error.message}`)) });
    state.worker.ref();
    try {
      state.worker.postMessage({ id, item, normalise });
    } catch (error) {
      settle(state, id)?.reject(error as Error);
    }
  });
}

/**
 * One CSL item formatted as an APA and a Chicago bibliography entry, each as HTML (citeproc
 * escapes the text) and plain text.
 * @example (await formatCitation(lessonCsl('A lesson', SITE_TITLE))).apa.text
 */
export async function formatCitation(item: CslItem | CslJson): Promise<CitationSet> {
  const { apa, chicago } = await request(item, false);
  return { apa, chicago };
}

// the export functions only read `sources` of the dataset they are given
const only = (source: Source) => ({ sources: [source] }) as unknown as Parameters<typeof sourcesBibtex>[0];

/**
 * A source as a teacher's reading: its card, its citations in APA and Chicago, and its
 * BibTeX, RIS and CSL-JSON entries, so a page can offer downloads without shipping citation-js.
 * @example (await readingView('rferl-2012-zhanaozen-quiet-but-angry')).chicago.text
 */
export function readingView(id: string): Promise<ReadingView> {
  // many lessons and pages cite the same few sources, and each citeproc run takes milliseconds
  let view = readingViews.get(id);
  if (!view) readingViews.set(id, (view = makeReadingView(id)));
  return view;
}

const readingViews = new Map<string, Promise<ReadingView>>();

async function makeReadingView(id: string): Promise<ReadingView> {
  const source = kz.get(id, 'sources');
  const { csl, apa, chicago } = await request(sourceToCsl(source), true);
  return { ...sourceView(source), apa, chicago, csl: csl!, bibtex: sourcesBibtex(only(source)), ris: sourcesRis(only(source)) };
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
