/**
 * A student's answers live in the page's address, so that the address is the student's work:
 * reload it, bookmark it or send it to the teacher, and it opens as it was left. No account,
 * nothing stored anywhere.
 */
import { useEffect, useState } from 'react';

/** The answers of one activity: item key (or a field of it) → value. */
export type Answers = Record<string, string>;

/** The query parameter that says the student has pressed Check. */
export const CHECKED = 'checked';
/** The longest value a link may give one answer (the open question's text). */
export const MAX_ANSWER = 4000;

/**
 * Answers read from a query string, keeping only the keys the activity asks for.
 * @example answersFromQuery('?v-a=kazakh-police&x=1', ['v-a']) // { 'v-a': 'kazakh-police' }
 */
export function answersFromQuery(search: string, keys: readonly string[]): { answers: Answers; checked: boolean } {
  const p = new URLSearchParams(search);
  const answers: Answers = {};
  for (const key of keys) {
    const value = p.get(key);
    if (value) answers[key] = value.slice(0, MAX_ANSWER);
  }
  return { answers, checked: p.get(CHECKED) === '1' };
}

/** The query string of a set of answers. */
export function answersToQuery(answers: Answers, checked: boolean): string {
  const p = new URLSearchParams();
  for (const [key, value] of Object.entries(answers)) if (value) p.set(key, value);
  if (checked) p.set(CHECKED, '1');
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** The answers of the page, read from its address once it runs and written back on every change. */
export function useAnswers(keys: readonly string[]) {
  const [answers, setAnswers] = useState<Answers>({});
  const [checked, setChecked] = useState(false);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const read = answersFromQuery(window.location.search, keys);
    setAnswers(read.answers);
    setChecked(read.checked);
    setReady(true);
    // the keys are the activity's, fixed for the page
  }, []);
  useEffect(() => {
    if (ready) window.history.replaceState(window.history.state, '', `${window.location.pathname}${answersToQuery(answers, checked)}`);
  }, [ready, answers, checked]);
  return {
    answers,
    checked,
    ready,
    /** Changing an answer hides the last check's feedback until the student checks again. */
    set: (key: string, value: string) => {
      setAnswers((a) => ({ ...a, [key]: value }));
      setChecked(false);
    },
    setAll: (next: Answers) => {
      setAnswers(next);
      setChecked(false);
    },
    check: () => setChecked(true),
    reset: () => {
      setAnswers({});
      setChecked(false);
    },
  };
}
