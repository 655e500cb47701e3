import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import type { PlaceView } from '@site/plugins/kzdata/views/index';
import { SpellingList } from '../kz/Inline';
import { EventsAndEvidence, LinkedFact, otherSpellings, RecordLayout } from './common';
import { placeKindLabels } from '@kzprotest/data/format';
import { labelOf } from '../kz/data';
import styles from '../kz/styles.module.css';

/** /places/<id>: a place, its spellings, where it lies, its events and claims. */
export default function PlacePage({ data }: { data: { place: PlaceView } }): ReactNode {
  const p = data.place;
  return (
    <RecordLayout contentWarnings={p.contentWarnings} title={p.name} alsoWritten={otherSpellings(p.name, p.spellings)} kicker={`Place · ${labelOf(placeKindLabels, p.kind)}`} description={p.description ?? `${p.name} in the course's sources.`} summary={p.description ? <p>{p.description}</p> : null}>
      <dl className={styles.facts}>
        <LinkedFact label="In" links={p.partOf ? [p.partOf] : []} />
        <LinkedFact label="Contains" links={p.contains} />
        {p.coordinates ? (
          <>
            <dt>Coordinates</dt>
            <dd>
              {p.coordinates.latitude}, {p.coordinates.longitude} <span className={styles.meta}>(from {p.coordinates.origin}; no source gives them)</span>
            </dd>
          </>
        ) : null}
      </dl>
      <section aria-labelledby="spellings">
        <Heading as="h2" id="spellings">
          Spellings in the sources
        </Heading>
        <SpellingList spellings={p.spellings} />
      </section>
      <EventsAndEvidence eventsTitle="Events here" events={p.events} claims={p.claims} />
    </RecordLayout>
  );
}
