/**
 * Compare the counts: the student builds the table of every account of one figure (the number,
 * the qualifier, whose figure), checks it against the data, then answers why the accounts
 * differ. That question has no key: after the check the page lists what the data records about
 * each account, the material an answer can use.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { CompareActivity, CountItem } from './types';
import { Blank, Choice, Feedback, QuoteBlock, Score, type KindProps, ActivityItem } from './common';
import styles from './styles.module.css';

export const compareKeys = (a: CompareActivity) => [...a.items.flatMap((i) => [`number-${i.key}`, `qualifier-${i.key}`, `voice-${i.key}`]), 'why'];

/** Whether the number written matches the data's reading: empty for a figure given only in words. */
export function numberMatches(item: Pick<CountItem, 'number' | 'upTo'>, written: string): boolean {
  const text = written.trim().replace(/[\s,’']/g, '');
  if (item.number === undefined) return text === '';
  if (item.upTo !== undefined) return text === `${item.number}-${item.upTo}` || text === `${item.number}–${item.upTo}`;
  return text !== '' && Number(text) === item.number;
}

export default function CompareCounts({ activity, answers, checked, set }: KindProps<CompareActivity>): ReactNode {
  const label = (options: { id: string; label: string }[], id: string) => options.find((o) => o.id === id)?.label ?? id;
  let right = 0;
  return (
    <>
      <p>
        The figure: <strong>{activity.propertyLabel}</strong>, <Link to={activity.event.href}>{activity.event.name}</Link> ({activity.event.dateLabel}).
      </p>
      <ol className={styles.items}>
        {activity.items.map((item) => {
          const number = answers[`number-${item.key}`] ?? '';
          const qualifier = answers[`qualifier-${item.key}`] ?? '';
          const voice = answers[`voice-${item.key}`] ?? '';
          const ok = { number: numberMatches(item, number), qualifier: qualifier === item.qualifier, voice: voice === item.voice };
          const all = ok.number && ok.qualifier && ok.voice;
          if (all) right += 1;
          return (
            <ActivityItem
              key={item.key}
              itemKey={item.key}
              legend={<>Account {item.key}</>}
              checked={checked}
              right={all}
              feedback={
                <>
                  The data reads “{item.raw}” as {item.number === undefined ? 'no number in figures' : item.upTo !== undefined ? `${item.number}–${item.upTo}` : String(item.number)}
                  {ok.number ? ' (your number is right)' : ''}, qualifier “{label(activity.qualifiers, item.qualifier)}”{ok.qualifier ? ' (right)' : ''}, the figure of {item.voiceText}
                  {ok.voice ? ' (right)' : ''}.
                </>
              }
            >
              <QuoteBlock claim={item} />
              <span className={`${styles.choices} no-print`}>
                <label>
                  Number <input type="text" inputMode="decimal" size={8} value={number} data-answer={`number-${item.key}`} onChange={(e) => set(`number-${item.key}`, e.target.value)} />
                </label>{' '}
                <Choice label="Qualifier" answer={`qualifier-${item.key}`} placeholder="Choose a qualifier" options={activity.qualifiers} value={qualifier} set={set} />{' '}
                <Choice label="Whose figure?" answer={`voice-${item.key}`} placeholder="Choose a voice" options={activity.voices} value={voice} set={set} />
              </span>
              <Blank label="Number" />
              <Blank label="Qualifier" />
              <Blank label="Whose figure" wide />
            </ActivityItem>
          );
        })}
      </ol>
      <Score right={right} total={activity.items.length} checked={checked} />
      <section className={styles.question} aria-labelledby="why-heading">
        <h2 id="why-heading" className={styles.smallHeading}>
          The course’s question
        </h2>
        <label className={styles.block}>
          {activity.question}
          <textarea className="no-print" rows={5} value={answers.why ?? ''} maxLength={4000} data-answer="why" onChange={(e) => set('why', e.target.value)} />
        </label>
        <div className={`${styles.printOnly} ${styles.writingSpace}`} aria-hidden="true" />
        {checked ? (
          <div className="no-print" data-testid="why-material">
            <p>This question has no answer key. What the data records about each account, for your answer:</p>
            <ul>
              {activity.items.map((item) => (
                <li key={item.key}>
                  Account {item.key}: {item.source.short} ({item.perspective}
                  {item.issued ? `, published ${item.issued}` : ', publication date not confirmed'}), {item.region === 'caption' ? 'in a caption' : item.where}; the figure of {item.voiceText}.
                </li>
              ))}
            </ul>
          </div>
        ) : null}
      </section>
    </>
  );
}
