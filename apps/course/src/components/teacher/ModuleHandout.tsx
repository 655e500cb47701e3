/**
 * /teach/<module>/handout: the whole module on one page, to print as one handout. The lessons'
 * MDX is the same compiled content the lesson pages show.
 */
import React, { type ComponentType, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import MDXContent from '@theme/MDXContent';
import { LessonFooter, LessonHeader } from '@site/src/components/kz/Lesson';
import type { ModuleData } from './ReadingListPage';
import { readForOf } from './ReadingListPage';
import { ReadingEntry } from './Reading';
import styles from './styles.module.css';

export default function ModuleHandout({
  data,
  lessons,
}: {
  data: ModuleData;
  /** Docusaurus hands route modules over as their default export: here, each lesson's MDX component. */
  lessons: { content: ComponentType | { default: ComponentType } }[];
}): ReactNode {
  const { module, readings } = data;
  const time = module.lessons.reduce((s, l) => s + l.time, 0);
  return (
    <Layout title={`Handout: ${module.title}`} description={`The module “${module.title}” on one page, for printing.`}>
      <main className={`container margin-vert--lg ${styles.page} ${styles.handout}`}>
        <p className={`${styles.crumbs} no-print`}>
          <Link to="/teach">For teachers</Link> › {module.title} ·{' '}
          <button type="button" className="button button--sm button--primary" onClick={() => window.print()}>
            Print this handout
          </button>
        </p>
        <Heading as="h1">{module.title}</Heading>
        <p>
          {module.lessons.length} lesson{module.lessons.length === 1 ? '' : 's'}, about {time} minutes.
        </p>
        {module.lessons.length === 0 ? <p className={styles.notice}>This module has no lessons yet.</p> : null}
        {module.lessons.map((lesson, i) => {
          const loaded = lessons[i]?.content;
          const Content = loaded && 'default' in loaded ? loaded.default : loaded;
          return (
            <section key={lesson.id} className={`${styles.handoutLesson} markdown`} aria-labelledby={`lesson-${i}`}>
              <Heading as="h2" id={`lesson-${i}`} className={styles.handoutLessonTitle}>
                Lesson {i + 1}: {lesson.title}
              </Heading>
              <LessonHeader
                questions={lesson.questions}
                objectives={lesson.objectives}
                time={lesson.time}
                // the lesson's text points to "the reading cards above": they print with it
                readings={lesson.readings.flatMap((id) => readings.filter((r) => r.id === id))}
                contentWarning={lesson.contentWarning.length ? lesson.contentWarning : undefined}
                contentNote={lesson.contentNote}
              />
              {Content ? (
                <MDXContent>
                  <Content />
                </MDXContent>
              ) : null}
              <LessonFooter keypoints={lesson.keypoints} />
            </section>
          );
        })}
        {readings.length > 0 ? (
          <section className={styles.handoutReadings} aria-labelledby="module-readings">
            <Heading as="h2" id="module-readings">
              Readings
            </Heading>
            {readings.map((r) => (
              <ReadingEntry key={r.id} reading={r} readFor={readForOf(module, r.id)} />
            ))}
          </section>
        ) : null}
      </main>
    </Layout>
  );
}
