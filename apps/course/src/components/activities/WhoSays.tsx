/** Who says so? Each quotation matched, with native selects, to its voice and its kind of claim. */
import React, { type ReactNode } from 'react';
import type { WhoSaysActivity } from './types';
import { Blank, Choice, Feedback, QuoteBlock, Score, type KindProps, ActivityItem } from './common';
import styles from './styles.module.css';

export const whoSaysKeys = (a: WhoSaysActivity) => a.items.flatMap((i) => [`voice-${i.key}`, `kind-${i.key}`]);

export default function WhoSays({ activity, answers, checked, set }: KindProps<WhoSaysActivity>): ReactNode {
  const kindLabel = (id: string) => activity.kinds.find((k) => k.id === id)?.label ?? id;
  let right = 0;
  return (
    <>
      <section aria-labelledby="kinds-heading" className={styles.reference}>
        <h2 id="kinds-heading" className={styles.smallHeading}>
          The kinds of claim
        </h2>
        <dl className={styles.kinds}>
          {activity.kinds.map((k) => (
            <div key={k.id}>
              <dt>{k.label}</dt>
              <dd>{k.definition}</dd>
            </div>
          ))}
        </dl>
        <p className={styles.printOnly}>
          <strong>The voices:</strong> {activity.voices.map((v) => v.label).join('; ')}.
        </p>
      </section>
      <ol className={styles.items}>
        {activity.items.map((item) => {
          const voice = answers[`voice-${item.key}`] ?? '';
          const kind = answers[`kind-${item.key}`] ?? '';
          const ok = voice === item.voice && kind === item.kind;
          if (ok) right += 1;
          return (
            <ActivityItem
              key={item.key}
              itemKey={item.key}
              legend={<>Quotation {item.key}</>}
              checked={checked}
              right={ok}
              feedback={
                <>
                  {voice === item.voice ? 'Voice right' : 'Voice'}: the data records it as the words of {item.voiceText}. {kind === item.kind ? 'Kind right' : 'Kind'}: the data records it as{' '}
                  {/^[aeiou]/.test(kindLabel(item.kind)) ? 'an' : 'a'} {kindLabel(item.kind)}.
                </>
              }
            >
              <QuoteBlock claim={item} />
              <span className={`${styles.choices} no-print`}>
                <Choice label="Whose voice?" answer={`voice-${item.key}`} placeholder="Choose a voice" options={activity.voices} value={voice} set={set} />{' '}
                <Choice label="What kind of claim?" answer={`kind-${item.key}`} placeholder="Choose a kind" options={activity.kinds} value={kind} set={set} />
              </span>
              <Blank label="Whose voice" wide />
              <Blank label="Kind of claim" />
            </ActivityItem>
          );
        })}
      </ol>
      <Score right={right} total={activity.items.length} checked={checked} />
    </>
  );
}
