/**
 * Citations for teachers, made at build time by citation-js from the sources' CSL-JSON
 * (the data package's own `sourceToCsl`, BibTeX and RIS writers), never typed by hand.
 * Both styles are the CSL project's own files from npm: APA 7th edition as
 * @citation-js/plugin-csl ships it, Chicago 17th edition (notes and bibliography) from
 * @citation/csl-style-chicago-note-bibliography. What the styles are given is the record's
 * CSL-JSON put the way CSL expects its input (see `forStyles`); the CSL-JSON offered for
 * download is the record's own.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import * as kz from '@kzprotest/data';
import type { Source } from '@kzprotest/data';
import { sourceToCsl, sourcesBibtex, sourcesRis, unconfirmedNote, type CslItem } from '@kzprotest/data/export';
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
    workerData: { styles: STYLES },
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

function request(item: unknown, normalise: boolean, styleItems?: StyleItems): Promise<Reply> {
  const state = citeproc();
  const id = state.nextId++;
  const title = (item as { title?: unknown } | null)?.title;
  const what = typeof title === 'string' ? `"${title}"` : (JSON.stringify(item) ?? String(item)).slice(0, 80);
  return new Promise((resolve, reject) => {
    state.pending.set(id, { resolve, reject: (error) => reject(new Error(`Could not format the citation of ${what}: ${error.message}`)) });
    state.worker.ref();
    try {
      state.worker.postMessage({ id, item, normalise, ...(styleItems === undefined ? {} : { styleItems }) });
    } catch (error) {
      settle(state, id)?.reject(error as Error);
    }
  });
}

/** Words a headline-style title writes in lower case; any other word starting lower case makes a title sentence case. */
const HEADLINE_SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'from', 'into', 'with', 'over', 'after']);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

let properNounsOnce: Set<string> | undefined;
/** Words that keep their capital in any case style: the names of the data's places and actors (and their other spellings), and the months. */
function properNouns(): Set<string> {
  properNounsOnce ??= new Set(
    [...kz.places, ...kz.actors].flatMap((r) => [r.name, ...r.aliases]).flatMap((n) => n.split(/[\s,;:()]+/)).concat(MONTHS).filter((w) => /^\p{Lu}/u.test(w)),
  );
  return properNounsOnce;
}

const bare = (word: string) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/**
 * A title in sentence case, the case CSL expects its input in: each style then cases it its way
 * (APA keeps sentence case for articles, Chicago title-cases). A title already in sentence case
 * is kept as the source prints it; a headline-style one ("A Year After Deadly Riots, Zhanaozen Is
 * Quiet But Angry") is lowered, except its first word, a word after a colon, the names the data
 * knows and words with capitals inside ("RFE/RL"). Its own final period is dropped, since each
 * style puts its punctuation after a title and two would stand together ("bloodshed.,");
 * a question or exclamation mark is part of the title and stays.
 * @example sentenceCaseTitle('A Year After Deadly Riots, Zhanaozen Is Quiet But Angry') // "A year after deadly riots, Zhanaozen is quiet but angry"
 */
export function sentenceCaseTitle(title: string): string {
  const words = title.replace(/\.+$/, '').split(' ');
  const headline = words.filter((w) => /^\p{Ll}/u.test(bare(w)) && !HEADLINE_SMALL_WORDS.has(bare(w))).length === 0 && words.filter((w) => /^\p{Lu}/u.test(bare(w))).length > 1;
  if (!headline) return words.join(' ');
  return words
    .map((word, i) => {
      const core = bare(word);
      const keep = i === 0 || /:$/.test(words[i - 1]!) || properNouns().has(core) || /\p{Lu}/u.test(core.slice(1));
      return keep ? word : word.toLowerCase();
    })
    .join(' ');
}

/** Prepositions, to tell a particle ("cut off from") from a preposition. */
const PREPOSITIONS = new Set(['about', 'after', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'off', 'on', 'onto', 'over', 'to', 'up', 'with']);

/**
 * A sentence-case title for Chicago, whose style title-cases it: citeproc lowercases every
 * preposition, but Chicago (CMOS 8.159) capitalises one used as an adverb, as "off" in "cut off
 * from the rest"; a preposition followed by another is such a particle, and is kept capitalised
 * (CSL's "nocase" span keeps citeproc from lowering it).
 * @example chicagoTitle('A city cut off from the rest') // 'A city cut <span class="nocase">Off</span> from the rest'
 */
export function chicagoTitle(sentenceCase: string): string {
  const words = sentenceCase.split(' ');
  return words
    .map((word, i) => (i > 0 && PREPOSITIONS.has(word) && PREPOSITIONS.has(bare(words[i + 1] ?? '')) ? `<span class="nocase">${word[0]!.toUpperCase()}${word.slice(1)}</span>` : word))
    .join(' ');
}

/** What each style formats: the item, put as CSL expects it (`forStyles`). */
interface StyleItems {
  apa: unknown;
  chicago: unknown;
}

/**
 * A CSL item as the styles are given it: the title in sentence case (for Chicago with its
 * particles marked), and "n.d." as the date when none is recorded. Without a date, APA's CSL
 * prints "Retrieved [access date] from" before the address, which APA 7 (9.16) keeps for pages
 * designed to change; our sources are articles and our lessons are versioned, and no access
 * date is ever invented, so the date says "n.d." instead.
 */
function forStyles<T extends { title?: string; issued?: unknown }>(item: T): StyleItems {
  const title = item.title ? sentenceCaseTitle(item.title) : undefined;
  const base = { ...item, issued: item.issued ?? { literal: 'n.d.' } };
  return title ? { apa: { ...base, title }, chicago: { ...base, title: chicagoTitle(title) } } : { apa: base, chicago: base };
}

/** The unconfirmed fields' words after a citation, in square brackets as both styles add a description. */
function withNote(c: CitationSet, note: string | undefined): CitationSet {
  if (!note) return c;
  const html = (h: string) => h.replace(/<\/div>\s*<\/div>\s*$/, ` [${note.replace(/&/g, '&#38;').replace(/</g, '&#60;')}]</div>\n</div>`);
  return { apa: { html: html(c.apa.html), text: `${c.apa.text} [${note}]` }, chicago: { html: html(c.chicago.html), text: `${c.chicago.text} [${note}]` } };
}

/**
 * A source's CSL-JSON as the styles are given it, and the words for its unconfirmed fields.
 * The original of a republished article is given by its year only, as APA 7 (9.41) has it,
 * "(Original work published 2012)"; its title, authors and publisher stay in the CSL-JSON
 * download and on the source's page. A publisher that is the author (APA 9.24) or the
 * publication itself ("openDemocracy" of openDemocracy) is left out, as both manuals do.
 */
function sourceForStyles(source: Source): { items: StyleItems; note?: string } {
  const { note: _note, 'original-title': _title, 'original-author': _author, 'original-publisher': _publisher, ...item } = sourceToCsl(source);
  const authorNames = (item.author ?? []).map((n) => ('literal' in n ? n.literal : `${n.given} ${n.family}`));
  const repeats = item.publisher === item['container-title'] || authorNames.some((a) => item.publisher.startsWith(a));
  const kept: Partial<CslItem> = repeats ? (({ publisher: _, ...rest }) => rest)(item) : item;
  return { items: forStyles(kept), note: unconfirmedNote(source, (field) => kept[field] !== undefined) };
}

/**
 * One CSL item formatted as an APA and a Chicago bibliography entry, each as HTML (citeproc
 * escapes the text) and plain text.
 * @example (await formatCitation(lessonCsl('A lesson', SITE_TITLE))).apa.text
 */
export async function formatCitation(item: CslItem | CslJson): Promise<CitationSet> {
  // anything but an object goes to citeproc as it is, to fail there with citeproc's own words
  const styleItems = typeof item === 'object' && item !== null ? forStyles(item as { title?: string; issued?: unknown }) : undefined;
  const { apa, chicago } = await request(item, false, styleItems);
  return { apa, chicago };
}

// the export functions only read `sources` of the dataset they are given
const only = (source: Source) => ({ sources: [source] }) as unknown as Parameters<typeof sourcesBibtex>[0];

/**
 * A source as a teacher's reading: its card, its citations in APA and Chicago (with its
 * unconfirmed fields said in words after each), and its BibTeX, RIS and CSL-JSON entries, so a
 * page can offer downloads without shipping citation-js.
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
  const { items, note } = sourceForStyles(source);
  const { csl, ...formatted } = await request(sourceToCsl(source), true, items);
  const { apa, chicago } = withNote(formatted, note);
  return { ...sourceView(source), apa, chicago, csl: csl!, bibtex: sourcesBibtex(only(source)), ris: sourcesRis(only(source)) };
}

/** The placeholder for a lesson's address in its citations, replaced in the browser by the real one. */
export const PERMALINK = 'https://permalink.invalid/';

/**
 * A lesson as a CSL item: a web page by the course, of the version of the data it is built on
 * (the version the site shows). No date: no release date is recorded for any version, so the
 * citations say "n.d." rather than take the build's day. The URL is `PERMALINK` until the page
 * knows where it is served. APA's and Chicago's styles print no `version` for a web page, so the
 * description (`genre`) carries it too: "[Lesson, course data version 0.1.0]".
 */
export function lessonCsl(title: string, siteTitle: string, version: string = kz.meta.version): CslJson {
  return {
    id: 'lesson',
    type: 'webpage',
    title,
    author: [{ literal: 'kzprotest' }],
    'container-title': siteTitle,
    genre: `Lesson, course data version ${version}`,
    version,
    URL: PERMALINK,
    language: 'en',
  };
}
