/** /teach/<module>/readings: a module's reading list, with what to read each text for. */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type { ModuleSummary, ReadingView } from './types';
import { teachPaths } from './types';
import { CitationDownloads, ReadingEntry } from './Reading';
import { assignLink } from './shareLink';
import { downloadCitations } from './download';
import styles from './styles.module.css';

export interface ModuleData {
  module: ModuleSummary;
  readings: ReadingView[];
}

/** The questions of each lesson that assigns a reading. */
export function readForOf(module: ModuleSummary, id: string) {
  return module.lessons.filter((l) => l.readings.includes(id)).map((l) => ({ lesson: l.title, questions: l.questions }));
}

/** Downloads a list of readings' citations in one format. */
export default function ReadingListPage({ data }: { data: ModuleData }): ReactNode {
  const { module, readings } = data;
  const minutes = readings.reduce((sum, r) => sum + r.readingMinutes, 0);
  return (
    <Layout title={`Readings: ${module.title}`} description={`The reading list of the module “${module.title}”, with citations in APA and Chicago.`}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <p className={styles.crumbs}>
          <Link to="/teach">For teachers</Link> › {module.title}
        </p>
        <Heading as="h1">Reading list: {module.title}</Heading>
        {readings.length === 0 ? (
          <p className={styles.notice} role="status">
            This module has no lessons with readings yet.
          </p>
        ) : (
          <>
            <p>
              {readings.length} reading{readings.length === 1 ? '' : 's'}, about {minutes} minutes of reading in all. The
              citations are made by citation-js from each source’s CSL-JSON record; what could not be verified (a date, an
              address, an author) is left out of them and named on the source’s page.
            </p>
            <div className="no-print">
              <CitationDownloads onDownload={(f) => downloadCitations(readings, `${module.slug}-readings`, f)} />
              <p>
                {module.permalink ? (
                  <>
                    <Link to={module.permalink}>The module</Link> ·{' '}
                  </>
                ) : null}
                <Link to={teachPaths(module.slug).handout}>The whole module as one handout</Link>
                {module.guide ? (
                  <>
                    {' '}· <Link to={module.guide}>Teacher guide</Link>
                  </>
                ) : null}{' '}
                · <Link to={assignLink(module.lessons)}>Assign this module</Link>
              </p>
            </div>
            {readings.map((r) => (
              <ReadingEntry key={r.id} reading={r} readFor={readForOf(module, r.id)} headingLevel="h2" />
            ))}
          </>
        )}
      </main>
    </Layout>
  );
}
