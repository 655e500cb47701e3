/**
 * /teach/<module>/activities: the module's activities with their answer keys, for the teacher
 * and for printing. Every answer is the data's (dates, voices, kinds, figures, places, disputes
 * links); the open question of "Compare the counts" has none, and the page says so.
 */
import React, { type ReactNode } from 'react';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import TeacherBanner from '../teacher/TeacherBanner';
import type { Activity } from './types';
import { KazakhstanMap } from './MapIt';
import styles from './styles.module.css';

const slugOf = (a: Activity) => a.id.split('/').at(-1)!;

/** An answer key as a table: a header row, then one row per item of the worksheet. */
function KeyTable({ headers, rows }: { headers: string[]; rows: { key: string; cells: ReactNode[] }[] }): ReactNode {
  return (
    <table className={styles.keyTable}>
      <thead>
        <tr>
          {headers.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, n) => (
              <td key={n}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Key({ activity: a }: { activity: Activity }): ReactNode {
  switch (a.kind) {
    case 'order':
      return (
        <>
          <p>In date order (the earliest first day first). Events whose date ranges overlap may go in either order.</p>
          <ol>
            {[...a.items]
              .sort((x, y) => x.earliest.localeCompare(y.earliest) || x.latest.localeCompare(y.latest))
              .map((i) => (
                <li key={i.key}>
                  <Link to={i.href}>{i.title}</Link>: {i.dateLabel} (event {i.key} on the worksheet)
                </li>
              ))}
          </ol>
        </>
      );
    case 'who-says':
      return (
        <KeyTable
          headers={['Quotation', 'Voice', 'Kind']}
          rows={a.items.map((i) => ({
            key: i.key,
            cells: [
              <>
                {i.key}.{' '}
                <Link to={i.href}>
                  {i.source.short}, {i.where}
                </Link>
              </>,
              i.voiceText,
              a.kinds.find((k) => k.id === i.kind)?.label,
            ],
          }))}
        />
      );
    case 'compare-counts':
      return (
        <>
          <KeyTable
            headers={['Account', 'As printed', 'Number', 'Qualifier', 'Whose figure']}
            rows={a.items.map((i) => ({
              key: i.key,
              cells: [
                <>
                  {i.key}. <Link to={i.href}>{i.source.short}</Link> ({i.perspective}; {i.region === 'caption' ? 'a caption' : i.where})
                </>,
                i.raw,
                i.number === undefined ? 'none in figures' : i.upTo !== undefined ? `${i.number}–${i.upTo}` : i.number,
                a.qualifiers.find((q) => q.id === i.qualifier)?.label,
                i.voiceText,
              ],
            }))}
          />
          <p>The question “{a.question}” has no key: the data records who gives each figure and how, not why they differ.</p>
        </>
      );
    case 'weigh':
      return (
        <>
          <p>
            The claim: the words of {a.claim.voiceText} (<Link to={a.claim.href}>{a.claim.source.short}</Link>).
          </p>
          <ul>
            {a.items.map((i) => (
              <li key={i.key}>
                Evidence {i.key} (<Link to={i.href}>{i.voiceText}</Link>): <strong>{i.side}</strong>. {i.because}
              </li>
            ))}
          </ul>
        </>
      );
    case 'map':
      return (
        <>
          <KazakhstanMap activity={a} marks={Object.fromEntries(a.places.map((p) => [p.id, a.items.filter((i) => i.places.includes(p.id)).map((i) => i.key)]))} />
          <ul>
            {a.items.map((i) => (
              <li key={i.key}>
                {i.key}. <Link to={i.href}>{i.title}</Link>: {i.places.map((id) => a.places.find((p) => p.id === id)?.name).join(' or ')}
              </li>
            ))}
          </ul>
        </>
      );
  }
}

export default function ActivityKeys({ data }: { data: { module: { id: string; title: string; permalink?: string }; activities: Activity[] } }): ReactNode {
  const { module, activities } = data;
  return (
    <Layout title={`Activities and answer keys: ${module.title}`} description={`The activities of the module “${module.title}” with their answer keys, for teachers.`}>
      <main className={`container margin-vert--lg ${styles.page}`}>
        <p className={`${styles.crumbs} no-print`}>
          <Link to="/teach">For teachers</Link> › {module.title} ·{' '}
          <button type="button" className="button button--sm button--primary" onClick={() => window.print()}>
            Print the answer keys
          </button>
        </p>
        <Heading as="h1">Activities and answer keys: {module.title}</Heading>
        <TeacherBanner />
        {activities.length === 0 ? <p>The records this module’s lessons use are too few for any activity.</p> : null}
        {activities.map((a) => (
          <section key={a.id} className={styles.keySection} aria-labelledby={slugOf(a)}>
            <Heading as="h2" id={slugOf(a)}>
              {a.title}
            </Heading>
            <p className="no-print">
              <Link to={a.permalink}>The activity as students see it</Link> (print it there as a worksheet, without answers).
            </p>
            <Key activity={a} />
          </section>
        ))}
      </main>
    </Layout>
  );
}
