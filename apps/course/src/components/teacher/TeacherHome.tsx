/** /teach: what the course offers teachers, module by module. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { activityPaths } from '../activities/types';
import type { ModuleSummary } from './types';
import { teachPaths } from './types';
import styles from './styles.module.css';

export default function TeacherHome({ data }: { data: { modules: ModuleSummary[] } }): ReactNode {
  return (
    <Layout title="For teachers" description="Reading lists, teacher guides, handouts and an assignment builder for the kzprotest course.">
      <main className={`container margin-vert--lg ${styles.page}`}>
        <Heading as="h1">For teachers</Heading>
        <p>
          Pick lessons and readings and hand them to your class: <Link to="/assign">build an assignment</Link> (a link, a
          printable handout, citations for your reference manager, and a Common Cartridge file for Canvas or Moodle). Every
          lesson also has an “Assign this” box at its end.
        </p>
        <table className={`${styles.table} table-cards`}>
          <thead>
            <tr>
              <th scope="col">Module</th>
              <th scope="col">Lessons</th>
              <th scope="col">Time</th>
              <th scope="col">For teachers</th>
            </tr>
          </thead>
          <tbody>
            {data.modules.map((m) => {
              const paths = teachPaths(m.slug);
              return (
                <tr key={m.id}>
                  <td data-label="Module">{m.permalink ? <Link to={m.permalink}>{m.title}</Link> : m.title}</td>
                  <td data-label="Lessons">{m.lessons.length}</td>
                  <td data-label="Time">{m.lessons.reduce((s, l) => s + l.time, 0)} min</td>
                  <td data-label="For teachers">
                    <Link to={paths.readings}>Reading list</Link> · <Link to={paths.handout}>Module handout</Link> · <Link to={activityPaths.keys(m.slug)}>Activities and answer keys</Link>
                    {m.guide ? (
                      <>
                        {' '}· <Link to={m.guide}>Teacher guide and lesson plans</Link>
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </main>
    </Layout>
  );
}
