/**
 * What a lesson page needs for its "Assign this" and "Cite this lesson" boxes, computed when
 * the kzdata front matter hook validates the lesson: its readings with citations and files,
 * and its own citation (with a placeholder address, which the page replaces by its own).
 */
import type { LessonTeacherExtras } from '../../src/components/teacher/types';
import { formatCitation, lessonCsl, PERMALINK, readingView } from './citations';

/** The course's title, as docusaurus.config.ts has it (a test keeps the two equal). */
export const SITE_TITLE = 'Protest, labour and the state in Kazakhstan';

/** The teacher extras of a lesson with this title and these readings (source ids). */
export function lessonTeacherExtras(lesson: { title: string; readings: string[] }): LessonTeacherExtras {
  const csl = lessonCsl(lesson.title, SITE_TITLE);
  return {
    readings: lesson.readings.map(readingView),
    cite: { ...formatCitation(csl), csl: csl as unknown as LessonTeacherExtras['cite']['csl'], placeholder: PERMALINK },
  };
}
