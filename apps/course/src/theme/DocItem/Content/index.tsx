/**
 * A lesson page: content warning, questions, objectives and readings before the body, key
 * points after it. The boxes come from the lesson's front matter, checked at build time.
 */
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type { Props } from '@theme/DocItem/Content';
import { LessonFooter, LessonHeader } from '@site/src/components/kz/Lesson';
import type { SourceView } from '@site/src/kz/types';

interface LessonFrontMatter {
  kind?: 'lesson' | 'page';
  questions: string[];
  objectives: string[];
  keypoints: string[];
  time: number;
  contentWarning?: string[];
  contentNote?: string;
  kz?: { readingCards: SourceView[] };
}

export default function DocItemContent({ children }: Props): ReactNode {
  const { metadata, frontMatter, contentTitle } = useDoc();
  const fm = frontMatter as unknown as LessonFrontMatter;
  const syntheticTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  const lesson = fm.kind !== 'page' && Array.isArray(fm.objectives);
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      {lesson ? (
        <LessonHeader
          questions={fm.questions}
          objectives={fm.objectives}
          time={fm.time}
          readings={fm.kz?.readingCards ?? []}
          contentWarning={fm.contentWarning}
          contentNote={fm.contentNote}
        />
      ) : null}
      <MDXContent>{children}</MDXContent>
      {lesson ? <LessonFooter keypoints={fm.keypoints} /> : null}
    </div>
  );
}
