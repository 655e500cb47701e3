/**
 * /activities/<module>/<activity>: one activity on a page of its own, so that its code loads
 * only here. The student's answers are kept in the address; printed, the page is a worksheet
 * with answer space and no answers (the key prints only from the teacher pages).
 */
import React, { useState, type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import { ContentWarning } from '../kz/ContentWarning';
import { useAnswers } from './answers';
import type { Activity } from './types';
import { activityPaths } from './types';
import Order, { orderKeys } from './Order';
import WhoSays, { whoSaysKeys } from './WhoSays';
import CompareCounts, { compareKeys } from './CompareCounts';
import Weigh, { weighKeys } from './Weigh';
import MapIt, { mapKeys } from './MapIt';
import styles from './styles.module.css';

/** The answer keys an activity reads from its address. */
export function answerKeys(a: Activity): string[] {
  switch (a.kind) {
    case 'order':
      return orderKeys();
    case 'who-says':
      return whoSaysKeys(a);
    case 'compare-counts':
      return compareKeys(a);
    case 'weigh':
      return weighKeys(a);
    case 'map':
      return mapKeys(a);
  }
}

function Kind({ activity, ...rest }: { activity: Activity; answers: Record<string, string>; checked: boolean; set: (k: string, v: string) => void }): ReactNode {
  switch (activity.kind) {
    case 'order':
      return <Order activity={activity} {...rest} />;
    case 'who-says':
      return <WhoSays activity={activity} {...rest} />;
    case 'compare-counts':
      return <CompareCounts activity={activity} {...rest} />;
    case 'weigh':
      return <Weigh activity={activity} {...rest} />;
    case 'map':
      return <MapIt activity={activity} {...rest} />;
  }
}

/** The course's instructions, marked as the course's words. */
export function Instructions({ activity }: { activity: Activity }): ReactNode {
  return (
    <aside className={styles.instructions} aria-label="Instructions">
      <p className={styles.courseLabel}>Instructions from the course, not from the sources</p>
      {activity.instructions.map((p) => (
        <p key={p}>{p}</p>
      ))}
    </aside>
  );
}

export default function ActivityPage({ data }: { data: { activity: Activity } }): ReactNode {
  const { activity } = data;
  const state = useAnswers(answerKeys(activity));
  const [copied, setCopied] = useState(false);
  return (
    <Layout title={activity.title} description={`An activity of the module “${activity.module.title}”: ${activity.title}.`}>
      <main className={`container margin-vert--lg ${styles.page}`} data-ready={state.ready ? 'true' : 'false'}>
        <p className={`${styles.crumbs} no-print`}>
          <Link to={activityPaths.index}>Activities</Link> ›{' '}
          {activity.module.permalink ? <Link to={activity.module.permalink}>{activity.module.title}</Link> : activity.module.title}
        </p>
        <Heading as="h1">{activity.title}</Heading>
        <p className={styles.printOnly}>
          Name: <span className={styles.line} aria-hidden="true" /> Module: {activity.module.title}
        </p>
        <ContentWarning warnings={activity.contentWarnings} what="page" />
        <Instructions activity={activity} />
        <form onSubmit={(e) => (e.preventDefault(), state.check())} aria-label={activity.title}>
          <Kind activity={activity} answers={state.answers} checked={state.checked} set={state.set} />
          <p className={`${styles.actions} no-print`}>
            <button type="submit" className="button button--primary">
              Check
            </button>{' '}
            <button type="button" className="button button--secondary" onClick={state.reset}>
              Start again
            </button>{' '}
            <button type="button" className="button button--secondary" onClick={() => window.print()}>
              Print the worksheet
            </button>{' '}
            <button
              type="button"
              className="button button--secondary"
              onClick={() => void navigator.clipboard?.writeText(window.location.href).then(() => setCopied(true), () => setCopied(false))}>
              Copy the link to your answers
            </button>{' '}
            {copied ? <span role="status">Copied.</span> : null}
          </p>
          <p className={`${styles.muted} no-print`}>
            Your answers are kept in this page’s address, and nowhere else: send the address to your teacher to share your work.
          </p>
        </form>
      </main>
    </Layout>
  );
}
