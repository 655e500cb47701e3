import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import { usePluginData } from '@docusaurus/useGlobalData';
import type { HomeModule } from '@site/src/components/teacher/types';
import styles from './index.module.css';

/** The home page: what the course is, for whom, and the way into the modules. */
export default function Home(): ReactNode {
  // the modules in course order, from the catalogue the teacher plugin makes of docs/
  const { modules } = usePluginData('teacher') as { modules: HomeModule[] };
  return (
    <Layout
      title="Protest, labour and the state in Kazakhstan"
      description="A course for upper-secondary and undergraduate students and their teachers on protest, labour rights and state response in Kazakhstan, built on quoted sources."
    >
      <main className="container margin-vert--xl">
        <Heading as="h1">Protest, labour and the state in Kazakhstan</Heading>
        <p className={styles.lead}>
          This course follows protest, labour rights and the state’s response in Kazakhstan from the 2011 oil strike in
          Zhanaozen to the protests of January 2022, using published sources whose exact words are quoted on every page.
          It is written for upper-secondary and undergraduate students and their teachers, and starts with how to read a
          source.
        </p>
        <p>
          <Link className="button button--primary button--lg" to={modules[0]!.path}>
            Start with the orientation
          </Link>
        </p>
        <Heading as="h2">Modules</Heading>
        <ol className={styles.modules}>
          {modules.map((m) => (
            <li key={m.path}>
              <Link to={m.path}>{m.title}</Link>: {m.about}
            </li>
          ))}
        </ol>
        <Heading as="h2">Explore the data</Heading>
        <ul>
          <li>
            <Link to="/events">Timeline</Link> of every event, with filters
          </li>
          <li>
            <Link to="/sources">Sources</Link>: the texts the course quotes
          </li>
          <li>
            <Link to="/actors">People and organisations</Link>, <Link to="/places">places</Link> (with every spelling) and{' '}
            <Link to="/themes">themes</Link>
          </li>
        </ul>
      </main>
    </Layout>
  );
}
