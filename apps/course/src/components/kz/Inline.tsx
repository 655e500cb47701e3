/**
 * Small components lessons use instead of retyping what the data says: a date, a figure,
 * a quote, a fact about a source, a linked record name, a list of spellings.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { figureNumberText } from '@kzprotest/data/format';
import type { ClaimView, RecordLink as RecordLinkView, SpellingView } from '@site/plugins/kzdata/views/index';
import { flowText, readData, voiceOf, type DataProp } from './data';
import { DisputedBy } from './Disputes';
import styles from './styles.module.css';

/** The date of an event in words, linked to the event: `<EventDate id="zhanaozen-shooting-2011-12-16" />`. */
export function EventDate(props: { id?: string; event?: string } & DataProp<{ label: string; date: string; href: string; title: string }>): ReactNode {
  const d = readData('EventDate', props);
  return (
    <Link to={d.href} className={styles.fromData} title={d.title}>
      <time dateTime={/^\d{4}(-\d{2}){0,2}$/.test(d.date) ? d.date : undefined}>{d.label}</time>
    </Link>
  );
}

/**
 * A figure a source gives, linked to its source: `<Figure claim="atol-police-shot-dead-16" />`.
 * `show="raw"` prints the source's own words ("at 16"); the default reads "16 people".
 */
export function Figure(props: { claim?: string; id?: string; show?: 'text' | 'raw' | 'value' } & DataProp<ClaimView>): ReactNode {
  const claim = readData('Figure', props);
  const figure = claim.figure!;
  const shown = props.show === 'raw' ? figure.raw : props.show === 'value' ? figureNumberText(figure) : figure.text;
  return (
    <Link to={claim.href} className={styles.fromData} title={`${voiceOf(claim)}: “${flowText(claim.quote)}”`}>
      {shown}
    </Link>
  );
}

/** A short verbatim quote inside a sentence, linked to where it is in its source. */
export function ClaimQuote(props: { id?: string; claim?: string } & DataProp<ClaimView>): ReactNode {
  const claim = readData('ClaimQuote', props);
  return (
    // the marker follows the closing quotation mark: it is the course's note, not the source's words
    <>
      <q className={styles.inlineQuote} cite={claim.href}>
        {flowText(claim.quote)}
      </q>
      <Link to={claim.href} className={styles.cite} aria-label={`Source: ${voiceOf(claim)}`}>
        <sup>[{claim.source.short}]</sup>
      </Link>
    </>
  );
}

/** One verbatim quote as a block, with who says it and where it is in the source. */
export function Quote(props: { claim?: string; id?: string } & DataProp<ClaimView>): ReactNode {
  const claim = readData('Quote', props);
  return (
    <figure className={styles.quote}>
      <blockquote cite={claim.href}>
        <p>{flowText(claim.quote)}</p>
      </blockquote>
      <figcaption data-search="skip">
        {claim.claimants.length > 0 ? <>{[...claim.claimants].reverse().map((c) => c.name).join(', as reported by ')}, in </> : null}
        <Link to={claim.source.href}>{claim.source.name}</Link> ({claim.source.short}), <Link to={claim.href}>{claim.where}</Link>
      </figcaption>
      <DisputedBy claims={claim.disputedBy} />
    </figure>
  );
}

/** A fact about a source from its record: `<SourceFact id="rferl-..." field="publisher" />`. */
export function SourceFact(props: { id?: string; source?: string; field?: string } & DataProp<{ value: string; href: string; title: string }>): ReactNode {
  const d = readData('SourceFact', props);
  return (
    <Link to={d.href} className={styles.fromData} title={d.title}>
      {d.value}
    </Link>
  );
}

/** A record's name linked to its page: `<RecordLink id="zhanaozen" />`, or with your own words as children. */
export function RecordLink(props: { id?: string; children?: ReactNode } & DataProp<RecordLinkView>): ReactNode {
  const d = readData('RecordLink', props);
  return <Link to={d.href}>{props.children ?? d.name}</Link>;
}

/** Every spelling of a place or actor, with the sources that use it. */
export function Spellings(props: { id?: string } & DataProp<{ name: string; href: string; spellings: SpellingView[] }>): ReactNode {
  const d = readData('Spellings', props);
  return <SpellingList spellings={d.spellings} />;
}

export function SpellingList({ spellings }: { spellings: SpellingView[] }): ReactNode {
  return (
    <ul className={styles.spellings}>
      {spellings.map((s) => (
        <li key={s.name}>
          <strong>{s.name}</strong>
          {s.sources.length > 0 ? (
            <>
              {' '}
              — used by{' '}
              {s.sources.map((src, i) => (
                <React.Fragment key={src.id}>
                  {i > 0 ? '; ' : ''}
                  <Link to={src.href}>{src.name}</Link>
                </React.Fragment>
              ))}
            </>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
