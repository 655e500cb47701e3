/**
 * The computed part of each module's teacher guide (`<ModuleGuide />` in teach/<module>/guide.mdx),
 * made from the docs plugin's loaded lessons: aims (objectives), time, questions, readings, the
 * lessons' discussion prompts, and the answers of their self-checks taken from the data (the
 * claim's quote and source, the event's date). So the guide never restates a lesson by hand, and
 * a check whose claim is gone stops the build here as in the lesson.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as kz from '@kzprotest/data';
import { DEFAULT_PARSE_FRONT_MATTER } from '@docusaurus/utils';
import { claimView, eventSummary } from '../kzdata/views/index';
import type { GuideData, GuideLesson, ModuleSummary } from '../../src/components/teacher/types';
import type { LoadedDoc } from './catalogue';

/** The list items of every `<Discussion>` block of a lesson's MDX, as plain text. */
export function discussionPrompts(mdx: string): string[] {
  const prompts: string[] = [];
  for (const block of mdx.matchAll(/<Discussion\b[^>]*>([\s\S]*?)<\/Discussion>/g)) {
    let current: string | undefined;
    for (const line of block[1]!.split('\n')) {
      const item = /^\s*(?:[-*]|\d+\.)\s+(.*)$/.exec(line);
      if (item) {
        if (current) prompts.push(current);
        current = item[1]!.trim();
      } else if (current !== undefined && line.trim()) current += ` ${line.trim()}`;
    }
    if (current) prompts.push(current);
  }
  return prompts;
}

/** The `<Check claim|event="...">question</Check>` items of a lesson's MDX. */
export function checks(mdx: string): { question: string; claim?: string; event?: string }[] {
  return [...mdx.matchAll(/<Check\s+(claim|event)="([^"]+)"\s*>([\s\S]*?)<\/Check>/g)].map((m) => ({
    question: m[3]!.replace(/\s+/g, ' ').trim(),
    [m[1]!]: m[2]!,
  }));
}

/** The file of a loaded doc (its `source` is "@site/docs/…"). */
function fileOf(doc: LoadedDoc, siteDir: string): string {
  return path.join(siteDir, doc.source.replace(/^@site\//, ''));
}

/** One lesson of a guide: its catalogue entry, with the prompts and answers of its MDX body. */
async function guideLesson(lesson: ModuleSummary['lessons'][number], doc: LoadedDoc, siteDir: string): Promise<GuideLesson> {
  const file = fileOf(doc, siteDir);
  const { content: body } = await DEFAULT_PARSE_FRONT_MATTER({ filePath: file, fileContent: await readFile(file, 'utf8') });
  const answers = checks(body).map((c) => {
    try {
      if (c.claim) return { question: c.question, claim: claimView(kz.get(c.claim, 'claims')) };
      return { question: c.question, event: eventSummary(kz.get(c.event!, 'events')) };
    } catch (error) {
      throw new Error(`${path.relative(siteDir, file)}: <Check ${c.claim ? `claim="${c.claim}"` : `event="${c.event}"`}> for the teacher guide: ${(error as Error).message}`);
    }
  });
  return {
    title: lesson.title,
    href: lesson.permalink,
    time: lesson.time,
    objectives: lesson.objectives,
    questions: lesson.questions,
    contentWarning: lesson.contentWarning,
    readings: lesson.readings.map((id) => {
      const s = kz.get(id, 'sources');
      return { id, title: s.title, href: `/sources/${id}`, minutes: s.readingMinutes, warnings: [...s.contentWarnings] };
    }),
    discussion: discussionPrompts(body),
    answers,
  };
}

/** The guide of a module, from the catalogue's module and the loaded docs it was made from. */
export async function guideData(module: ModuleSummary, docs: LoadedDoc[], siteDir: string): Promise<GuideData> {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const lessons = await Promise.all(module.lessons.map((l) => guideLesson(l, byId.get(l.id)!, siteDir)));
  return { module: module.id, slug: module.slug, title: module.title, lessons };
}

/** The name of a guide's data module among the teacher plugin's generated files. */
export const guideDataFile = (slug: string) => `guide-${slug}.json`;

/**
 * The module a guide file imports its data from (the teacher plugin writes it in allContentLoaded).
 * @example guideDataModule('oil-labour-2011-strike') // "@generated/teacher/default/guide-oil-labour-2011-strike.json"
 */
export const guideDataModule = (slug: string) => `@generated/teacher/default/${guideDataFile(slug)}`;
