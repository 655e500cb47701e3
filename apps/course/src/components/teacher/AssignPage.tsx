/**
 * /assign: the assignment builder. Everything stays in the browser: the state lives in the
 * page's query string (so the address is the share link), the handout is this page printed,
 * and the citation files and the cartridge are made here from the build's data.
 */
import React, { useEffect, useMemo, useState, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type { Catalogue, LessonSummary } from './types';
import { chosenActivities, chosenReadings, emptyAssignment, fromQuery, lessonById, questionText, toQuery, type Assignment } from './assignLink';
import { assignmentCartridge, downloadCartridge } from './cartridge';
import { downloadCitations, fileStem } from './download';
import { CitationDownloads, ReadingEntry } from './Reading';
import { warningsInWords } from '../kz/data';
import { useAbsoluteUrl } from './useAbsoluteUrl';
import useBaseUrl from '@docusaurus/useBaseUrl';
import { ActivityChoices, HandoutActivities } from './AssignActivities';
import styles from './styles.module.css';

const toggle = (list: string[], id: string, on: boolean) => (on ? (list.includes(id) ? list : [...list, id]) : list.filter((x) => x !== id));

function Problems({ problems }: { problems: string[] }): ReactNode {
  if (problems.length === 0) return null;
  return (
    <div className={`${styles.problems} no-print`} role="alert" data-testid="link-problems">
      <p className={styles.problemsTitle}>This assignment link has problems</p>
      <p>It may have been changed or cut short. What could be read is shown below; the rest was left out:</p>
      <ul>
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}

function LessonChoice({
  lesson,
  a,
  set,
}: {
  lesson: LessonSummary;
  a: Assignment;
  set: (a: Assignment) => void;
}): ReactNode {
  const chosen = a.lessons.includes(lesson.id);
  const refs = lesson.questions.map((_, i) => `${lesson.id}#${i + 1}`);
  return (
    <li className={styles.choice}>
      <label>
        <input
          type="checkbox"
          checked={chosen}
          data-lesson={lesson.id}
          onChange={(e) => {
            const on = e.target.checked;
            set({
              ...a,
              lessons: toggle(a.lessons, lesson.id, on),
              // a lesson comes with its questions; untick the ones you do not want
              questions: on ? [...a.questions, ...refs.filter((r) => !a.questions.includes(r))] : a.questions.filter((q) => !refs.includes(q)),
            });
          }}
        />{' '}
        {lesson.title} <span className={styles.muted}>({lesson.time} min)</span>
      </label>
      {chosen ? (
        <div className={styles.subChoices}>
          <fieldset>
            <legend className={styles.smallLegend}>Questions to set</legend>
            <ul>
              {lesson.questions.map((q, i) => (
                <li key={q}>
                  <label>
                    <input
                      type="checkbox"
                      checked={a.questions.includes(refs[i]!)}
                      data-question={refs[i]}
                      onChange={(e) => set({ ...a, questions: toggle(a.questions, refs[i]!, e.target.checked) })}
                    />{' '}
                    {q}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {lesson.readings.some((r) => !a.readings.includes(r)) ? (
            <button type="button" className="button button--sm button--link" onClick={() => set({ ...a, readings: [...a.readings, ...lesson.readings.filter((r) => !a.readings.includes(r))] })}>
              Add this lesson’s readings ({lesson.readings.length})
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

export default function AssignPage({ data: catalogue }: { data: Catalogue }): ReactNode {
  const abs = useAbsoluteUrl();
  const assignPath = useBaseUrl('/assign');
  const [a, setA] = useState<Assignment>(emptyAssignment);
  const [problems, setProblems] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  const [copied, setCopied] = useState(false);

  // open the assignment the address describes (a share link), once, in the browser
  useEffect(() => {
    try {
      const parsed = fromQuery(window.location.search, catalogue);
      setA(parsed.assignment);
      setProblems(parsed.problems);
    } catch (error) {
      setProblems([`The link could not be read: ${(error as Error).message}`]);
    }
    setReady(true);
  }, [catalogue]);

  const query = toQuery(a);
  const shareUrl = abs(`/assign${query}`);
  // keep the address equal to the share link, so reloading or bookmarking keeps the assignment
  useEffect(() => {
    if (ready) window.history.replaceState(null, '', `${assignPath}${query}`);
  }, [ready, query, assignPath]);

  const lessons = useMemo(() => a.lessons.map((id) => lessonById(catalogue, id)).filter((l): l is LessonSummary => Boolean(l)), [a.lessons, catalogue]);
  const readings = chosenReadings(catalogue, a);
  const activities = chosenActivities(catalogue, a);
  const stem = fileStem(a.title);
  const warnings = [...new Set([...readings.flatMap((r) => r.contentWarnings), ...lessons.flatMap((l) => l.contentWarning)])];
  const minutes = lessons.reduce((s, l) => s + l.time, 0);
  const empty = lessons.length === 0 && readings.length === 0 && activities.length === 0;

  return (
    <Layout title="Build an assignment" description="Pick lessons, readings and questions; share a link, print a handout, export citations and a Common Cartridge.">
      <main className={`container margin-vert--lg ${styles.page}`} data-ready={ready ? 'true' : 'false'}>
        <div className="no-print">
          <p className={styles.crumbs}>
            <Link to="/teach">For teachers</Link> › Build an assignment
          </p>
          <Heading as="h1">Build an assignment</Heading>
          <p>
            Choose lessons, the questions to set, the readings and activities; give the assignment a title, a due date and instructions.
            The address of this page is the assignment: share it, and it opens exactly as you left it. Nothing is stored
            on a server.
          </p>
        </div>
        <Problems problems={problems} />

        <form className={`${styles.builder} no-print`} onSubmit={(e) => e.preventDefault()} aria-label="The assignment">
          <fieldset className={styles.fieldset}>
            <legend>Details</legend>
            <label className={styles.field}>
              Title
              <input type="text" name="title" value={a.title} maxLength={4000} onChange={(e) => setA({ ...a, title: e.target.value })} />
            </label>
            <label className={styles.field}>
              Due date
              <input type="date" name="due" value={a.due} onChange={(e) => setA({ ...a, due: e.target.value })} />
            </label>
            <label className={styles.field}>
              Instructions
              <textarea name="instructions" rows={4} value={a.instructions} maxLength={4000} onChange={(e) => setA({ ...a, instructions: e.target.value })} />
            </label>
          </fieldset>

          <fieldset className={styles.fieldset}>
            <legend>Lessons and questions</legend>
            {catalogue.modules.filter((m) => m.lessons.length > 0).length === 0 ? <p>The course has no lessons yet.</p> : null}
            {catalogue.modules
              .filter((m) => m.lessons.length > 0)
              .map((m) => (
                <div key={m.id}>
                  <p className={styles.moduleName}>{m.title}</p>
                  <ul className={styles.choices}>
                    {m.lessons.map((l) => (
                      <LessonChoice key={l.id} lesson={l} a={a} set={setA} />
                    ))}
                  </ul>
                </div>
              ))}
          </fieldset>

          <fieldset className={styles.fieldset}>
            <legend>Readings</legend>
            <ul className={styles.choices}>
              {Object.values(catalogue.readings).map((r) => (
                <li key={r.id} className={styles.choice}>
                  <label>
                    <input type="checkbox" checked={a.readings.includes(r.id)} data-reading={r.id} onChange={(e) => setA({ ...a, readings: toggle(a.readings, r.id, e.target.checked) })} />{' '}
                    {r.title} <span className={styles.muted}>({r.containerTitle ?? r.publisher}; about {r.readingMinutes} min{r.contentWarnings.length ? `; warning: ${warningsInWords(r.contentWarnings)}` : ''})</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <ActivityChoices catalogue={catalogue} a={a} set={setA} />
        </form>

        <section className={`${styles.share} no-print`} aria-labelledby="share-heading">
          <Heading as="h2" id="share-heading">
            Share and export
          </Heading>
          <label className={styles.field}>
            Share link
            <input type="text" readOnly value={shareUrl} data-testid="share-link" onFocus={(e) => e.target.select()} />
          </label>
          <p>
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() => {
                void navigator.clipboard?.writeText(shareUrl).then(() => setCopied(true), () => setCopied(false));
              }}>
              Copy link
            </button>{' '}
            {copied ? <span role="status">Copied.</span> : null}{' '}
            <a className="button button--sm button--secondary" href={`https://classroom.google.com/share?url=${encodeURIComponent(shareUrl)}`} target="_blank" rel="noopener noreferrer">
              Share to Google Classroom
            </a>{' '}
            <button type="button" className="button button--sm button--primary" disabled={empty} onClick={() => window.print()}>
              Print the handout
            </button>
          </p>
          <CitationDownloads
            label="Citations of the readings"
            disabled={readings.length === 0}
            onDownload={(f) => downloadCitations(readings, stem, f)}
          />
          <p>
            <button
              type="button"
              className="button button--sm button--secondary"
              disabled={empty}
              onClick={() => void downloadCartridge(stem, assignmentCartridge(catalogue, a, abs, shareUrl))}>
              Common Cartridge (.imscc) for Canvas or Moodle
            </button>
          </p>
        </section>

        <article className={styles.handoutSheet} aria-labelledby="handout-title" data-testid="handout">
          <p className={`${styles.muted} no-print`}>The handout (this part is what prints):</p>
          <Heading as="h2" id="handout-title" className={styles.handoutTitle}>
            {a.title || 'Untitled assignment'}
          </Heading>
          <p>
            {a.due ? (
              <>
                <strong>Due:</strong> <time dateTime={a.due}>{new Date(`${a.due}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}</time>.{' '}
              </>
            ) : null}
            {minutes ? `Lessons: about ${minutes} minutes. ` : null}
            {readings.length ? `Reading: about ${readings.reduce((s, r) => s + r.readingMinutes, 0)} minutes.` : null}
          </p>
          {a.instructions ? <p className={styles.instructions}>{a.instructions}</p> : null}
          {warnings.length ? (
            <p className={styles.warningLine}>
              <strong>Content warning:</strong> this assignment discusses {warningsInWords(warnings)}. See the{' '}
              <Link to="/course/orientation/class-agreements">class agreements</Link>.
            </p>
          ) : null}
          {lessons.length ? (
            <>
              <Heading as="h3">Lessons</Heading>
              <ol>
                {lessons.map((l) => {
                  const qs = a.questions.filter((q) => q.startsWith(`${l.id}#`)).map((q) => questionText(catalogue, q)).filter(Boolean);
                  return (
                    <li key={l.id}>
                      <Link to={l.permalink}>{l.title}</Link> <span className={styles.printUrl}>{abs(l.permalink)}</span>
                      {qs.length ? (
                        <ul>
                          {qs.map((q) => (
                            <li key={q}>{q}</li>
                          ))}
                        </ul>
                      ) : null}
                    </li>
                  );
                })}
              </ol>
            </>
          ) : null}
          {readings.length ? (
            <>
              <Heading as="h3">Readings</Heading>
              {readings.map((r) => (
                <ReadingEntry
                  key={r.id}
                  reading={r}
                  headingLevel="h4"
                  readFor={lessons.filter((l) => l.readings.includes(r.id)).map((l) => ({ lesson: l.title, questions: a.questions.filter((q) => q.startsWith(`${l.id}#`)).map((q) => questionText(catalogue, q)!).filter(Boolean) })).filter((x) => x.questions.length)}
                />
              ))}
            </>
          ) : null}
          <HandoutActivities activities={activities} abs={abs} />
          {empty ? <p className="no-print">Choose at least one lesson, reading or activity.</p> : null}
          <p className={styles.printOnly}>This assignment online: {shareUrl}</p>
        </article>
      </main>
    </Layout>
  );
}
