import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import { actorKindLabels, organizationTypeLabels } from '@kzprotest/data/format';
import type { ActorView } from '@site/plugins/kzdata/views/index';
import { labelOf } from '../kz/data';
import { SpellingList } from '../kz/Inline';
import { ClaimLegend, ClaimList, EventsAndEvidence, kindsOf, Links, otherSpellings, RecordLayout } from './common';
import styles from '../kz/styles.module.css';

/** /actors/<id>: a person or organisation, its spellings, roles with their evidence, events, claims. */
export default function ActorPage({ data }: { data: { actor: ActorView } }): ReactNode {
  const a = data.actor;
  const kind = `${labelOf(actorKindLabels, a.kind)}${a.kind === 'organization' && a.organizationType ? ` · ${labelOf(organizationTypeLabels, a.organizationType)}` : ''}`;
  return (
    <RecordLayout contentWarnings={a.contentWarnings} title={a.name} alsoWritten={otherSpellings(a.name, a.spellings)} kicker={kind} description={a.description ?? `${a.name} in the course's sources.`} summary={a.description ? <p>{a.description}</p> : null}>
      <section aria-labelledby="spellings">
        <Heading as="h2" id="spellings">
          Names in the sources
        </Heading>
        <SpellingList spellings={a.spellings} />
      </section>
      {a.roles.length > 0 ? <ClaimLegend kinds={kindsOf([...a.claims, ...a.roles.flatMap((r) => r.claims)])} /> : null}
      {a.roles.length > 0 ? (
        <section aria-labelledby="roles">
          <Heading as="h2" id="roles">
            Roles
          </Heading>
          <ul>
            {a.roles.map((r, i) => (
              <li key={`${r.role}-${i}`}>
                <strong>{r.role}</strong>
                {r.organization ? (
                  <>
                    {' '}of <Links links={[r.organization]} />
                  </>
                ) : null}
                {r.date ? <span className={styles.meta}> ({r.date})</span> : null}
                <ClaimList claims={r.claims} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EventsAndEvidence eventsTitle="Events" events={a.events} claims={a.claims} />
    </RecordLayout>
  );
}
