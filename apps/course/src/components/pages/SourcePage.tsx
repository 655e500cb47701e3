import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { ClaimView, RecordLink, SourceView } from '@site/plugins/kzdata/views/index';
import { AboutThisData, SourceCard } from '../kz/Cards';
import { ClaimLegend, ClaimList, kindsOf, RecordLayout } from './common';
import { erratumKindLabels } from '@kzprotest/data/format';
import { labelOf } from '../kz/data';
import styles from '../kz/styles.module.css';
import { UnverifiedFields } from '../kz/UnverifiedFields';

/** /sources/<id>: a source's citation, its errata, and every claim taken from it in text order. */
export default function SourcePage({ data }: { data: { source: SourceView; claims: (ClaimView & { about: RecordLink[] })[]; contentWarnings: SourceView['contentWarnings'] } }): ReactNode {
  const s = data.source;
  const brokenLinks = useBrokenLinks();
  s.errata.forEach((e) => brokenLinks.collectAnchor(e.id));
  return (
    <RecordLayout contentWarnings={data.contentWarnings} title={s.title} kicker={`Source · ${s.containerTitle ?? s.publisher}`} description={s.citation}>
      <SourceCard data={s} headingLevel="h2" />
      <AboutThisData>
        <p>
          Record <code>{s.id}</code> in @kzprotest/data. Quotes are checked word for word against the archived text of the
          source (its seed).
        </p>
        {s.seedNotes.length > 0 ? (
          <ul>
            {s.seedNotes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        {s.copies.length > 0 ? (
          <>
            <p>Other copies of the text:</p>
            <ul>
              {s.copies.map((c) => (
                <li key={c.url}>
                  <span className={styles.url}>{c.url}</span>: {c.note}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {s.unverified.length > 0 ? (
          <>
            <p>Fields not verified against the publisher:</p>
            <UnverifiedFields fields={s.unverified} />
          </>
        ) : null}
      </AboutThisData>
      {s.errata.length > 0 ? (
        <section aria-labelledby="errata">
          <Heading as="h2" id="errata">
            Errors in the text
          </Heading>
          <p>Kept as printed, never silently corrected:</p>
          <ul>
            {s.errata.map((e) => (
              <li key={e.id} id={e.id}>
                “{e.quote.replace(/\s*\n\s*/g, ' ')}” ({labelOf(erratumKindLabels, e.kind)}): {e.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="claims">
        <Heading as="h2" id="claims">
          Claims taken from this source ({data.claims.length}), in the order of the text
        </Heading>
        <ClaimLegend kinds={kindsOf(data.claims)} />
        <ClaimList claims={data.claims} showSource={false} />
      </section>
    </RecordLayout>
  );
}
