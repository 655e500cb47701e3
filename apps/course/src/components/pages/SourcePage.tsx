import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import type { ClaimView, RecordLink, SourceView } from '../../kz/types';
import { SourceCard } from '../kz/Cards';
import { ClaimList, RecordLayout } from './common';
import styles from '../kz/styles.module.css';

/** /sources/<id>: a source's citation, its errata, and every claim taken from it in text order. */
export default function SourcePage({ data }: { data: { source: SourceView; claims: (ClaimView & { about: RecordLink[] })[] } }): ReactNode {
  const s = data.source;
  const brokenLinks = useBrokenLinks();
  s.errata.forEach((e) => brokenLinks.collectAnchor(e.id));
  return (
    <RecordLayout title={s.title} kicker={`Source · ${s.containerTitle ?? s.publisher}`} description={s.citation}>
      <SourceCard data={s} headingLevel="h2" />
      {s.note ? <p className={styles.meta}>{s.note}</p> : null}
      {s.errata.length > 0 ? (
        <section aria-labelledby="errata">
          <Heading as="h2" id="errata">
            Errors in the text
          </Heading>
          <p>Kept as printed, never silently corrected:</p>
          <ul>
            {s.errata.map((e) => (
              <li key={e.id} id={e.id}>
                “{e.quote.replace(/\s*\n\s*/g, ' ')}” ({e.kind.replace(/-/g, ' ')}): {e.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="claims">
        <Heading as="h2" id="claims">
          Claims taken from this source ({data.claims.length}), in the order of the text
        </Heading>
        <ClaimList claims={data.claims} showSource={false} />
      </section>
    </RecordLayout>
  );
}
