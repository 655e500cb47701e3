/**
 * Lesson front matter in the Carpentries manner, checked at build time: a lesson without
 * objectives, or with a reading that is not a source id, stops the build with the file
 * and the field named.
 */
import * as kz from '@kzprotest/data';
import path from 'node:path';
import * as z from 'zod';
import { sourceView, type SourceView } from './views/index';
import { lessonTeacherExtras } from '../teacher/lesson';
import type { LessonTeacherExtras } from '../../src/components/teacher/types';
import { LessonPlanFields, procedureMinutes } from './lessonPlan';

const text = z.string().trim().min(1, 'must not be empty');
const list = (what: string) => z.array(text, `must be a list of ${what}`).min(1, `needs at least one ${what.replace(/s$/, '')}`);

/** Warnings a reading can carry; the lesson must repeat the grave ones. */
const ContentWarning = z.enum(['death', 'violence', 'torture', 'imprisonment', 'sexual-violence']);
const GRAVE = new Set(['death', 'violence', 'torture', 'sexual-violence']);

/** The front matter of a lesson (`kind: lesson`, the default for files under docs/). */
export const LessonFrontMatter = z
  .object({
    kind: z.literal('lesson').default('lesson'),
    title: text,
    /** The questions the lesson answers, as a student would ask them. */
    questions: list('questions'),
    /** What a student can do after the lesson. */
    objectives: list('objectives'),
    /** The points to remember, shown at the end. */
    keypoints: list('keypoints'),
    /** Estimated minutes, reading and exercises together. */
    time: z.number('must be a number of minutes').int().positive(),
    /** Source ids of @kzprotest/data. */
    readings: z.array(text).default([]),
    /** What distressing material the lesson discusses. */
    contentWarning: z.array(ContentWarning).optional(),
    contentNote: text.optional(),
    /** The lesson plan's structured parts (./lessonPlan.ts); its prose is teach/<module>/<lesson>.mdx. */
    plan: LessonPlanFields,
  })
  .loose()
  .superRefine((fm, ctx) => {
    const minutes = fm.plan ? procedureMinutes(fm.plan) : fm.time;
    if (minutes !== fm.time) {
      const steps = fm.plan.procedure.map((s) => `${s.part} ${s.minutes}`).join(' + ');
      ctx.addIssue({ code: 'custom', path: ['plan', 'procedure'], message: `the steps add up to ${minutes} minutes (${steps}), but the lesson's time is ${fm.time}` });
    }
    const grave = new Set<string>();
    fm.readings.forEach((id, i) => {
      if (!kz.has(id) || kz.resolve(id).collection !== 'sources') {
        const known = kz.sources.map((s) => s.id).join(', ');
        ctx.addIssue({ code: 'custom', path: ['readings', i], message: `"${id}" is not a source id of @kzprotest/data (known: ${known})` });
        return;
      }
      for (const w of kz.get(id, 'sources').contentWarnings) if (GRAVE.has(w)) grave.add(w);
    });
    const declared = new Set(fm.contentWarning ?? []);
    const missing = [...grave].filter((w) => !declared.has(w as z.infer<typeof ContentWarning>));
    if (missing.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['contentWarning'],
        message: `the readings discuss ${missing.join(', ')}: list ${missing.length > 1 ? 'them' : 'it'} in contentWarning`,
      });
    }
  });

/** Module overviews, the glossary, class agreements: pages with no lesson boxes. */
export const PageFrontMatter = z
  .object({
    kind: z.literal('page'),
    title: text,
    /** A module overview's line on the home page (docs/<module>/index.mdx). */
    about: text.optional(),
  })
  .loose();

/** Teacher guides (teach/<module>/guide.mdx): pages marked as teacher material. */
export const TeacherFrontMatter = z.object({ kind: z.literal('teacher'), title: text }).loose();

export type LessonFrontMatter = z.infer<typeof LessonFrontMatter>;

/** What the lesson layout needs beyond the author's front matter, computed at build time. */
export interface LessonExtras {
  readingCards: SourceView[];
  /** Citations and files for the lesson's "Assign this" and "Cite this lesson" boxes. */
  teacher: LessonTeacherExtras;
}

/** Thrown for bad front matter; the message names the file and each bad field. */
export class FrontMatterError extends Error {
  constructor(file: string, issues: { path: PropertyKey[]; message: string }[]) {
    const lines = issues.map((i) => `  field "${i.path.map(String).join('.') || '(front matter)'}": ${i.message}`);
    super(`Invalid lesson front matter in ${file}:\n${lines.join('\n')}`);
    this.name = 'FrontMatterError';
  }
}

/**
 * Validate a doc's front matter; lessons get their readings' source cards added as `kz`.
 * @example await validateFrontMatter({ title: 'x' }, 'docs/01/a.mdx') // rejects: field "questions" ...
 */
export async function validateFrontMatter(frontMatter: Record<string, unknown>, file: string): Promise<Record<string, unknown>> {
  if (frontMatter.kind === 'page' || frontMatter.kind === 'teacher') {
    const page = (frontMatter.kind === 'page' ? PageFrontMatter : TeacherFrontMatter).safeParse(frontMatter);
    if (!page.success) throw new FrontMatterError(file, page.error.issues);
    return page.data;
  }
  const lesson = LessonFrontMatter.safeParse(frontMatter);
  if (!lesson.success) throw new FrontMatterError(file, lesson.error.issues);
  const extras: LessonExtras = {
    readingCards: lesson.data.readings.map((id) => sourceView(kz.get(id, 'sources'))),
    teacher: await lessonTeacherExtras(lesson.data),
  };
  return { ...lesson.data, kz: extras };
}

/** The docusaurus `markdown.parseFrontMatter` hook: validates every file under `docsDirs` (the lessons and the teacher guides). */
export function makeParseFrontMatter(siteDir: string, docsDirs = [path.join(siteDir, 'docs'), path.join(siteDir, 'teach')]) {
  return async (params: {
    filePath: string;
    fileContent: string;
    defaultParseFrontMatter: (p: { filePath: string; fileContent: string }) => Promise<{ frontMatter: Record<string, unknown>; content: string }>;
  }) => {
    const result = await params.defaultParseFrontMatter(params);
    const inside = docsDirs.some((dir) => {
      const relative = path.relative(dir, params.filePath);
      return !relative.startsWith('..') && !path.isAbsolute(relative) && /\.mdx?$/.test(relative);
    });
    if (!inside) return result;
    return { ...result, frontMatter: await validateFrontMatter(result.frontMatter, path.relative(siteDir, params.filePath)) };
  };
}
