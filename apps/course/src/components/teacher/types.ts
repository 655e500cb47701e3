/**
 * What the teacher pages receive, computed at build time by plugins/teacher from the lessons'
 * front matter and @kzprotest/data. Citations are citation-js output, never typed by hand.
 */
import type { ClaimView, EventSummaryView, SourceView } from '@site/plugins/kzdata/views/index';
import type { ActivitySummary } from '../activities/types';

/** A bibliography entry in one style, as citeproc's HTML and as plain text. */
export interface Formatted {
  html: string;
  text: string;
}

export interface CitationSet {
  apa: Formatted;
  chicago: Formatted;
}

/** A CSL-JSON item as citation-js normalises it. */
export type CslJson = Record<string, unknown> & { id: string; title?: string };

/** A source with everything a reading list, a handout and a download need. */
export interface ReadingView extends SourceView, CitationSet {
  csl: CslJson;
  bibtex: string;
  ris: string;
}

/** A lesson as the teacher tools see it: its front matter and its address. */
export interface LessonSummary {
  /** The docs id, e.g. "01-oil-labour-2011-strike/strike-and-shooting"; permanent in share links. */
  id: string;
  title: string;
  permalink: string;
  module: string;
  questions: string[];
  objectives: string[];
  keypoints: string[];
  time: number;
  readings: string[];
  contentWarning: string[];
  contentNote?: string;
  /** The lesson's self-checks with the answers the data gives (for the cartridge's quiz). */
  selfChecks?: SelfCheck[];
}

/** A self-check question of a lesson and its answer from the data, in words. */
export interface SelfCheck {
  question: string;
  /** The claim's quote and whose words it is, or the event's date and title. */
  answer: string;
}

export interface ModuleSummary {
  /** The folder name, e.g. "01-oil-labour-2011-strike". */
  id: string;
  /** The URL segment of its teacher pages, e.g. "oil-labour-2011-strike". */
  slug: string;
  title: string;
  /** The module's overview page, when it has one. */
  permalink?: string;
  /** The teacher guide (teach/<module>/guide.mdx, at /teach/guides/<module>), when it exists. */
  guide?: string;
  lessons: LessonSummary[];
  /** Source ids in the order the lessons first use them. */
  readings: string[];
}

/** A module as the home page lists it (the teacher plugin's global data). */
export interface HomeModule {
  title: string;
  /** The module's overview page. */
  path: string;
  /** Its line on the home page: the `about` of its overview's front matter. */
  about: string;
}

/** Teacher pages' paths for a module. */
export const teachPaths = (slug: string) => ({
  readings: `/teach/${slug}/readings`,
  handout: `/teach/${slug}/handout`,
});

/** The catalogue the assignment builder chooses from. */
export interface Catalogue {
  modules: ModuleSummary[];
  /** Every source of the data package, by id. */
  readings: Record<string, ReadingView>;
  /** Every activity of the course (plugins/activities); a catalogue without them offers none. */
  activities?: ActivitySummary[];
}

/** What a lesson page gets for its "Assign this" and "Cite this lesson" boxes. */
export interface LessonTeacherExtras {
  readings: ReadingView[];
  /** The lesson's own citation; its URL is `placeholder` until the page knows its address. */
  cite: CitationSet & { csl: CslJson; placeholder: string };
}

/** One lesson as its module's teacher guide shows it (read from the lesson file at build time). */
export interface GuideLesson {
  title: string;
  href: string;
  time: number;
  objectives: string[];
  questions: string[];
  contentWarning: string[];
  readings: { id: string; title: string; href: string; minutes: number; warnings: string[] }[];
  /** The lesson's own discussion prompts (the course's questions). */
  discussion: string[];
  /** Its self-check questions with the answer from the data. */
  answers: { question: string; claim?: ClaimView; event?: EventSummaryView }[];
}

/** What `<ModuleGuide />` receives. */
export interface GuideData {
  module: string;
  slug: string;
  title: string;
  lessons: GuideLesson[];
}
