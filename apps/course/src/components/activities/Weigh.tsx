/** Weigh the evidence: each claim sorted, with a pair of radio buttons, as supporting or challenging the claim weighed. */
import React, { type ReactNode } from 'react';
import type { WeighActivity } from './types';
import { Blank, Feedback, QuoteBlock, Score, type KindProps, ActivityItem } from './common';
import styles from './styles.module.css';

export const weighKeys = (a: WeighActivity) => a.items.map((i) => `side-${i.key}`);

const SIDES = [
  { id: 'supports', label: 'Supports the claim' },
  { id: 'challenges', label: 'Challenges the claim' },
] as const;

export default function Weigh({ activity, answers, checked, set }: KindProps<WeighActivity>): ReactNode {
  let right = 0;
  return (
    <>
      <section className={styles.weighed} aria-labelledby="weighed-heading">
        <h2 id="weighed-heading" className={styles.smallHeading}>
          The claim: the words of {activity.claim.voiceText}
        </h2>
        <QuoteBlock claim={activity.claim} />
      </section>
      <p>
        <strong>{activity.question}</strong>
      </p>
      <ol className={styles.items}>
        {activity.items.map((item) => {
          const side = answers[`side-${item.key}`] ?? '';
          const ok = side === item.side;
          if (ok) right += 1;
          return (
            <ActivityItem
              key={item.key}
              itemKey={item.key}
              legend={
                <>
                  Evidence {item.key}: the words of {item.voiceText}
                </>
              }
              checked={checked}
              right={ok}
              feedback={
                <>
                  It {item.side === 'supports' ? 'supports' : 'challenges'} the claim. {item.because}
                </>
              }
            >
              <QuoteBlock claim={item} />
              <span className={`${styles.choices} no-print`}>
                {SIDES.map((s) => (
                  <label key={s.id}>
                    <input type="radio" name={`side-${item.key}`} value={s.id} checked={side === s.id} data-answer={`side-${item.key}`} onChange={() => set(`side-${item.key}`, s.id)} /> {s.label}
                  </label>
                ))}
              </span>
              <Blank label="Supports or challenges" wide />
            </ActivityItem>
          );
        })}
      </ol>
      <Score right={right} total={activity.items.length} checked={checked} />
    </>
  );
}
