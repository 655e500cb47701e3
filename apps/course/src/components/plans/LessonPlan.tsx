/**
 * The generated parts of a lesson plan (teach/<module>/<lesson>.mdx): `<LessonPlan />` opens the
 * page (central question, lesson, readings with their organisers, procedure minute by minute),
 * the teacher's prose follows in MDX, and `<PlanDetails />` closes it (misconceptions, care,
 * differentiation, assessment with its rubric, answer key, background from the data). Their data
 * is the lesson's front matter and records, filled in by plugins/teacher/remarkPlan.ts.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import { flowText, readData, voiceOf, warningsInWords, type DataProp } from '../kz/data';
import type { PlanData } from './types';
import { AnswerList } from '../teacher/AnswerList';
import styles from './styles.module.css';

const partLabel: Record<PlanData['plan']['procedure'][number]['part'], string> = {
  'warm-up': 'Warm-up',
  'document-work': 'Document work',
  discussion: 'Discussion',
  closing: 'Closing',
};

const levelLabel = { beginning: 'Beginning', developing: 'Developing', secure: 'Secure' } as const;

/** Each step with the minute it starts and ends at, counted from the start of the class. */
export function timedSteps(procedure: PlanData['plan']['procedure']) {
  let at = 0;
  return procedure.map((step) => {
    const from = at;
    at += step.minutes;
    return { ...step, from, to: at };
  });
}

export function LessonPlan(props: DataProp<PlanData>): ReactNode {
  const d = readData('LessonPlan', props);
  const { lesson, plan } = d;
  return (
    <div className={styles.plan}>
      <section className={styles.centralQuestion} aria-labelledby="central-question">
        <Heading as="h2" id="central-question">
          Central question
        </Heading>
        <p className={styles.question}>{plan.centralQuestion}</p>
        <p className={styles.muted}>A question from the course, not from the sources: the class returns to it at the end.</p>
      </section>

      <Heading as="h2" id="at-a-glance">
        At a glance
      </Heading>
      <dl className={styles.facts}>
        <dt>Lesson</dt>
        <dd>
          <Link to={lesson.href}>{lesson.title}</Link> (students open this page; it prints as their worksheet)
        </dd>
        <dt>Time</dt>
        <dd>{lesson.time} minutes</dd>
        <dt>Content warning</dt>
        <dd>
          {lesson.contentWarning.length ? warningsInWords(lesson.contentWarning) : 'none'}
          {lesson.contentNote ? `. ${lesson.contentNote}` : ''}
        </dd>
        <dt>Readings</dt>
        <dd>
          {lesson.readings.length ? (
            <ul>
              {lesson.readings.map((r) => (
                <li key={r.id}>
                  <Link to={r.href}>{r.title}</Link> ({r.minutes} min) · <Link to={r.organiser}>sourcing organiser</Link>
                </li>
              ))}
            </ul>
          ) : (
            'none'
          )}
        </dd>
      </dl>
      <p className={styles.muted}>The lesson’s objectives: after it, students can</p>
      <ul>
        {lesson.objectives.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>

      <Heading as="h2" id="procedure">
        Procedure, minute by minute
      </Heading>
      <table className={`${styles.table} table-cards`}>
        <thead>
          <tr>
            <th scope="col">Minutes</th>
            <th scope="col">Part</th>
            <th scope="col">What to do</th>
          </tr>
        </thead>
        <tbody>
          {timedSteps(plan.procedure).map((s) => (
            <tr key={`${s.from}-${s.part}`}>
              <td data-label="Minutes">
                {s.from}–{s.to} ({s.minutes} min)
              </td>
              <th scope="row" data-label="Part">
                {partLabel[s.part]}
              </th>
              <td data-label="What to do">{s.do}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              Whole lesson
            </th>
            <td data-label="Time">{lesson.time} minutes</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function PlanDetails(props: DataProp<PlanData>): ReactNode {
  const d = readData('PlanDetails', props);
  const { plan } = d;
  return (
    <div className={styles.plan}>
      <Heading as="h2" id="misconceptions">
        Common misconceptions
      </Heading>
      <table className={`${styles.table} table-cards`}>
        <thead>
          <tr>
            <th scope="col">Students may think</th>
            <th scope="col">How to meet it</th>
          </tr>
        </thead>
        <tbody>
          {plan.misconceptions.map((m) => (
            <tr key={m.misconception}>
              <td data-label="Students may think">{m.misconception}</td>
              <td data-label="How to meet it">{m.response}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Heading as="h2" id="care">
        Care notes
      </Heading>
      <ul>
        {plan.care.map((c) => (
          <li key={c.where}>
            <strong>{c.where}</strong>: {c.note}
          </li>
        ))}
      </ul>

      <Heading as="h2" id="differentiation">
        Differentiation
      </Heading>
      <p>
        <strong>Reading support</strong>: {plan.differentiation.support}
      </p>
      {d.excerpts.length > 0 ? (
        <>
          <p className={styles.muted}>The lesson’s key passages, each with its plain-words summary for weaker readers:</p>
          <ul>
            {d.excerpts.map((e) => (
              <li key={e.claim.id}>
                “{flowText(e.claim.quote).slice(0, 90)}
                {e.claim.quote.length > 90 ? '…' : ''}” ({voiceOf(e.claim)}; <Link to={e.claim.href}>in the source</Link>)
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <strong>Extension</strong>: {plan.differentiation.extension}
      </p>

      <Heading as="h2" id="assessment">
        Assessment
      </Heading>
      <p>{plan.assessment.task}</p>
      <table className={`${styles.table} ${styles.rubric} table-cards`}>
        <caption>Rubric: criteria by level</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {(Object.keys(levelLabel) as (keyof typeof levelLabel)[]).map((l) => (
              <th scope="col" key={l}>
                {levelLabel[l]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {plan.assessment.rubric.map((r) => (
            <tr key={r.criterion}>
              <th scope="row" data-label="Criterion">
                {r.criterion}
              </th>
              <td data-label={levelLabel.beginning}>{r.beginning}</td>
              <td data-label={levelLabel.developing}>{r.developing}</td>
              <td data-label={levelLabel.secure}>{r.secure}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Heading as="h2" id="answer-key">
        Answer key, from the data
      </Heading>
      <p className={styles.muted}>
        The self-check questions with the answer the data gives. The discussion prompts have no key: judge answers by whether they
        say whose words they use.
      </p>
      <AnswerList answers={d.answers} />
      {d.discussion.length > 0 ? (
        <>
          <p className={styles.muted}>The lesson’s discussion prompts (questions from the course):</p>
          <ul>
            {d.discussion.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </>
      ) : null}

      <Heading as="h2" id="background-records">
        Background from the data
      </Heading>
      <p className={styles.muted}>The events the lesson shows and the figures it quotes, as the records give them.</p>
      {d.background.events.length > 0 ? (
        <ul>
          {d.background.events.map((e) => (
            <li key={e.id}>
              <strong>{e.dateLabel}</strong>: <Link to={e.href}>{e.title}</Link>. {e.summary}
            </li>
          ))}
        </ul>
      ) : null}
      {d.background.figures.length > 0 ? (
        <table className={`${styles.table} table-cards`}>
          <thead>
            <tr>
              <th scope="col">Figure as printed</th>
              <th scope="col">Whose figure</th>
            </tr>
          </thead>
          <tbody>
            {d.background.figures.map((c) => (
              <tr key={c.id}>
                <td data-label="Figure as printed">
                  <Link to={c.href}>{c.figure!.raw}</Link>
                </td>
                <td data-label="Whose figure">{voiceOf(c)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
