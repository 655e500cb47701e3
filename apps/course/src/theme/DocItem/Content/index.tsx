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
import type { SourceView } from '@site/plugins/kzdata/views/index';
import LessonTeacherTools from '@site/src/components/teacher/LessonTeacherTools';
import TeacherBanner from '@site/src/components/teacher/TeacherBanner';
import type { LessonTeacherExtras } from '@site/src/components/teacher/types';
import { isLesson } from '@site/src/course';

interface LessonFrontMatter {
  kind?: 'lesson' | 'page' | 'teacher';
  questions: string[];
  objectives: string[];
  keypoints: string[];
  time: number;
  contentWarning?: string[];
  contentNote?: string;
  kz?: { readingCards: SourceView[]; teacher?: LessonTeacherExtras };
}

export default function DocItemContent({ children }: Props): ReactNode {
  const { metadata, frontMatter, contentTitle } = useDoc();
  const fm = frontMatter as unknown as LessonFrontMatter;
  const syntheticTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  const lesson = isLesson(frontMatter);
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
        </header>
      )}
      {fm.kind === 'teacher' ? <TeacherBanner /> : null}
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
      {lesson && fm.kz?.teacher ? (
        <LessonTeacherTools title={metadata.title} permalink={metadata.permalink} id={metadata.id} questions={fm.questions} extras={fm.kz.teacher} />
      ) : null}
    </div>
  );
}
