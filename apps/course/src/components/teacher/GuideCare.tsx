/**
 * The course's advice to teachers on distressing material and on students with a personal
 * connection to the events. It is the course's own guidance, not something the sources say,
 * and is labelled so; the warnings it refers to come from the lessons and the sources' records.
 */
import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

export default function GuideCare({ children }: { children?: ReactNode }): ReactNode {
  return (
    <section className={styles.guide} aria-labelledby="care">
      <Heading as="h2" id="care">
        Distressing material and personal connections
      </Heading>
      <p className={styles.muted}>Advice from the course, not from the sources.</p>
      {children}
      <Heading as="h3" id="distressing-material">
        Handling distressing material
      </Heading>
      <ul>
        <li>
          Read the lessons and readings yourself first. The table above gives each lesson’s content warnings; each
          reading’s own warnings are on the reading list.
        </li>
        <li>
          Give the warning before the reading, not after it, and point the class to the{' '}
          <Link to="/course/orientation/class-agreements">class agreements</Link>: anyone may step out and come back
          without giving a reason.
        </li>
        <li>
          Have an alternative ready. The source work of a lesson (who wrote this, when, from where, what others say) can
          be done with another reading of the module; the reading list shows which carry fewer warnings.
        </li>
        <li>
          Stay with the sources’ words: give a figure with who gives it and how it is worded, and go no further into
          detail than the lesson quotes. No re-enactment or role play of violence.
        </li>
        <li>
          End calmly: leave a few minutes for the key points rather than stopping on the hardest quotation, and tell
          students who they can talk to at school if something stays with them.
        </li>
      </ul>
      <Heading as="h3" id="personal-connections">
        Students with a personal connection to the events
      </Heading>
      <ul>
        <li>
          Some students may have family, friends or a community connected to the places, the work or the people the
          sources describe, or to similar events elsewhere. Do not ask anyone to speak for a country, a town or a group,
          and do not ask for personal experiences.
        </li>
        <li>
          If a student wants to share, let them choose when and how much; offer a private conversation or a written
          reply to you alone as well as class discussion.
        </li>
        <li>
          The sources describe people prosecuted for what they said and wrote. Do not record class discussions or
          publish students’ views with their names; let students write anonymously if they prefer.
        </li>
        <li>
          A student may hold or repeat the official account. The course shows the official account as one account among
          others, with who gives it; treat a student’s view the same way, by asking which source supports it.
        </li>
      </ul>
    </section>
  );
}
