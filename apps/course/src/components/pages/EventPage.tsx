import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import type { EventView } from '@site/plugins/kzdata/views/index';
import { AboutThisData, ActorsWithRoles, CompareAccounts } from '../kz/Cards';
import { propertyLabel } from '../kz/data';
import { ClaimLegend, ClaimList, kindsOf, LinkedFact, Links, RecordLayout } from './common';
import styles from '../kz/styles.module.css';

/** /events/<id>: an event with its date, places, actors, every figure side by side, and its evidence. */
export default function EventPage({ data }: { data: { event: EventView } }): ReactNode {
  const e = data.event;
  return (
    <RecordLayout
      contentWarnings={e.contentWarnings}
      title={e.title}
      kicker={`Event · ${e.typeLabel}`}
      description={e.summary}
      summary={
        <p>
          <span className={styles.voiceLabel} data-search="skip">
            In the course's words, from the quotes below:{' '}
          </span>
          {e.summary}
        </p>
      }
    >
      {e.disputed ? (
        <p className={styles.disputedBy} data-disputed-event="">
          <strong>The sources disagree here.</strong> The title names the question, not an answer; below, each claim that another contradicts is shown with the other side, in its own words and voice.
        </p>
      ) : null}
      <dl className={styles.facts}>
        <dt>Date</dt>
        <dd>
          {e.dateLabel}
          {e.dateNote ? <span className={styles.meta}> — {e.dateNote}</span> : null}
        </dd>
        <dt>Type</dt>
        <dd>
          {e.typeLabel}
        </dd>
        <dt>Where</dt>
        <dd>
          <Links links={e.places} empty="no place given" />
        </dd>
        <dt>Who</dt>
        <dd>
          {e.actors.length === 0 ? 'no actor given' : <ActorsWithRoles actors={e.actors} />}
        </dd>
        <dt>Themes</dt>
        <dd>
          <Links links={e.themes} />
        </dd>
        <LinkedFact label="Part of" links={e.partOf ? [e.partOf] : []} />
        <LinkedFact label="Includes" links={e.parts} />
        <LinkedFact label="Led to" links={e.causes} />
        <LinkedFact label="Followed from" links={e.causedBy} />
      </dl>
      <ClaimLegend kinds={kindsOf([...e.claims, ...e.dateClaims, ...e.figures.flatMap((f) => f.accounts)])} />
      {e.figures.length > 0 ? (
        <section aria-labelledby="figures">
          <Heading as="h2" id="figures">
            Figures, as each source gives them
          </Heading>
          {e.figures.map((f) => (
            <CompareAccounts key={f.property} data={{ event: { id: e.id, name: e.title, href: e.href }, property: f.property, accounts: f.accounts }} />
          ))}
          <p className={styles.meta}>
            {e.figures.map((f) => propertyLabel[f.property]).join(', ')}: figures are never merged; each row is one
            source's account.
          </p>
        </section>
      ) : null}
      <section aria-labelledby="date-evidence">
        <Heading as="h2" id="date-evidence">
          What dates it
        </Heading>
        <ClaimList claims={e.dateClaims} />
      </section>
      <section aria-labelledby="evidence">
        <Heading as="h2" id="evidence">
          What the sources say about it
        </Heading>
        <ClaimList claims={e.claims} />
      </section>
      <AboutThisData>
        <ul>
          <li>
            Record <code>{e.id}</code> in @kzprotest/data; type <code>{e.type}</code>.
          </li>
          <li>
            Date as recorded (EDTF): <code>{e.mapping.edtf}</code>
          </li>
          {e.mapping.acled ? <li>ACLED event type: {e.mapping.acled}</li> : null}
          {e.mapping.massMobilization ? <li>Mass Mobilization state response: {e.mapping.massMobilization}</li> : null}
          {e.mapping.cameo ? <li>CAMEO code: {e.mapping.cameo}</li> : null}
        </ul>
      </AboutThisData>
    </RecordLayout>
  );
}
