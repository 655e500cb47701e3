/**
 * Self-check questions with the answer the data gives (the claim's figure and quote with its
 * voice, or the event's date): the key of a module's guide and of a lesson plan.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { flowText, voiceOf } from '../kz/data';
import type { GuideLesson } from './types';
import styles from './styles.module.css';

export function AnswerList({ answers }: { answers: GuideLesson['answers'] }): ReactNode {
  return (
    <ol>
      {answers.map((a) => (
        <li key={a.question}>
          <p className={styles.answerQuestion}>{a.question}</p>
          {a.claim ? (
            <p>
              {a.claim.figure ? <strong>{a.claim.figure.raw}: </strong> : null}“{flowText(a.claim.quote)}” ({voiceOf(a.claim)};{' '}
              <Link to={a.claim.href}>in the source</Link>)
            </p>
          ) : null}
          {a.event ? (
            <p>
              <strong>{a.event.dateLabel}</strong>: <Link to={a.event.href}>{a.event.title}</Link>
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
