import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { PlaceView } from '@site/plugins/kzdata/views/index';
import { SpellingList } from '../kz/Inline';
import { RecordLayout } from './common';
import { placeKindLabels } from '@kzprotest/data/format';
import { labelOf } from '../kz/data';
import styles from '../kz/styles.module.css';

/** A place as the index lists it: its page's fields without the evidence, and how many events name it. */
type PlaceItem = Omit<PlaceView, 'contains' | 'coordinates' | 'events' | 'claims'> & { eventCount: number };

/** /places: every place with every spelling the sources use, and which source uses it. */
export default function PlacesIndex({ data }: { data: { places: PlaceItem[] } }): ReactNode {
  const sorted = [...data.places].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <RecordLayout title="Places" kicker="Every spelling" description="Places in the sources with every spelling each source uses (Zhanaozen, Janaozen ...).">
      <p>The sources spell the same places differently. Each spelling is listed with the sources that use it.</p>
      <ul>
        {sorted.map((p) => (
          <li key={p.id}>
            <Link to={p.href}>
              <strong>{p.name}</strong>
            </Link>{' '}
            <span className={styles.meta}>
              ({labelOf(placeKindLabels, p.kind)}
              {p.partOf ? `, in ${p.partOf.name}` : ''}
              {p.eventCount > 0 ? `; ${p.eventCount} ${p.eventCount === 1 ? 'event' : 'events'}` : ''})
            </span>
            <SpellingList spellings={p.spellings} />
          </li>
        ))}
      </ul>
    </RecordLayout>
  );
}
