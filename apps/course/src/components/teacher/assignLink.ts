/**
 * An assignment and its share link: the whole state in the URL's query, read back with every
 * problem named, so a tampered or cut link shows a message instead of a crash.
 */
import type { Catalogue, LessonSummary, ReadingView } from './types';
import type { ActivitySummary } from '../activities/types';

export { type Assignment, assignLink, emptyAssignment, LINK_VERSION, toQuery } from './shareLink';
import { type Assignment, emptyAssignment, LINK_VERSION, LIST_SEP } from './shareLink';

/** An assignment read back from a link, with every problem found in it, in words for the page. */
export interface Parsed {
  assignment: Assignment;
  problems: string[];
}

const MAX_TEXT = 4000;

/** Finds a lesson in the catalogue by id. */
export function lessonById(catalogue: Catalogue, id: string): LessonSummary | undefined {
  for (const m of catalogue.modules) for (const l of m.lessons) if (l.id === id) return l;
  return undefined;
}

/** Finds an activity in the catalogue by id. */
export function activityById(catalogue: Catalogue, id: string): ActivitySummary | undefined {
  return (catalogue.activities ?? []).find((a) => a.id === id);
}

/** Whether "YYYY-MM-DD" is a real calendar day. */
export function isDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The most ids of one kind a link may list; the whole course has far fewer lessons, readings and questions. */
export const MAX_LIST = 200;
/** Problems of one kind named one by one; the rest are counted in one line. */
export const MAX_NAMED_PROBLEMS = 10;
/** The longest part of a link (an id, a date, a name) that a problem repeats in full. */
const MAX_SHOWN = 60;

/** A part of a link as a problem shows it: cut to its start when it is long. */
const shown = (s: string) => (s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}… (${s.length.toLocaleString('en')} characters)` : s);

/** A reading of the catalogue by id: own keys only, so "constructor" or "__proto__" finds nothing. */
export function readingById(catalogue: Catalogue, id: string): ReadingView | undefined {
  return Object.hasOwn(catalogue.readings, id) ? catalogue.readings[id] : undefined;
}

/** Collects problems, naming the first MAX_NAMED_PROBLEMS of each kind and counting the rest. */
function problemList() {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  return {
    problems,
    /** `kind` in the plural, for the line that counts what was not named: "unknown readings". */
    add(kind: string, text: string) {
      const n = (counts.get(kind) ?? 0) + 1;
      counts.set(kind, n);
      if (n <= MAX_NAMED_PROBLEMS) problems.push(text);
    },
    done(): string[] {
      for (const [kind, n] of counts) if (n > MAX_NAMED_PROBLEMS) problems.push(`And ${(n - MAX_NAMED_PROBLEMS).toLocaleString('en')} more ${kind}, left out and not listed one by one.`);
      return problems;
    },
  };
}

/**
 * Reads a share link's query. Whatever is unknown (a lesson or reading id, a question number,
 * a date) is left out and named in `problems`, so a tampered link shows a message, not a crash;
 * lists and text are capped, saying what was cut, so no link can make the page endless.
 */
export function fromQuery(search: string, catalogue: Catalogue): Parsed {
  const a = emptyAssignment();
  let p: URLSearchParams;
  try {
    p = new URLSearchParams(search);
  } catch {
    return { assignment: a, problems: ['The link could not be read at all.'] };
  }
  if ([...p.keys()].length === 0) return { assignment: a, problems: [] };
  const found = problemList();
  const version = p.get('v');
  if (version !== LINK_VERSION) {
    found.problems.push(version === null ? 'The link has no version (v=1): it was not made by this builder or was cut short.' : `The link is of version "${shown(version)}", which this builder does not know.`);
  }
  const known = new Set(['v', 'title', 'due', 'instructions', 'lessons', 'readings', 'questions', 'activities']);
  for (const key of new Set(p.keys())) if (!known.has(key)) found.add('parts this builder does not use', `The link has a part "${shown(key)}" that this builder does not use; it was ignored.`);

  const text = (key: 'title' | 'instructions') => {
    const value = p.get(key) ?? '';
    if (value.length > MAX_TEXT) {
      found.problems.push(`The ${key} in the link is longer than ${MAX_TEXT} characters; it was cut to the first ${MAX_TEXT}.`);
      return value.slice(0, MAX_TEXT);
    }
    return value;
  };
  a.title = text('title');
  a.instructions = text('instructions');
  const due = p.get('due') ?? '';
  if (due && !isDay(due)) found.problems.push(`The due date "${shown(due)}" is not a date (YYYY-MM-DD); it was left out.`);
  else a.due = due;

  const list = (key: 'lessons' | 'readings' | 'questions' | 'activities') => {
    const ids = [...new Set((p.get(key) ?? '').split(LIST_SEP).map((s) => s.trim()).filter(Boolean))];
    if (ids.length <= MAX_LIST) return ids;
    found.problems.push(`The link lists ${ids.length.toLocaleString('en')} ${key}; only the first ${MAX_LIST} were read.`);
    return ids.slice(0, MAX_LIST);
  };
  for (const id of list('lessons')) {
    if (lessonById(catalogue, id)) a.lessons.push(id);
    else found.add('unknown lessons', `Unknown lesson "${shown(id)}": no lesson of the course has this id; it was left out.`);
  }
  for (const id of list('readings')) {
    if (readingById(catalogue, id)) a.readings.push(id);
    else found.add('unknown readings', `Unknown reading "${shown(id)}": no source of @kzprotest/data has this id; it was left out.`);
  }
  for (const q of list('questions')) {
    const m = /^(.+)#(\d+)$/.exec(q);
    const lesson = m ? lessonById(catalogue, m[1]!) : undefined;
    const n = m ? Number(m[2]) : NaN;
    if (!m || !lesson || !(n >= 1 && n <= lesson.questions.length)) {
      found.add('unknown questions', `Unknown question "${shown(q)}": it names no question of a lesson of the course; it was left out.`);
    } else if (!a.lessons.includes(lesson.id)) {
      found.add('questions of lessons the link does not assign', `Question "${shown(q)}" belongs to a lesson the link does not assign; it was left out.`);
    } else a.questions.push(q);
  }
  for (const id of list('activities')) {
    if (activityById(catalogue, id)) a.activities.push(id);
    else found.add('unknown activities', `Unknown activity "${shown(id)}": no activity of the course has this id; it was left out.`);
  }
  return { assignment: a, problems: found.done() };
}

/** The text of a chosen question. */
export function questionText(catalogue: Catalogue, ref: string): string | undefined {
  const m = /^(.+)#(\d+)$/.exec(ref);
  return m ? lessonById(catalogue, m[1]!)?.questions[Number(m[2]) - 1] : undefined;
}

/** The chosen readings, in the order chosen. */
export const chosenReadings = (catalogue: Catalogue, a: Assignment): ReadingView[] =>
  a.readings.map((id) => readingById(catalogue, id)).filter((r): r is ReadingView => Boolean(r));

/** The chosen activities, in the order chosen. */
export const chosenActivities = (catalogue: Catalogue, a: Assignment): ActivitySummary[] =>
  a.activities.map((id) => activityById(catalogue, id)).filter((x): x is ActivitySummary => Boolean(x));
