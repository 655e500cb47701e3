import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import type { ThemeView } from '@site/plugins/kzdata/views/index';
import Timeline from '../kz/Timeline';
import { LinkedFact, RecordLayout } from './common';
import styles from '../kz/styles.module.css';

/** /themes/<id>: a theme and its events. */
export default function ThemePage({ data }: { data: { theme: ThemeView } }): ReactNode {
  const t = data.theme;
  return (
    <RecordLayout contentWarnings={t.contentWarnings} title={t.name} kicker="Theme (the course's classification)" description={t.description} summary={<p>{t.description}</p>}>
      {t.broader || t.narrower.length > 0 ? (
        <dl className={styles.facts}>
          <LinkedFact label="Part of" links={t.broader ? [t.broader] : []} />
          <LinkedFact label="Narrower" links={t.narrower} />
        </dl>
      ) : null}
      <Heading as="h2" id="events">
        Events
      </Heading>
      {t.events.length > 0 ? (
        <Timeline data={{ events: t.events, filters: { themes: [], places: [], actors: [], types: [] } }} filters={false} />
      ) : (
        <p>No event carries this theme yet.</p>
      )}
    </RecordLayout>
  );
}
