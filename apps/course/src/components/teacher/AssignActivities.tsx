/** The builder's activities: the choice, by module, and the handout's list with each activity's address. */
import React, { type ReactNode } from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type { Assignment } from './assignLink';
import type { Catalogue } from './types';
import type { ActivitySummary } from '../activities/types';
import styles from './styles.module.css';

export function ActivityChoices({ catalogue, a, set }: { catalogue: Catalogue; a: Assignment; set: (a: Assignment) => void }): ReactNode {
  const all = catalogue.activities ?? [];
  if (all.length === 0) return null;
  const modules = [...new Map(all.map((x) => [x.module, x.moduleTitle])).entries()];
  return (
    <fieldset className={styles.fieldset}>
      <legend>Activities</legend>
      <p className={styles.muted}>
        Students do these with the evidence and check their answers against the data; the answer keys are on the teacher pages.
      </p>
      {modules.map(([id, title]) => (
        <div key={id}>
          <p className={styles.moduleName}>{title}</p>
          <ul className={styles.choices}>
            {all
              .filter((x) => x.module === id)
              .map((x) => (
                <li key={x.id} className={styles.choice}>
                  <label>
                    <input
                      type="checkbox"
                      checked={a.activities.includes(x.id)}
                      data-activity={x.id}
                      onChange={(e) => set({ ...a, activities: e.target.checked ? [...a.activities.filter((y) => y !== x.id), x.id] : a.activities.filter((y) => y !== x.id) })}
                    />{' '}
                    {x.title} <span className={styles.muted}>({x.items} items)</span>
                  </label>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </fieldset>
  );
}

export function HandoutActivities({ activities, abs }: { activities: ActivitySummary[]; abs: (path: string) => string }): ReactNode {
  if (activities.length === 0) return null;
  return (
    <>
      <Heading as="h3">Activities</Heading>
      <ol data-testid="handout-activities">
        {activities.map((x) => (
          <li key={x.id}>
            <Link to={x.permalink}>{x.title}</Link> <span className={styles.muted}>({x.moduleTitle})</span> <span className={styles.printUrl}>{abs(x.permalink)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
