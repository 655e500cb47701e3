/** The legend of the claim labels, on every page that shows them. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { claimKindDefinitions, claimKindLesson } from './claimKinds';
import { kindLabel, type ClaimKindName } from './data';
import styles from './styles.module.css';

const order = Object.keys(kindLabel) as ClaimKindName[];

export function ClaimLegend({ kinds }: { kinds: readonly ClaimKindName[] }): ReactNode {
  const shown = order.filter((k) => kinds.includes(k));
  if (shown.length === 0) return null;
  return (
    <aside className={styles.legend} aria-labelledby="claim-legend">
      <p id="claim-legend" className={styles.boxTitle}>
        What the labels on the quotes mean
      </p>
      <dl>
        {shown.map((k) => (
          <React.Fragment key={k}>
            <dt>{kindLabel[k]}</dt>
            <dd>{claimKindDefinitions[k]}</dd>
          </React.Fragment>
        ))}
      </dl>
      <p>
        A label says how the source puts a statement, not that the course has checked it. The lesson{' '}
        <Link to={claimKindLesson}>Perspective and voice</Link> teaches them.
      </p>
    </aside>
  );
}
