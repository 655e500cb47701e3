/**
 * A reading as teachers and students see it in a list or a handout: the citation in APA and
 * Chicago (citation-js output from the build), reading time, content warnings, the source page,
 * and the original only where its address is verified.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { ReadingView } from './types';
import { perspectiveLabels } from '@kzprotest/data/format';
import { formatCount, labelOf, warningsInWords } from '../kz/data';
import styles from './styles.module.css';

/** A citation as citeproc wrote it (HTML made at build time from the source's CSL-JSON). */
export function Citation({ html, label }: { html: string; label: string }): ReactNode {
  return (
    <div className={styles.citation}>
      <span className={styles.citationLabel}>{label}</span>
      <div className={styles.citationBody} dangerouslySetInnerHTML={{ __html: html }} />
    </div>
  );
}

export function ReadingEntry({
  reading,
  readFor = [],
  headingLevel = 'h3',
  styleChoice = 'both',
}: {
  reading: ReadingView;
  /** The questions of the lessons that assign it: what to read for. */
  readFor?: { lesson: string; questions: string[] }[];
  headingLevel?: 'h2' | 'h3' | 'h4';
  styleChoice?: 'both' | 'apa' | 'chicago';
}): ReactNode {
  const unverifiedUrl = reading.unverified.find((u) => u.field === 'URL');
  return (
    <article className={styles.reading} data-reading={reading.id}>
      <Heading as={headingLevel} className={styles.readingTitle}>
        <Link to={reading.href}>{reading.title}</Link>
      </Heading>
      {styleChoice !== 'chicago' ? <Citation label="APA" html={reading.apa.html} /> : null}
      {styleChoice !== 'apa' ? <Citation label="Chicago" html={reading.chicago.html} /> : null}
      <ul className={styles.facts}>
        <li>
          Reading time: about {reading.readingMinutes} minutes ({formatCount(reading.wordCount)} words)
        </li>
        <li>
          Perspective: {labelOf(perspectiveLabels, reading.perspective)}. {reading.perspectiveNote}
        </li>
        {reading.contentWarnings.length > 0 ? (
          <li className={styles.warningLine}>
            <strong>Content warning:</strong> {warningsInWords(reading.contentWarnings)}
          </li>
        ) : null}
        <li>
          <Link to={reading.href}>The source in the course</Link> (its text as quoted, its errata, and who
          says what)
        </li>
        {reading.url ? (
          <li>
            Original: <a href={reading.url}>{reading.url}</a>
          </li>
        ) : (
          <li>No verified link to the original{unverifiedUrl ? `: ${unverifiedUrl.note}` : '.'}</li>
        )}
        {reading.original?.url ? (
          <li>
            The work it republishes: <a href={reading.original.url}>{reading.original.url}</a>
          </li>
        ) : null}
      </ul>
      {readFor.length > 0 ? (
        <div className={styles.readFor}>
          <p className={styles.readForTitle}>Read for (the lessons’ questions):</p>
          {readFor.map((r) => (
            <div key={r.lesson}>
              <p className={styles.readForLesson}>{r.lesson}</p>
              <ul>
                {r.questions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      ) : null}
    </article>
  );
}

/** Download buttons for a list of readings' citations. */
export function CitationDownloads({
  onDownload,
  disabled,
  label = 'Download the citations',
  extra,
}: {
  onDownload: (format: 'bibtex' | 'ris' | 'csl') => void;
  disabled?: boolean;
  label?: string;
  extra?: ReactNode;
}): ReactNode {
  return (
    <div className={styles.downloads} role="group" aria-label={label}>
      <span className={styles.downloadsLabel}>{label}:</span>
      <button type="button" className="button button--sm button--secondary" disabled={disabled} onClick={() => onDownload('bibtex')}>
        BibTeX
      </button>
      <button type="button" className="button button--sm button--secondary" disabled={disabled} onClick={() => onDownload('ris')}>
        RIS
      </button>
      <button type="button" className="button button--sm button--secondary" disabled={disabled} onClick={() => onDownload('csl')}>
        CSL-JSON
      </button>
      {extra}
    </div>
  );
}
