/**
 * An assignment's share link as a lesson page makes it: what a teacher chose and the query
 * that reopens it. Apart from assignLink.ts, which reads links back, so that a lesson's chunk
 * carries only this part (every lesson links to the builder).
 */
import type { LessonSummary } from './types';

/** What a teacher chose. Questions are "<lesson id>#<n>", n counting the lesson's questions from 1. */
export interface Assignment {
  title: string;
  due: string;
  instructions: string;
  lessons: string[];
  readings: string[];
  questions: string[];
  /** Activity ids, "<module folder>/<activity>" (e.g. "02-counting-the-dead/order"). A link made before activities existed has none. */
  activities: string[];
}

export const emptyAssignment = (): Assignment => ({ title: '', due: '', instructions: '', lessons: [], readings: [], questions: [], activities: [] });

/** The share-link format; a link of another version is refused, not guessed at. */
export const LINK_VERSION = '1';
/** Between the ids of a list in the query. */
export const LIST_SEP = ',';

/** The query string that reopens an assignment. Ids never hold a comma (kebab-case and slashes). */
export function toQuery(a: Assignment): string {
  const p = new URLSearchParams();
  p.set('v', LINK_VERSION);
  if (a.title) p.set('title', a.title);
  if (a.due) p.set('due', a.due);
  if (a.instructions) p.set('instructions', a.instructions);
  if (a.lessons.length) p.set('lessons', a.lessons.join(LIST_SEP));
  if (a.readings.length) p.set('readings', a.readings.join(LIST_SEP));
  if (a.questions.length) p.set('questions', a.questions.join(LIST_SEP));
  if (a.activities.length) p.set('activities', a.activities.join(LIST_SEP));
  return `?${p.toString()}`;
}

/**
 * The builder's address for whole lessons: each lesson with every one of its questions and, after
 * the lessons' own, the readings given. Every link into /assign is built here, through toQuery.
 * @example assignLink([{ id: '01-m/a', questions: ['Why?', 'How?'], readings: ['src-a'] }]) // "/assign?v=1&lessons=01-m%2Fa&readings=src-a&questions=01-m%2Fa%231%2C01-m%2Fa%232"
 */
export function assignLink(lessons: readonly Pick<LessonSummary, 'id' | 'questions' | 'readings'>[]): string {
  return `/assign${toQuery({
    ...emptyAssignment(),
    lessons: lessons.map((l) => l.id),
    readings: [...new Set(lessons.flatMap((l) => l.readings))],
    questions: lessons.flatMap((l) => l.questions.map((_, i) => `${l.id}#${i + 1}`)),
  })}`;
}
