import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { RecordLink } from '@site/plugins/kzdata/views/index';
import { RecordLayout } from './common';
import styles from '../kz/styles.module.css';

/** /themes: the course's own classification of events. */
export default function ThemesIndex({ data }: { data: { themes: { id: string; href: string; name: string; description: string; broader?: RecordLink; eventCount: number }[]; contentWarnings: string[] } }): ReactNode {
  const sorted = [...data.themes].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <RecordLayout contentWarnings={data.contentWarnings} title="Themes" kicker="The course's classification" description="Themes the course uses to group events: its own classification, not the sources'.">
      <p>The themes are the course's own way of grouping events, not a classification any source makes.</p>
      <ul>
        {sorted.map((t) => (
          <li key={t.id}>
            <Link to={t.href}>{t.name}</Link>: {t.description}{' '}
            <span className={styles.meta}>
              ({t.eventCount} {t.eventCount === 1 ? 'event' : 'events'}
              {t.broader ? `; part of ${t.broader.name}` : ''})
            </span>
          </li>
        ))}
      </ul>
    </RecordLayout>
  );
}
