/**
 * Lesson blocks. Whatever the course itself asks or concludes is labelled as the course's,
 * so students can tell it from what the sources say.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { ClaimView, EventSummaryView, SourceView } from '@site/plugins/kzdata/views/index';
import { SourceCard } from './Cards';
import { flowText, readData, voiceOf, type DataProp } from './data';
import { ContentWarning } from './ContentWarning';
import styles from './styles.module.css';

function CourseLabel({ children }: { children: ReactNode }): ReactNode {
  return <p className={styles.courseLabel}>{children}</p>;
}

/** Questions for discussion in class: `<Discussion>` with a list inside. */
export function Discussion({ children, title = 'Discussion' }: { children: ReactNode; title?: string }): ReactNode {
  return (
    <section className={`${styles.box} ${styles.discussion}`} aria-label={title}>
      <Heading as="h2" className={styles.boxTitle}>{title}</Heading>
      <CourseLabel>Questions from the course, not from the sources</CourseLabel>
      {children}
    </section>
  );
}

/** An exercise; put its answer in a `<Solution>` inside, which stays folded until opened. */
export function Challenge({ children, title = 'Challenge' }: { children: ReactNode; title?: string }): ReactNode {
  return (
    <section className={`${styles.box} ${styles.challenge}`} aria-label={title}>
      <Heading as="h2" className={styles.boxTitle}>{title}</Heading>
      <CourseLabel>An exercise set by the course</CourseLabel>
      {children}
    </section>
  );
}

/** The hidden answer of a challenge (a native `<details>`: keyboard and print friendly). */
export function Solution({ children, summary = 'Show a possible solution' }: { children: ReactNode; summary?: string }): ReactNode {
  return (
    <details className={styles.solution}>
      <summary>{summary}</summary>
      <div className={styles.solutionBody}>{children}</div>
    </details>
  );
}

/** The course's own interpretation or framing, marked as such. */
export function CourseNote({ children, title = 'The course’s view' }: { children: ReactNode; title?: string }): ReactNode {
  return (
    <aside className={`${styles.box} ${styles.courseNote}`} aria-label={title}>
      <p className={styles.boxTitle}>{title}</p>
      <CourseLabel>Interpretation by the course, not a claim of any source</CourseLabel>
      {children}
    </aside>
  );
}

/** A self-check: a list of `<Check>` questions whose answers come from the data. */
export function SelfCheck({ children, title = 'Check your reading' }: { children: ReactNode; title?: string }): ReactNode {
  return (
    // search indexes a lesson by its own text and questions; the practice items and their answers are left out
    <section className={`${styles.box} ${styles.selfCheck}`} aria-label={title} data-search="skip">
      <Heading as="h2" className={styles.boxTitle}>{title}</Heading>
      <CourseLabel>Questions from the course; the answers are the sources’ words</CourseLabel>
      <ol className={styles.checks}>{children}</ol>
    </section>
  );
}

/**
 * One self-check question (the children); the answer is read from `claim` (its figure, or
 * else its quote) or `event` (its date): `<Check claim="atol-police-shot-dead-16">How many …?</Check>`.
 */
export function Check(
  props: { claim?: string; event?: string; children: ReactNode } & DataProp<{ claim?: ClaimView; event?: EventSummaryView }>,
): ReactNode {
  const d = readData('Check', props);
  return (
    <li className={styles.check}>
      <div>{props.children}</div>
      <details>
        <summary>Answer</summary>
        {d.claim ? (
          <p>
            {d.claim.figure ? <strong>{d.claim.figure.raw}</strong> : null}
            {d.claim.figure ? ' — ' : null}“{flowText(d.claim.quote)}” ({voiceOf(d.claim)};{' '}
            <Link to={d.claim.href}>see it in the source</Link>)
          </p>
        ) : null}
        {d.event ? (
          <p>
            <strong>{d.event.dateLabel}</strong>: <Link to={d.event.href}>{d.event.title}</Link>
          </p>
        ) : null}
      </details>
    </li>
  );
}

/** The boxes at the top of a lesson: content warning, questions, objectives, readings, time. */
export function LessonHeader({
  questions,
  objectives,
  time,
  readings,
  contentWarning,
  contentNote,
}: {
  questions: string[];
  objectives: string[];
  time: number;
  readings: SourceView[];
  contentWarning?: string[];
  contentNote?: string;
}): ReactNode {
  return (
    <div className={styles.lessonHeader}>
      <ContentWarning warnings={contentWarning ?? []} note={contentNote} />
      <div className={styles.overview}>
        <section className={`${styles.box} ${styles.questions}`} aria-labelledby="lesson-questions">
          <Heading as="h2" id="lesson-questions" className={styles.boxTitle}>Questions</Heading>
          <ul>
            {questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ul>
        </section>
        <section className={`${styles.box} ${styles.objectives}`} aria-labelledby="lesson-objectives" data-search="skip">
          <Heading as="h2" id="lesson-objectives" className={styles.boxTitle}>Objectives</Heading>
          <ul>
            {objectives.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
          <p className={styles.meta}>Estimated time: {time} minutes</p>
        </section>
      </div>
      {readings.length > 0 ? (
        <section className={styles.readings} aria-labelledby="lesson-readings">
          <Heading as="h2" id="lesson-readings" className={styles.boxTitle}>Readings</Heading>
          {readings.map((r) => (
            <React.Fragment key={r.id}>
              <SourceCard data={r} headingLevel="h3" />
              {/* the organiser's questions go with every lesson that assigns the reading */}
              <p className={styles.meta} data-search="skip">
                <Link to={`/organisers/${r.id}`}>Sourcing organiser for this reading</Link>: who wrote it, when and why, with questions to answer
              </p>
            </React.Fragment>
          ))}
        </section>
      ) : null}
    </div>
  );
}

/** The key points at the end of a lesson. */
export function LessonFooter({ keypoints }: { keypoints: string[] }): ReactNode {
  return (
    // the key points restate the lesson's text, which search already indexes
    <section className={`${styles.box} ${styles.keypoints}`} aria-labelledby="lesson-keypoints" data-search="skip">
      <Heading as="h2" id="lesson-keypoints" className={styles.boxTitle}>Key points</Heading>
      <ul>
        {keypoints.map((k) => (
          <li key={k}>{k}</li>
        ))}
      </ul>
    </section>
  );
}
