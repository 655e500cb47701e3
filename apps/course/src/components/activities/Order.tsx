/**
 * Put it in order: the student moves events up and down (buttons, so the keyboard and screen
 * readers do it as well as a mouse). An event counts as placed right when no event the data
 * dates wholly before it stands after it, and none dated wholly after stands before: two events
 * whose date ranges overlap (the same month, a year and a day in it) go in either order.
 */
import React, { useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { OrderActivity, OrderItem } from './types';
import { Blank, Feedback, Score, type KindProps } from './common';
import styles from './styles.module.css';

/** Answer keys this kind reads from the address. */
export const orderKeys = () => ['order'];

/** The student's order: the keys in the address, each once, then any left out, in the first order. */
export function placedOrder(items: readonly OrderItem[], answer: string | undefined): OrderItem[] {
  const byKey = new Map(items.map((i) => [i.key, i]));
  const listed = [...new Set((answer ?? '').split(','))].map((k) => byKey.get(k)).filter((i): i is OrderItem => Boolean(i));
  return [...listed, ...items.filter((i) => !listed.includes(i))];
}

/** The events placed on the wrong side of `item`: those the data dates wholly before it but put after, and the reverse. */
export function conflictsOf(order: readonly OrderItem[], index: number): OrderItem[] {
  const item = order[index]!;
  return order.filter((other, j) => (j > index && other.latest < item.earliest) || (j < index && item.latest < other.earliest));
}

export default function Order({ activity, answers, checked, set }: KindProps<OrderActivity>): ReactNode {
  const order = placedOrder(activity.items, answers.order);
  const [announcement, setAnnouncement] = useState('');
  const move = (index: number, by: -1 | 1) => {
    const next = [...order];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    set('order', next.map((i) => i.key).join(','));
    setAnnouncement(`“${item!.title}” is now number ${index + by + 1} of ${next.length}.`);
  };
  const right = order.filter((_, i) => conflictsOf(order, i).length === 0).length;
  return (
    <>
      <p className={styles.printOnly}>Number the events from 1 (the earliest) to {order.length} (the latest).</p>
      <ol className={styles.orderList} aria-label="Events, in the order you have put them">
        {order.map((item, i) => {
          const conflicts = conflictsOf(order, i);
          return (
            <li key={item.key} className={styles.item} data-item={item.key}>
              <span className={styles.itemTitle}>
                <span className={styles.printOnlyInline}>{item.key}. </span>
                {item.title}
              </span>
              <Blank label="Number" />
              <span className={`${styles.moves} no-print`}>
                <button type="button" className="button button--sm button--secondary" disabled={i === 0} aria-label={`Move “${item.title}” up`} onClick={() => move(i, -1)}>
                  Move up
                </button>{' '}
                <button type="button" className="button button--sm button--secondary" disabled={i === order.length - 1} aria-label={`Move “${item.title}” down`} onClick={() => move(i, 1)}>
                  Move down
                </button>
              </span>
              {checked ? (
                <Feedback id={`feedback-${item.key}`} right={conflicts.length === 0}>
                  The data dates it <Link to={item.href}>{item.dateLabel}</Link>.
                  {conflicts.length ? ` It belongs ${conflicts[0]!.latest < item.earliest ? 'after' : 'before'} “${conflicts[0]!.title}” (${conflicts[0]!.dateLabel}).` : ''}
                </Feedback>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className={styles.visuallyHidden} aria-live="polite">
        {announcement}
      </p>
      <Score right={right} total={order.length} checked={checked} />
    </>
  );
}
