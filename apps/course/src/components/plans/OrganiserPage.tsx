/**
 * /organisers/<source>: a sourcing organiser in the manner of Reading Like a Historian's
 * Historical Thinking Chart. What the source record holds is filled in (and what it cannot
 * confirm, said so); what no record holds (audience, purpose, reliability, context,
 * corroboration, close reading) is left to students as questions with sentence starters and
 * room to write. Printable; it holds no answers.
 */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import type { OrganiserData } from './types';
import styles from './styles.module.css';

interface Prompt {
  id: string;
  skill: string;
  question: string;
  starters: string[];
}

// the course's questions, the same for every reading: the record cannot answer them
const OPEN_QUESTIONS: Prompt[] = [
  { id: 'audience', skill: 'Sourcing', question: 'Audience: who do you think this text was written for? What in the text tells you?', starters: ['The text seems to be written for … because …', 'A reader would need to know … to follow it, so …'] },
  { id: 'purpose', skill: 'Sourcing', question: 'Purpose: why might it have been written? What does it want its readers to think or do?', starters: ['The writer wants readers to …', 'I think so because the text says …'] },
  { id: 'reliability', skill: 'Sourcing', question: 'Reliability: how far can you trust it about the events it describes, and for what?', starters: ['This source is useful for … because …', 'I would trust it less for … because …', 'What the record could not confirm matters here because …'] },
  { id: 'context', skill: 'Contextualisation', question: 'What else was happening when it was written? How long after the events it describes was it written?', starters: ['When this was written, …', 'Because it was written after …, the writer could / could not …'] },
  { id: 'corroboration', skill: 'Corroboration', question: 'What do the other sources say about the same events? Where do they agree, and where not?', starters: ['Like …, this source says …', 'Unlike …, this source …', 'Only this source mentions …'] },
  { id: 'close-reading', skill: 'Close reading', question: 'Which words does the text use for the events? Whose words does it quote, and which are its own?', starters: ['The text uses the word … which suggests …', 'When it says …, the text is reporting …’s words, not its own.'] },
];

/** Lines to write on: drawn, not read out. */
function AnswerSpace(): ReactNode {
  return <div className={styles.answerSpace} aria-hidden="true" />;
}

export default function OrganiserPage({ data }: { data: OrganiserData }): ReactNode {
  return (
    <Layout title={`Sourcing organiser: ${data.title}`} description={`A sourcing organiser for “${data.title}”: what its record says, and questions for students.`}>
      <main className={`container margin-vert--lg ${styles.organiser}`}>
        <Heading as="h1">Sourcing organiser: {data.title}</Heading>
        <p>
          Read <Link to={data.href}>the source</Link>, then work through this sheet. The first part is filled in from the
          course’s record of the source; the second part is yours.
          {data.lessons.length > 0 ? (
            <>
              {' '}Lessons that use this reading:{' '}
              {data.lessons.map((l, i) => (
                <React.Fragment key={l.href}>
                  {i > 0 ? ', ' : ''}
                  <Link to={l.href}>{l.title}</Link>
                </React.Fragment>
              ))}
              .
            </>
          ) : null}
        </p>
        <p className={styles.worksheetName}>Name: ____________________ Date: ____________</p>

        <section aria-labelledby="from-record">
          <Heading as="h2" id="from-record">
            What the record says
          </Heading>
          <table className={`${styles.table} ${styles.recordTable} table-cards`}>
            <thead>
              <tr>
                <th scope="col">Sourcing question</th>
                <th scope="col">From the record</th>
              </tr>
            </thead>
            <tbody>
              {data.fromRecord.map((a) => (
                <tr key={a.question} data-field={a.question}>
                  <th scope="row" data-label="Sourcing question">
                    {a.question}
                  </th>
                  <td data-label="From the record">
                    {a.value ?? 'The record gives none.'}
                    {a.unconfirmed ? (
                      <span className={styles.unconfirmed}>
                        <strong>Not confirmed</strong>: {a.unconfirmed}
                      </span>
                    ) : null}
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row" data-label="Sourcing question">
                  What kind of text is it?
                </th>
                <td data-label="From the record">
                  {data.perspective.label}: {data.perspective.note}
                </td>
              </tr>
            </tbody>
          </table>
          <Heading as="h3" id="unconfirmed">
            What the course could not confirm
          </Heading>
          {data.unconfirmed.length ? (
            <ul>
              {data.unconfirmed.map((u) => (
                <li key={u.what + u.note}>
                  <strong>{u.what}</strong>: {u.note}
                </li>
              ))}
            </ul>
          ) : (
            <p>The record marks nothing as unconfirmed.</p>
          )}
        </section>

        <section aria-labelledby="your-questions">
          <Heading as="h2" id="your-questions">
            Questions no record answers
          </Heading>
          <p className={styles.muted}>Questions from the course. There is no single right answer: give a reason from the text for each.</p>
          <ol className={styles.openQuestions}>
            {OPEN_QUESTIONS.map((q) => (
              <li key={q.id} data-question={q.id}>
                <p>
                  <strong>{q.skill}.</strong> {q.question}
                </p>
                <p className={styles.starters}>Sentence starters: {q.starters.map((s) => `“${s}”`).join(' · ')}</p>
                <AnswerSpace />
              </li>
            ))}
          </ol>
        </section>
        <p className={`${styles.muted} ${styles.noPrint}`}>
          <button type="button" className="button button--secondary button--sm" onClick={() => window.print()}>
            Print this organiser
          </button>
        </p>
      </main>
    </Layout>
  );
}
