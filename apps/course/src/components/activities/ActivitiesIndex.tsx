/** /activities: every module's activities, each linked to its page. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type { ActivitySummary } from './types';
import styles from './styles.module.css';

export interface ActivitiesIndexData {
  modules: { id: string; slug: string; title: string; permalink?: string; activities: ActivitySummary[] }[];
}

export default function ActivitiesIndex({ data }: { data: ActivitiesIndexData }): ReactNode {
  return (
    <Layout title="Activities" description="Activities to do with the evidence of each module: put events in order, match quotes to voices, compare counts, weigh evidence, map events.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">Activities</Heading>
        <p>
          Things to do with the evidence of each module. Every date, quotation, figure and place in them comes from the
          course’s data; you check your answers against it. Your answers stay in the page’s address, and nowhere else.
        </p>
        {data.modules.map((m) => (
          <section key={m.id} aria-labelledby={m.slug}>
            <Heading as="h2" id={m.slug}>
              {m.permalink ? <Link to={m.permalink}>{m.title}</Link> : m.title}
            </Heading>
            <ul>
              {m.activities.map((a) => (
                <li key={a.id}>
                  <Link to={a.permalink}>{a.title}</Link> <span className={styles.muted}>({a.items} items)</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </Layout>
  );
}
