import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import type { HowWeKnowView } from '@site/plugins/kzdata/views/index';
import { erratumKindLabels, perspectiveLabels } from '@kzprotest/data/format';
import { flowText, kindLabel, labelOf } from '../kz/data';
import { ClaimSide } from '../kz/Disputes';
import { UnverifiedFields } from '../kz/UnverifiedFields';
import { RecordLayout } from '../pages/common';
import styles from '../kz/styles.module.css';

/** /how-we-know: what the course rests on, source by source, and every place its sources conflict; all generated from the data. */
export default function HowWeKnow({ data }: { data: { howWeKnow: HowWeKnowView } }): ReactNode {
  const d = data.howWeKnow;
  return (
    <RecordLayout
      title="How we know"
      kicker="What the course rests on"
      description="Each source's coverage, its claims by kind and voice, its errata and unverified details, and every disagreement between sources, from the data."
    >
      <p>
        This page is generated from the course's data. For each source it shows how much of the text the claims cover, how
        many claims of each kind it gives and in whose voice, the errors found inside it (with the words as printed and the
        evidence) and the details about it that could not be verified. Then it sets out every disagreement the data links,
        each side in its own words and voice.
      </p>
      <Heading as="h2" id="kinds">
        What the labels mean
      </Heading>
      <dl className={styles.facts}>
        {d.kindDefinitions.map((k) => (
          <React.Fragment key={k.kind}>
            <dt>{kindLabel[k.kind]}</dt>
            <dd>{k.definition}</dd>
          </React.Fragment>
        ))}
        <dt>voice</dt>
        <dd>{d.attributedToDefinition}</dd>
      </dl>

      <Heading as="h2" id="sources">
        Source by source
      </Heading>
      {d.sources.map((s) => (
        <section key={s.source.id} data-how-we-know-source={s.source.id}>
          <Heading as="h3" id={s.source.id}>
            <Link to={s.source.href}>{s.source.name}</Link> <span className={styles.meta}>({s.source.short})</span>
          </Heading>
          <dl className={styles.facts}>
            <dt>Perspective</dt>
            <dd>{labelOf(perspectiveLabels, s.perspective)}</dd>
            <dt>Coverage</dt>
            <dd>
              {s.coverage.covered} of {s.coverage.sentences} body sentences covered by claims ({s.coverage.percent}%)
              {s.coverage.skipped > 0 ? `, ${s.coverage.skipped} skipped with a reason` : ''}
            </dd>
            <dt>Claims by kind</dt>
            <dd>
              {s.claimCount} claims: {s.kinds.map((k) => `${k.count} ${kindLabel[k.kind]}`).join(', ')}
            </dd>
            <dt>Claims by voice</dt>
            <dd>
              {s.voices.map((v, i) => (
                <React.Fragment key={v.voice}>
                  {i > 0 ? '; ' : ''}
                  {v.href ? <Link to={v.href}>{v.voice}</Link> : v.voice}: {v.count}
                </React.Fragment>
              ))}
            </dd>
            <dt>Errata</dt>
            <dd>
              {s.errata.length === 0 ? (
                'none recorded: the texts show no error in it'
              ) : (
                <ul>
                  {s.errata.map((e) => (
                    <li key={e.id}>
                      As printed: <q>{flowText(e.quote)}</q> ({labelOf(erratumKindLabels, e.kind)}). {e.note}
                      {e.evidence.map((ev, i) => (
                        <React.Fragment key={i}>
                          {' '}
                          Evidence, {ev.source}: <q>{flowText(ev.quote)}</q>
                          {ev.note ? ` (${ev.note})` : ''}
                        </React.Fragment>
                      ))}
                    </li>
                  ))}
                </ul>
              )}
            </dd>
            <dt>Not verified</dt>
            <dd>
              {s.unverified.length === 0 ? (
                'every bibliographic detail recorded was verified'
              ) : (
                <UnverifiedFields fields={s.unverified} />
              )}
            </dd>
          </dl>
        </section>
      ))}

      <Heading as="h2" id="disagreements">
        Where the sources disagree
      </Heading>
      {d.disagreements.length === 0 ? <p>The data links no disagreement.</p> : null}
      {d.disagreements.map((g) => (
        <section key={g.sides.map((c) => c.id).join(' ')} data-how-we-know-disagreement="">
          <p>
            <strong>
              {g.about.length > 0
                ? g.about.map((e, i) => (
                    <React.Fragment key={e.id}>
                      {i > 0 ? '; ' : ''}
                      <Link to={e.href}>{e.name}</Link>
                    </React.Fragment>
                  ))
                : 'Linked claims'}
            </strong>
          </p>
          <ul>
            {g.sides.map((c) => (
              <ClaimSide key={c.id} claim={c} />
            ))}
          </ul>
        </section>
      ))}
    </RecordLayout>
  );
}
