import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { ActorView } from '@site/plugins/kzdata/views/index';
import { RecordLayout } from './common';
import { organizationTypeLabels } from '@kzprotest/data/format';
import { labelOf } from '../kz/data';
import styles from '../kz/styles.module.css';

/** An actor as the index lists it: its page's fields without the evidence, and how many events name it. */
type ActorItem = Omit<ActorView, 'roles' | 'events' | 'claims' | 'contentWarnings'> & { eventCount: number };

const GROUPS: { kind: string; title: string }[] = [
  { kind: 'person', title: 'People' },
  { kind: 'organization', title: 'Organisations' },
  { kind: 'group', title: 'Groups' },
];

/** /actors: people, organisations and groups, with every name the sources use for them. */
export default function ActorsIndex({ data }: { data: { actors: ActorItem[]; contentWarnings: string[] } }): ReactNode {
  const sorted = [...data.actors].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return (
    <RecordLayout contentWarnings={data.contentWarnings} title="People and organisations" kicker="Actors" description="Everyone the sources name: people, organisations and groups, with every spelling.">
      {GROUPS.map((g) => {
        const list = sorted.filter((a) => a.kind === g.kind);
        if (list.length === 0) return null;
        return (
          <section key={g.kind} aria-labelledby={`group-${g.kind}`}>
            <Heading as="h2" id={`group-${g.kind}`}>
              {g.title} ({list.length})
            </Heading>
            <ul>
              {list.map((a) => (
                <li key={a.id}>
                  <Link to={a.href}>{a.name}</Link>
                  {a.organizationType ? <span className={styles.meta}> ({labelOf(organizationTypeLabels, a.organizationType)})</span> : null}
                  {a.spellings.length > 1 ? (
                    <span className={styles.meta}> — also written {a.spellings.filter((s) => s.name !== a.name).map((s) => s.name).join(', ')}</span>
                  ) : null}
                  {a.eventCount > 0 ? <span className={styles.meta}> · {a.eventCount} {a.eventCount === 1 ? 'event' : 'events'}</span> : null}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </RecordLayout>
  );
}
