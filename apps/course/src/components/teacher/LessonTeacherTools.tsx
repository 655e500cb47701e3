/**
 * The end of every lesson: "Assign this" (permalink, Google Classroom, the reading list as
 * citation files, a Common Cartridge) and "Cite this lesson", with the citation_* meta tags
 * that reference managers read. The citation names the version of the course data; no date is
 * given, because no release date is recorded for any version.
 */
import React, { type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { useBaseUrlUtils } from '@docusaurus/useBaseUrl';
import type { CitationSet, LessonTeacherExtras } from './types';
import { teachPaths } from './types';
import { assignLink } from './shareLink';
import { cartridgeFailed } from './cartridgeFailed';
import { downloadCitations, fileStem } from './download';
import { Citation, CitationDownloads } from './Reading';
import { useAbsoluteUrl } from './useAbsoluteUrl';
import { moduleSlug } from '../../course';
import styles from './styles.module.css';

const withUrl = (c: CitationSet, placeholder: string, url: string): CitationSet => ({
  apa: { html: c.apa.html.split(placeholder).join(url), text: c.apa.text.split(placeholder).join(url) },
  chicago: { html: c.chicago.html.split(placeholder).join(url), text: c.chicago.text.split(placeholder).join(url) },
});

/** The citation_* meta tags of a lesson (Highwire Press tags, read by Zotero and Google Scholar). */
export function citationMeta(title: string, url: string, readings: LessonTeacherExtras['readings']) {
  return [
    { name: 'citation_title', content: title },
    { name: 'citation_author', content: 'kzprotest' },
    { name: 'citation_publisher', content: 'kzprotest' },
    { name: 'citation_language', content: 'en' },
    { name: 'citation_public_url', content: url },
    { name: 'citation_abstract_html_url', content: url },
    ...readings.map((r) => ({ name: 'citation_reference', content: r.chicago.text })),
  ];
}

export default function LessonTeacherTools({
  title,
  permalink,
  id,
  questions,
  extras,
}: {
  title: string;
  permalink: string;
  id: string;
  /** The lesson's questions, each of which the builder link ticks. */
  questions: string[];
  extras: LessonTeacherExtras;
}): ReactNode {
  const { withBaseUrl } = useBaseUrlUtils();
  const abs = useAbsoluteUrl();
  const url = abs(permalink);
  const cite = withUrl(extras.cite, extras.cite.placeholder, url);
  const stem = fileStem(title, 'lesson');
  // a lesson's docs id starts with its module's folder ("01-oil-labour-2011-strike/…"), whose slug names the module's teacher pages
  const folder = id.includes('/') ? id.split('/')[0] : undefined;
  const slug = folder ? moduleSlug(folder) : undefined;
  // the lesson's plan is teach/<module>/<lesson>.mdx, at the lesson's own last path segment
  const lessonSlug = permalink.split('/').filter(Boolean).pop();
  const assignHref = assignLink([{ id, questions, readings: extras.readings.map((r) => r.id) }]);
  return (
    <>
      <Head>
        {citationMeta(title, withBaseUrl(permalink, { absolute: true }), extras.readings).map((m, i) => (
          <meta key={`${m.name}-${i}`} name={m.name} content={m.content} />
        ))}
      </Head>
      <div className={`${styles.lessonTools} no-print`} data-search="skip">
        <section className={styles.toolBox} aria-labelledby="assign-this">
          <Heading as="h2" id="assign-this" className={styles.toolTitle}>
            Assign this
          </Heading>
          <p className={styles.muted}>For teachers</p>
          <label className={styles.field}>
            Permalink
            <input type="text" readOnly value={url} onFocus={(e) => e.target.select()} data-testid="lesson-permalink" />
          </label>
          <p>
            <a className="button button--sm button--secondary" href={`https://classroom.google.com/share?url=${encodeURIComponent(url)}`} target="_blank" rel="noopener noreferrer" data-testid="classroom-share">
              Share to Google Classroom
            </a>{' '}
            <Link className="button button--sm button--secondary" to={assignHref}>
              Build an assignment from it
            </Link>
          </p>
          {slug ? (
            <p>
              The whole module: <Link to={teachPaths(slug).handout}>one printable handout</Link> ·{' '}
              <Link to={teachPaths(slug).readings}>reading list</Link> · the lesson’s{' '}
              {/* teach/<module>/<lesson>.mdx; a lesson without a plan is a broken link, which stops the build */}
              <Link to={`/teach/guides/${slug}/${lessonSlug}`}>lesson plan</Link>
            </p>
          ) : null}
          {extras.readings.length ? (
            <CitationDownloads label="The lesson’s readings" onDownload={(f) => downloadCitations(extras.readings, `${stem}-readings`, f)} />
          ) : null}
          <p>
            <button
              type="button"
              className="button button--sm button--secondary"
              onClick={() =>
                // the cartridge writer is fetched when a teacher asks for one: every lesson carries this button, few use it
                void import('./cartridge').then(({ discussionTopics, downloadCartridge, readingLinks }) =>
                  downloadCartridge(stem, {
                    title,
                    description: `${title} (kzprotest course lesson)`,
                    folders: [
                      { title, items: [{ title, url }] },
                      ...(questions.length ? [{ title: 'Discussion', items: discussionTopics({ title }, questions.map((text, i) => ({ n: i + 1, text })), url) }] : []),
                      ...(extras.readings.length ? [{ title: 'Readings', items: readingLinks(extras.readings, abs) }] : []),
                    ],
                  }),
                cartridgeFailed)
              }>
              Common Cartridge (.imscc)
            </button>
          </p>
        </section>
        <section className={styles.toolBox} aria-labelledby="cite-this-lesson">
          <Heading as="h2" id="cite-this-lesson" className={styles.toolTitle}>
            Cite this lesson
          </Heading>
          <Citation label="APA" html={cite.apa.html} />
          <Citation label="Chicago" html={cite.chicago.html} />
          <p className={styles.muted}>
            The citation names the version of the course data ({String(extras.cite.csl.version)}). It says “n.d.”: no release date is recorded for
            that version, and the day the site was built is not the lesson’s date.
          </p>
        </section>
      </div>
    </>
  );
}
