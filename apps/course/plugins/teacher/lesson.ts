/**
 * What a lesson page needs for its "Assign this" and "Cite this lesson" boxes, computed when
 * the kzdata front matter hook validates the lesson: its readings with citations and files,
 * and its own citation (with a placeholder address, which the page replaces by its own).
 */
import type { LessonTeacherExtras } from '../../src/components/teacher/types';
import { formatCitation, lessonCsl, PERMALINK, readingView } from './citations';

/** The course's title, as docusaurus.config.ts has it (a test keeps the two equal). */
export const SITE_TITLE = 'Protest, labour and the state in Kazakhstan';

/**
 * The teacher extras of a lesson with this title and these readings (source ids). Kept per
 * lesson: Docusaurus reads a lesson's front matter twice, for the docs list and for its page.
 * @example (await lessonTeacherExtras({ title: 'A lesson', readings: [] })).cite.apa.text
 */
export function lessonTeacherExtras(lesson: { title: string; readings: string[] }): Promise<LessonTeacherExtras> {
  const key = JSON.stringify([lesson.title, lesson.readings]);
  let extras = extrasOf.get(key);
  if (!extras) extrasOf.set(key, (extras = makeTeacherExtras(lesson)));
  return extras;
}

const extrasOf = new Map<string, Promise<LessonTeacherExtras>>();

async function makeTeacherExtras(lesson: { title: string; readings: string[] }): Promise<LessonTeacherExtras> {
  const csl = lessonCsl(lesson.title, SITE_TITLE);
  const [readings, citation] = await Promise.all([Promise.all(lesson.readings.map(readingView)), formatCitation(csl)]);
  return { readings, cite: { ...citation, csl: csl as unknown as LessonTeacherExtras['cite']['csl'], placeholder: PERMALINK } };
}
