/** The mark on every page written for teachers, so it is never mistaken for a lesson. */
import React, { type ReactNode } from 'react';
import styles from './styles.module.css';

export default function TeacherBanner(): ReactNode {
  return (
    <aside className={styles.teacherBanner} role="note" aria-label="Teacher material">
      <p className={styles.teacherBannerTitle}>Teacher material</p>
      <p>
        Notes for the teacher, not a lesson for students. Facts, figures and quotations on this page come from the sources
        through the course’s data; the aims, timings and suggestions are the course’s own.
      </p>
    </aside>
  );
}
