/**
 * The computed part of a module's teacher guide: aims, time, readings with their warnings,
 * prompts, and the self-checks' answers as the sources word them. Its data is made from the
 * module's loaded lessons at build time (plugins/teacher/guides.ts); nothing here is typed by hand.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { readData, warningsInWords, type DataProp } from '../kz/data';
import type { GuideData } from './types';
import { teachPaths } from './types';
import { AnswerList } from './AnswerList';
import styles from './styles.module.css';

/** A lesson's title, linked, over a list of its items (objectives, questions). */
function LessonItems({ lesson, items }: { lesson: { href: string; title: string }; items: string[] }): ReactNode {
  return (
    <div>
      <p className={styles.readForLesson}>
        <Link to={lesson.href}>{lesson.title}</Link>
      </p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

export default function ModuleGuide(props: DataProp<GuideData>): ReactNode {
  const d = readData('ModuleGuide', props);
  const total = d.lessons.reduce((s, l) => s + l.time, 0);
  const warnings = [...new Set(d.lessons.flatMap((l) => l.contentWarning))];
  const paths = teachPaths(d.slug);
  if (d.lessons.length === 0) return <p className={styles.notice}>This module has no lessons yet.</p>;
  return (
    <div className={styles.guide}>
      <p>
        <Link to={paths.readings}>Reading list with citations</Link> · <Link to={paths.handout}>The whole module as one handout</Link> ·{' '}
        <Link to="/assign">Build an assignment</Link>
      </p>

      <Heading as="h2" id="aims">
        Aims
      </Heading>
      <p className={styles.muted}>The lessons’ objectives: after the module, students can</p>
      {d.lessons.map((l) => (
        <LessonItems key={l.href} lesson={l} items={l.objectives} />
      ))}

      <Heading as="h2" id="time">
        How long
      </Heading>
      <table className={`${styles.table} table-cards`}>
        <thead>
          <tr>
            <th scope="col">Lesson</th>
            <th scope="col">Time</th>
            <th scope="col">Readings (reading time)</th>
            <th scope="col">Content warning</th>
          </tr>
        </thead>
        <tbody>
          {d.lessons.map((l) => (
            <tr key={l.href}>
              <td data-label="Lesson">
                <Link to={l.href}>{l.title}</Link>
              </td>
              <td data-label="Time">{l.time} min</td>
              <td data-label="Readings">
                {l.readings.length
                  ? l.readings.map((r, i) => (
                      <span key={r.id}>
                        {i > 0 ? '; ' : ''}
                        <Link to={r.href}>{r.title}</Link> ({r.minutes} min)
                      </span>
                    ))
                  : 'none'}
              </td>
              <td data-label="Content warning">{l.contentWarning.length ? warningsInWords(l.contentWarning) : 'none'}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Whole module</th>
            <td data-label="Time">{total} min</td>
            <td colSpan={2}>{warnings.length ? `Warnings in the module: ${warningsInWords(warnings)}` : ''}</td>
          </tr>
        </tfoot>
      </table>

      <Heading as="h2" id="prompts">
        Discussion prompts
      </Heading>
      <p className={styles.muted}>The lessons’ questions and discussion prompts: questions from the course, not from the sources.</p>
      {d.lessons.map((l) => (
        <LessonItems key={l.href} lesson={l} items={[...l.questions, ...l.discussion]} />
      ))}

      <Heading as="h2" id="answers">
        Possible answers, from the data
      </Heading>
      <p className={styles.muted}>
        The lessons’ self-check questions with the answer the data gives: the source’s words, whose words they are, and
        where to read them. Open questions (the discussion prompts) have no answer key: judge answers by whether they cite
        the sources.
      </p>
      {d.lessons
        .filter((l) => l.answers.length)
        .map((l) => (
          <div key={l.href}>
            <p className={styles.readForLesson}>
              <Link to={l.href}>{l.title}</Link>
            </p>
            <AnswerList answers={l.answers} />
          </div>
        ))}
    </div>
  );
}
