/**
 * A key passage of a lesson at two reading levels: the source's words exactly as the data holds
 * them, with a head note from the source record, the glossary's help for hard words and a link to
 * the passage in its source; then, for weaker readers, the course's plain-words summary (the
 * children, which take their facts from data components and pass the prose lint).
 *   <Excerpt claim="rsf-official-toll-15-dead">In plain words: …</Excerpt>
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { flowText, readData, voiceOf, type DataProp } from '../kz/data';
import type { ExcerptData, HeadNote } from './types';
import styles from './styles.module.css';

/** "Reporters Without Borders (author not confirmed), in WeFightCensorship (…), date not given." */
export function HeadNoteText({ note }: { note: HeadNote }): ReactNode {
  const who = note.authors.length ? note.authors.join(', ') : 'No author is named';
  const where = note.containerTitle && note.containerTitle !== note.publisher ? `${note.containerTitle}, published by ${note.publisher}` : note.publisher;
  return (
    <>
      {who}
      {note.authorUnconfirmed ? ' (author not confirmed)' : ''}, in <Link to={note.sourceHref}>{note.sourceTitle}</Link> ({where}),{' '}
      {note.issued ? `${note.issued}${note.issuedUnconfirmed ? ' (date not confirmed)' : ''}` : 'no date given'}.
      {note.original ? (
        <>
          {' '}
          It republishes “{note.original.title}” from {note.original.publisher}
          {note.original.issued ? ` (${note.original.issued})` : ''}.
        </>
      ) : null}{' '}
      Kind of text: {note.perspective}.
    </>
  );
}

export default function Excerpt(props: { claim?: string; children?: ReactNode } & DataProp<ExcerptData>): ReactNode {
  const d = readData('Excerpt', props);
  const c = d.claim;
  return (
    // left out of search, as the self-checks are: it repeats the lesson's quotes, the source's record and the glossary
    <section className={styles.excerpt} aria-label={`Key passage: ${voiceOf(c)}`} data-search="skip">
      <p className={styles.excerptLabel}>Key passage</p>
      <p className={styles.headNote}>
        <strong>Head note</strong> (from the source record): <HeadNoteText note={d.headNote} /> Whose words:{' '}
        {c.claimants.length ? voiceOf(c) : 'the source’s own'}.
      </p>
      <blockquote cite={c.href} className={styles.excerptQuote} data-claim={c.id}>
        <p>{flowText(c.quote)}</p>
      </blockquote>
      <p className={styles.sourceLine}>
        Where it stands: <Link to={c.href}>{c.where}</Link>, in {c.source.name} ({c.source.short}) ·{' '}
        <Link to={d.organiser}>Sourcing organiser for this reading</Link>
      </p>
      {d.glossary.length > 0 ? (
        <div className={styles.glossary}>
          <p className={styles.excerptLabel}>Words to know (from the course glossary)</p>
          <dl>
            {d.glossary.map((g) => (
              <React.Fragment key={g.term}>
                <dt>
                  <Link to={g.href}>{g.term}</Link>
                </dt>
                <dd>{g.definition}</dd>
              </React.Fragment>
            ))}
          </dl>
        </div>
      ) : null}
      <div className={styles.plainWords}>
        <p className={styles.excerptLabel}>In plain words: the course’s summary, not the source’s words</p>
        {props.children}
      </div>
    </section>
  );
}
