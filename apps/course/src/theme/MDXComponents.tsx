/**
 * Every lesson can use the course's components without importing them. The theme's own map is
 * rebuilt here from its parts, without its admonitions, its `<details>` and Mermaid: no page of the
 * course uses them, and the theme's map put their components (and the collapsible they share)
 * in every page's chunks. A page that uses one stops the build (`notInTheCourse`).
 */
import React, { type ComponentProps, type ReactNode } from 'react';
import Head from '@docusaurus/Head';
import MDXCode from '@theme/MDXComponents/Code';
import MDXA from '@theme/MDXComponents/A';
import MDXPre from '@theme/MDXComponents/Pre';
import MDXHeading from '@theme/MDXComponents/Heading';
import MDXUl from '@theme/MDXComponents/Ul';
import MDXLi from '@theme/MDXComponents/Li';
import MDXImg from '@theme/MDXComponents/Img';
import { ClaimQuote, EventDate, Figure, Quote, RecordLink, SourceFact, Spellings } from '@site/src/components/kz/Inline';
import { CompareAccounts, EventCard, SourceCard } from '@site/src/components/kz/Cards';
import { Challenge, Check, CourseNote, Discussion, SelfCheck, Solution } from '@site/src/components/kz/Lesson';
import Timeline from '@site/src/components/kz/Timeline';
import Excerpt from '@site/src/components/plans/Excerpt';

type HeadingProps = Omit<ComponentProps<typeof MDXHeading>, 'as'>;

/** A component the theme offers and the course leaves out: using it stops the build instead of rendering something else. */
const notInTheCourse = (name: string) =>
  function NotInTheCourse(): ReactNode {
    throw new Error(`${name} in MDX: src/theme/MDXComponents.tsx leaves the theme's ${name} out; put it back to use it`);
  };

export default {
  Head,
  details: notInTheCourse('<details>'),
  Details: notInTheCourse('<Details>'),
  code: MDXCode,
  a: MDXA,
  pre: MDXPre,
  ul: MDXUl,
  li: MDXLi,
  img: MDXImg,
  h1: (props: HeadingProps) => <MDXHeading as="h1" {...props} />,
  h2: (props: HeadingProps) => <MDXHeading as="h2" {...props} />,
  h3: (props: HeadingProps) => <MDXHeading as="h3" {...props} />,
  h4: (props: HeadingProps) => <MDXHeading as="h4" {...props} />,
  h5: (props: HeadingProps) => <MDXHeading as="h5" {...props} />,
  h6: (props: HeadingProps) => <MDXHeading as="h6" {...props} />,
  admonition: notInTheCourse('an admonition (:::note and the like)'),
  mermaid: notInTheCourse('a Mermaid diagram'),
  ClaimQuote,
  EventDate,
  Figure,
  Quote,
  RecordLink,
  SourceFact,
  Spellings,
  CompareAccounts,
  EventCard,
  SourceCard,
  Timeline,
  Excerpt,
  Challenge,
  Check,
  CourseNote,
  Discussion,
  SelfCheck,
  Solution,
};
