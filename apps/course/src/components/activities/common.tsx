/** Pieces every activity uses: a quoted claim, the feedback line, the worksheet's answer space. */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { flowText } from '../kz/data';
import type { QuotedClaim } from './types';
import styles from './styles.module.css';

/** Props every kind's component receives from the page. */
export interface KindProps<A> {
  activity: A;
  answers: Record<string, string>;
  checked: boolean;
  set: (key: string, value: string) => void;
}

/** The verbatim quotation with its source line. The link goes to the source, not to the claim, whose page would give the answer. */
export function QuoteBlock({ claim, label }: { claim: QuotedClaim; label?: string }): ReactNode {
  return (
    <figure className={styles.quote}>
      {label ? <p className={styles.itemLabel}>{label}</p> : null}
      <blockquote>{flowText(claim.quote)}</blockquote>
      <figcaption>
        <Link to={claim.source.href}>{claim.source.short}</Link>, {claim.where}
      </figcaption>
    </figure>
  );
}

/** What the check says of one answer: right, or what the data records. */
export function Feedback({ id, right, children }: { id: string; right: boolean; children: ReactNode }): ReactNode {
  return (
    <p id={id} className={`${styles.feedback} ${right ? styles.right : styles.wrong}`} data-feedback={right ? 'right' : 'wrong'}>
      <strong>{right ? 'Right.' : 'Not quite.'}</strong> {children}
    </p>
  );
}

/**
 * One item of an activity: a fieldset holding the quotation and the student's controls (and the
 * blanks a printed worksheet shows), then the feedback from the data once the page is checked.
 */
export function ActivityItem({
  itemKey,
  legend,
  checked,
  right,
  feedback,
  children,
}: {
  itemKey: string;
  legend: ReactNode;
  checked: boolean;
  right: boolean;
  feedback: ReactNode;
  children: ReactNode;
}): ReactNode {
  return (
    <li className={styles.item} data-item={itemKey}>
      <fieldset className={styles.fieldset} aria-describedby={checked ? `feedback-${itemKey}` : undefined}>
        <legend className={styles.itemLabel}>{legend}</legend>
        {children}
      </fieldset>
      {checked ? (
        <Feedback id={`feedback-${itemKey}`} right={right}>
          {feedback}
        </Feedback>
      ) : null}
    </li>
  );
}

/** A line to write on, only on paper. */
export function Blank({ label, wide = false }: { label: string; wide?: boolean }): ReactNode {
  return (
    <span className={`${styles.printOnly} ${styles.blank} ${wide ? styles.blankWide : ''}`}>
      {label}: <span className={styles.line} aria-hidden="true" />
    </span>
  );
}

/** The score line of a check, read out by screen readers when it appears. */
export function Score({ right, total, checked }: { right: number; total: number; checked: boolean }): ReactNode {
  return (
    <p role="status" className={`${styles.score} no-print`} data-testid="score">
      {checked ? `${right} of ${total} right, checked against the data.` : ''}
    </p>
  );
}

/** A native select of one answer: the keyboard and screen readers work it as any form field. */
export function Choice({
  label,
  answer,
  placeholder,
  options,
  value,
  set,
  describedBy,
}: {
  label: string;
  /** The answer's key in the address. */
  answer: string;
  placeholder: string;
  options: readonly { id: string; label: string }[];
  value: string;
  set: (key: string, value: string) => void;
  describedBy?: string;
}): ReactNode {
  return (
    <label>
      {label}{' '}
      <select value={value} data-answer={answer} aria-describedby={describedBy} onChange={(e) => set(answer, e.target.value)}>
        <option value="">{placeholder}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}
