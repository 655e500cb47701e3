/** Cards for one event, one source, and the side-by-side view of a figure's accounts. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { FigureProperty } from '@kzprotest/data';
import { figureQualifierLabels, figureValueText } from '@kzprotest/data/format';
import type { ClaimView, EventSummaryView, RecordLink, SourceView } from '@site/plugins/kzdata/views/index';
import { flowText, formatCount, kindLabel, labelOf, listInWords, perspectiveLabel, propertyLabel, readData, roleLabel, sentenceCase, warningsInWords, type DataProp } from './data';
import styles from './styles.module.css';

type HeadingLevel = 'h2' | 'h3' | 'h4';

/** Record links joined by commas; `empty` when there are none. */
export function Links({ links, empty = '—' }: { links: RecordLink[]; empty?: string }): ReactNode {
  if (links.length === 0) return <>{empty}</>;
  return (
    <>
      {links.map((l, i) => (
        <React.Fragment key={l.id}>
          {i > 0 ? ', ' : ''}
          <Link to={l.href}>{l.name}</Link>
        </React.Fragment>
      ))}
    </>
  );
}

/** An event's actors, each with its role ("Kazakh police (initiator); protesters (target)"). */
export function ActorsWithRoles({ actors }: { actors: EventSummaryView['actors'] }): ReactNode {
  return actors.map((a, i) => (
    <React.Fragment key={`${a.id}-${a.role}`}>
      {i > 0 ? '; ' : ''}
      <Links links={[a]} /> ({roleLabel[a.role] ?? a.role})
    </React.Fragment>
  ));
}

/** An event in brief: date, type, title, places, actors with their roles, themes, link to its page. */
export function EventCard(props: { id?: string; headingLevel?: HeadingLevel } & DataProp<EventSummaryView & { summary?: string }>): ReactNode {
  const e = readData('EventCard', props);
  return (
    // the event's own page is what search finds
    <article className={styles.card} aria-labelledby={`event-card-${e.id}`} data-search="skip">
      <Heading as={props.headingLevel ?? 'h3'} id={`event-card-${e.id}`} className={styles.cardTitle}>
        <Link to={e.href}>{e.title}</Link>
      </Heading>
      <p className={styles.meta}>
        <span>{e.dateLabel}</span> · <span>{e.typeLabel}</span>
        {e.places.length > 0 ? (
          <>
            {' '}· <Links links={e.places} />
          </>
        ) : null}
      </p>
      {e.summary ? <p>{e.summary}</p> : null}
      {e.actors.length > 0 ? (
        <p className={styles.meta}>
          Who: <ActorsWithRoles actors={e.actors} />
        </p>
      ) : null}
      {e.themes.length > 0 ? (
        <p className={styles.meta}>
          Themes: <Links links={e.themes} />
        </p>
      ) : null}
    </article>
  );
}

/**
 * A reading: full citation, perspective, reading time, content warnings, and a link to the
 * original only where the address is verified.
 */
export function SourceCard(props: { id?: string; headingLevel?: HeadingLevel } & DataProp<SourceView>): ReactNode {
  const s = readData('SourceCard', props);
  return (
    // a reading card repeats its source's citation on every lesson that sets it: search finds the source's own page
    <article className={styles.card} aria-labelledby={`source-card-${s.id}`} data-search="skip">
      <Heading as={props.headingLevel ?? 'h3'} id={`source-card-${s.id}`} className={styles.cardTitle}>
        <Link to={s.href}>{s.title}</Link>
      </Heading>
      <p className={styles.citation}>{s.citation}</p>
      <dl className={styles.facts}>
        <dt>Perspective</dt>
        <dd>
          {perspectiveLabel[s.perspective] ?? s.perspective}: {s.perspectiveNote}
        </dd>
        <dt>Reading time</dt>
        <dd>
          about {s.readingMinutes} min ({formatCount(s.wordCount)} words)
        </dd>
        {s.contentWarnings.length > 0 ? (
          <>
            <dt>Content warning</dt>
            <dd>{warningsInWords(s.contentWarnings)}</dd>
          </>
        ) : null}
        <dt>Read the original</dt>
        <dd>
          {s.url ? (
            <a href={s.url} rel="noopener noreferrer">
              {s.containerTitle ?? s.publisher} <span className={styles.url}>({s.url})</span>
            </a>
          ) : (
            'no verified address'
          )}
          {s.original?.url ? (
            <>
              ; first published by{' '}
              <a href={s.original.url} rel="noopener noreferrer">
                {s.original.publisher}
              </a>
            </>
          ) : null}
          {s.copies.map((c, i) => (
            <React.Fragment key={c.url}>
              ; <a href={c.url} rel="noopener noreferrer">{s.copies.length > 1 ? `another copy (${i + 1})` : 'another copy'}</a>
            </React.Fragment>
          ))}
        </dd>
        {s.unconfirmed.length > 0 ? (
          <>
            <dt>Not confirmed</dt>
            <dd>{sentenceCase(listInWords(s.unconfirmed))}</dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}

/**
 * The part of a record page written for the data's users, not for students: seed lines, field
 * names, date strings, other vocabularies' codes. Collapsed, so that it stays out of the reading.
 */
export function AboutThisData({ children }: { children: ReactNode }): ReactNode {
  return (
    <details className={styles.aboutData}>
      <summary>About this data</summary>
      <div className={styles.meta}>{children}</div>
    </details>
  );
}

/** The data's reading of a figure: a number, a range, or an open bound. */
const valueOf = (claim: ClaimView): string => (claim.figure ? figureValueText(claim.figure) : '');

function Figure({ claim }: { claim: ClaimView }): ReactNode {
  return <>{claim.figure ? claim.figure.raw : ''}</>;
}

/**
 * Every source's figure for one property of an event, side by side:
 * `<CompareAccounts event="zhanaozen-shooting-2011-12-16" property="killed" />`.
 */
export function CompareAccounts(
  props: { event?: string; property?: string } & DataProp<{ event: RecordLink; property: FigureProperty; accounts: ClaimView[] }>,
): ReactNode {
  const d = readData('CompareAccounts', props);
  const label = propertyLabel[d.property];
  return (
    // every row quotes a claim that its source's page holds
    <div className={styles.tableWrap} data-search="skip">
      <table className={`${styles.compare} table-cards`}>
        <caption>
          {label}: every account of <Link to={d.event.href}>{d.event.name}</Link> ({d.accounts.length}{' '}
          {d.accounts.length === 1 ? 'account' : 'accounts'})
        </caption>
        <thead>
          <tr>
            <th scope="col">As printed</th>
            <th scope="col">Value</th>
            <th scope="col">Qualifier</th>
            <th scope="col">Who claims it</th>
            <th scope="col">Source and quote</th>
          </tr>
        </thead>
        <tbody>
          {d.accounts.map((c) => (
            <tr key={c.id}>
              <th scope="row" data-label="As printed">
                <Figure claim={c} />
              </th>
              <td data-label="Value">
                {valueOf(c)}
                {c.figure?.unitText}
              </td>
              <td data-label="Qualifier">{c.figure ? labelOf(figureQualifierLabels, c.figure.qualifier) : null}</td>
              <td data-label="Who claims it">
                {c.claimants.length > 0 ? (
                  <Links links={[...c.claimants].reverse()} />
                ) : (
                  'the source itself'
                )}
                <span className={styles.kind}> ({kindLabel[c.kind]})</span>
              </td>
              <td data-label="Source and quote">
                <Link to={c.source.href}>{c.source.name}</Link> ({c.source.short}):{' '}
                <Link to={c.href} className={styles.compareQuote}>
                  “{flowText(c.quote)}”
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
