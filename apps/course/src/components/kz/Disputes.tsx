import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { ClaimView } from '../../kz/types';
import { flowText, kindLabel, voiceOf } from './data';
import styles from './styles.module.css';

/** The other side of a disagreement, shown wherever one side is: each contradicting claim in its own words and voice. */
export function DisputedBy({ claims }: { claims?: ClaimView[] }): ReactNode {
  if (!claims || claims.length === 0) return null;
  return (
    <div className={styles.disputedBy} data-disputed-by="">
      <p className={styles.meta}>
        <strong>Disputed by</strong> {claims.length === 1 ? 'another account' : `${claims.length} other accounts`}, side by side:
      </p>
      <ul>
        {claims.map((c) => (
          <li key={c.id}>
            <blockquote cite={c.href}>
              <p>{flowText(c.quote)}</p>
            </blockquote>
            <p className={styles.meta}>
              {kindLabel[c.kind] ?? c.kind} · <Link to={c.href}>{voiceOf(c)}</Link>
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
