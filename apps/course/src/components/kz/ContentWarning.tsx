/** The content warning at the top of a lesson or a record page, before any of its text. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { warningsInWords } from './data';
import styles from './styles.module.css';

export function ContentWarning({ warnings, what = 'lesson', note }: { warnings: readonly string[]; what?: 'lesson' | 'page'; note?: string }): ReactNode {
  if (warnings.length === 0) return null;
  return (
    // the same words on every page: nothing for search to tell pages apart by
    <aside className={`${styles.box} ${styles.warning}`} aria-label="Content warning" role="note" data-search="skip">
      <p className={styles.boxTitle}>Content warning</p>
      <p>
        This {what} discusses {warningsInWords(warnings)}. {note ?? ''} See the{' '}
        <Link to="/course/orientation/class-agreements">class agreements</Link> for how we handle distressing material.
      </p>
    </aside>
  );
}
