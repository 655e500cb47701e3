/**
 * Build-time views for the lesson plans, the document excerpts and the sourcing organisers.
 * Each reads records of @kzprotest/data and the lessons' own files; none holds a fact of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as kz from '@kzprotest/data';
import type { Source } from '@kzprotest/data';
import { DEFAULT_PARSE_FRONT_MATTER } from '@docusaurus/utils';
import { claimView, eventSummary } from '../kzdata/views/index';
import { formatEdtf } from '../kzdata/format';
import { LessonFrontMatter } from '../kzdata/frontMatter';
import { unconfirmedText, perspectiveLabel } from '../../src/components/kz/data';
import type { ExcerptData, GlossaryHelp, HeadNote, OrganiserData, PlanData, RecordAnswer } from '../../src/components/plans/types';
import { checks, discussionPrompts } from './guides';
import { moduleSlug } from '../../src/course';


/** Where a source's sourcing organiser is. */
export const organiserPath = (sourceId: string) => `/organisers/${sourceId}`;

/**
 * Where the plan of a lesson is: the teach docs instance keeps the lesson's folder and file name.
 * @example planPath('02-counting-the-dead', 'counting-the-dead.mdx') // "/teach/guides/counting-the-dead/counting-the-dead"
 */
export const planPath = (folder: string, file: string) => `/teach/guides/${moduleSlug(folder)}/${moduleSlug(file.replace(/\.mdx?$/, ''))}`;

/** A lesson's address (routeBasePath "course"; no lesson sets a slug of its own, which plan.test.ts checks). */
export const lessonPath = (folder: string, file: string) => `/course/${moduleSlug(folder)}/${moduleSlug(file.replace(/\.mdx?$/, ''))}`;

/** The glossary's file and address. */
const GLOSSARY_FILE = path.join('docs', '00-orientation', 'glossary.mdx');
const GLOSSARY_PATH = '/course/orientation/glossary';
const HARD_WORDS = 'Hard words in the documents';

/** An anchor as Docusaurus (github-slugger) makes it from a heading. */
const anchorOf = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-');

/**
 * The glossary's hard words (the `### Term` headings of its section on them, with their first
 * paragraph). Entries whose paragraph shows data components are left out: their words need the
 * component to be read.
 */
export function glossaryEntries(siteDir: string): (GlossaryHelp & { words: string[] })[] {
  const whole = readFileSync(path.join(siteDir, GLOSSARY_FILE), 'utf8');
  // only the section that explains hard words: the course's working terms ("claim", "source")
  // mean something narrower than the same words in a passage
  const start = whole.indexOf(`\n## ${HARD_WORDS}\n`);
  if (start < 0) throw new Error(`${GLOSSARY_FILE} needs a section "## ${HARD_WORDS}": the key passages take their word help from it`);
  const text = whole.slice(start).replace(/\n## (?!Hard)[\s\S]*$/, '');
  const entries: (GlossaryHelp & { words: string[] })[] = [];
  for (const m of text.matchAll(/^### (.+)\n\n([\s\S]*?)(?=\n\n|\n#|(?![\s\S]))/gm)) {
    const term = m[1]!.trim();
    const definition = m[2]!.replace(/\s+/g, ' ').trim();
    if (/[<{]/.test(definition) || /^["“]/.test(term)) continue;
    // "Event, theme" and "Figure and qualifier" explain each word
    const words = term.split(/,\s*|\s+and\s+/).map((w) => w.trim().toLowerCase()).filter(Boolean);
    entries.push({ term, definition: definition.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'), href: `${GLOSSARY_PATH}#${anchorOf(term)}`, words });
  }
  return entries;
}

/** The glossary entries whose words appear in a passage (as whole words, any ending: "curfew", "curfews"). */
export function glossaryFor(quote: string, entries: ReturnType<typeof glossaryEntries>): GlossaryHelp[] {
  return entries
    .filter((e) => e.words.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(s|es|ed|d|ing)?\\b`, 'i').test(quote)))
    .map(({ words: _, ...e }) => e);
}

/** Why the record does not confirm a field, if it says so (exact field: "original" is about the text, not each field). */
const unverifiedNote = (source: Source, field: string) => source.unverified.find((u) => u.field === field)?.note;

const authorNames = (authors: Source['author'] | undefined) => (authors ?? []).map((a) => ('literal' in a ? a.literal : `${a.given} ${a.family}`));

/** A passage's head note from its source record. */
export function headNote(sourceId: string): HeadNote {
  const s = kz.get(sourceId, 'sources');
  const authorUnconfirmed = unverifiedNote(s, 'author');
  const issuedUnconfirmed = unverifiedNote(s, 'issued');
  return {
    sourceTitle: s.title,
    sourceHref: `/sources/${s.id}`,
    authors: authorNames(s.author),
    ...(authorUnconfirmed ? { authorUnconfirmed } : {}),
    publisher: s.publisher,
    ...(s['container-title'] ? { containerTitle: s['container-title'] } : {}),
    ...(s.issued ? { issued: formatEdtf(s.issued) } : {}),
    ...(issuedUnconfirmed ? { issuedUnconfirmed } : {}),
    perspective: perspectiveLabel[s.perspective] ?? s.perspective,
    ...(s.original ? { original: { publisher: s.original.publisher, title: s.original.title, ...(s.original.issued ? { issued: formatEdtf(s.original.issued) } : {}) } } : {}),
  };
}

/** What `<Excerpt claim>` shows besides its plain-words summary. */
export function excerptData(claimId: string, glossary: ReturnType<typeof glossaryEntries>): ExcerptData {
  const claim = claimView(kz.get(claimId, 'claims'));
  return { claim, headNote: headNote(claim.source.id), glossary: glossaryFor(claim.quote, glossary), organiser: organiserPath(claim.source.id) };
}

/** A sourcing organiser: what the record answers, and which lessons assign the reading. */
export function organiserData(sourceId: string, lessons: { title: string; href: string; readings: string[] }[]): OrganiserData {
  const s = kz.get(sourceId, 'sources');
  const answer = (question: string, value: string | undefined, field: string): RecordAnswer => {
    const unconfirmed = unverifiedNote(s, field);
    return { question, ...(value ? { value } : {}), ...(unconfirmed ? { unconfirmed } : {}) };
  };
  const authors = authorNames(s.author);
  const fromRecord: RecordAnswer[] = [
    answer('Who wrote it?', authors.length ? authors.join(', ') : undefined, 'author'),
    answer('Who published it?', s.publisher, 'publisher'),
    answer('Where did it appear?', s['container-title'], 'container-title'),
    answer('When was it published?', s.issued ? formatEdtf(s.issued) : undefined, 'issued'),
  ];
  if (s.original) {
    const o = s.original;
    fromRecord.push(
      answer('Is it a republication? Of what, first published by whom?', `${o.title}, ${o.publisher}`, 'original'),
      answer('Who wrote the original?', authorNames(o.author).join(', ') || undefined, 'original.author'),
      answer('When was the original published?', o.issued ? formatEdtf(o.issued) : undefined, 'original.issued'),
    );
  }
  return {
    id: s.id,
    title: s.title,
    href: `/sources/${s.id}`,
    fromRecord,
    perspective: { label: perspectiveLabel[s.perspective] ?? s.perspective, note: s.perspectiveNote },
    unconfirmed: s.unverified.map((u) => ({ what: unconfirmedText(u.field), note: u.note })),
    lessons: lessons.filter((l) => l.readings.includes(s.id)).map(({ title, href }) => ({ title, href })),
  };
}

/** The ids a lesson's data components name, by the attribute that names them. */
function idsIn(body: string, attribute: 'claim' | 'event' | 'id'): string[] {
  return [...body.matchAll(new RegExp(`<[A-Z][A-Za-z]*\\b[^>]*?\\s${attribute}="([^"]+)"`, 'g'))].map((m) => m[1]!);
}

/**
 * A lesson plan's data: the lesson beside the plan (docs/<module>/<file> for teach/<module>/<file>),
 * its front matter and plan fields (validated again here, so a plan never shows unchecked fields),
 * its prompts, self-check answers and key passages, and the records it shows.
 */
export async function planData(siteDir: string, planFile: string): Promise<PlanData> {
  const folder = path.basename(path.dirname(planFile));
  const file = path.basename(planFile);
  const lessonFile = path.join(siteDir, 'docs', folder, file);
  let content: string;
  try {
    content = readFileSync(lessonFile, 'utf8');
  } catch {
    throw new Error(`a lesson plan at teach/${folder}/${file} needs its lesson at docs/${folder}/${file}, which does not exist`);
  }
  const { frontMatter, content: body } = await DEFAULT_PARSE_FRONT_MATTER({ filePath: lessonFile, fileContent: content });
  const parsed = LessonFrontMatter.safeParse(frontMatter);
  if (!parsed.success) throw new Error(`docs/${folder}/${file}: ${parsed.error.issues.map((i) => `field "${i.path.join('.')}": ${i.message}`).join('; ')}`);
  const fm = parsed.data;
  const eventIds = [...new Set([...idsIn(body, 'event'), ...idsIn(body, 'id').filter((id) => kz.has(id) && kz.resolve(id).collection === 'events')])];
  const claimIds = [...new Set([...idsIn(body, 'claim'), ...idsIn(body, 'id').filter((id) => kz.has(id) && kz.resolve(id).collection === 'claims')])];
  return {
    lesson: {
      title: fm.title,
      href: lessonPath(folder, file),
      time: fm.time,
      questions: fm.questions,
      objectives: fm.objectives,
      keypoints: fm.keypoints,
      contentWarning: fm.contentWarning ?? [],
      ...(fm.contentNote ? { contentNote: fm.contentNote } : {}),
      readings: fm.readings.map((id) => {
        const s = kz.get(id, 'sources');
        return { id, title: s.title, href: `/sources/${id}`, minutes: s.readingMinutes, organiser: organiserPath(id) };
      }),
    },
    plan: fm.plan,
    discussion: discussionPrompts(body),
    answers: checks(body).map((c) =>
      c.claim ? { question: c.question, claim: claimView(kz.get(c.claim, 'claims')) } : { question: c.question, event: eventSummary(kz.get(c.event!, 'events')) },
    ),
    excerpts: [...body.matchAll(/<Excerpt\s+claim="([^"]+)"/g)].map((m) => ({ claim: claimView(kz.get(m[1]!, 'claims')) })),
    background: {
      events: eventIds.map((id) => {
        const e = kz.get(id, 'events');
        return { ...eventSummary(e), summary: e.summary };
      }),
      figures: claimIds.map((id) => claimView(kz.get(id, 'claims'))).filter((c) => c.figure),
    },
  };
}
