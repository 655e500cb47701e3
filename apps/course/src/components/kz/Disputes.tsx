import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { ClaimView } from '@site/plugins/kzdata/views/index';
import { flowText, kindLabel, voiceOf } from './data';
import styles from './styles.module.css';

/** The other side of a disagreement, shown wherever one side is: each contradicting claim in its own words and voice. */
export function DisputedBy({ claims }: { claims?: ClaimView[] }): ReactNode {
  if (!claims || claims.length === 0) return null;
  return (
    // the other side's words are indexed on their own record pages; here they would count twice
    <div className={styles.disputedBy} data-disputed-by="" data-search="skip">
      <p className={styles.meta}>
        <strong>Disputed by</strong> {claims.length === 1 ? 'another account' : `${claims.length} other accounts`}, side by side:
      </p>
      <ul>
        {claims.map((c) => (
          <ClaimSide key={c.id} claim={c} />
        ))}
      </ul>
    </div>
  );
}

/** One side of a disagreement: the claim's words, its kind and its voice, linked to the claim. */
export function ClaimSide({ claim }: { claim: ClaimView }): ReactNode {
  return (
    <li>
      <blockquote cite={claim.href}>
        <p>{flowText(claim.quote)}</p>
      </blockquote>
      <p className={styles.meta}>
        {kindLabel[claim.kind] ?? claim.kind} · <Link to={claim.href}>{voiceOf(claim)}</Link>
      </p>
    </li>
  );
}
