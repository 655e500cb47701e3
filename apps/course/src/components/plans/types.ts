/**
 * What the lesson-plan pages, the document excerpts and the sourcing organisers receive,
 * computed at build time (plugins/teacher/plan.ts) from the lessons' front matter and
 * @kzprotest/data. Every fact in them is a field of a record.
 */
import type { ClaimView, EventSummaryView } from '@site/plugins/kzdata/views/index';
import type { LessonPlanFields } from '../../../plugins/kzdata/lessonPlan';

/** A glossary entry a passage uses, with where the glossary explains it. */
export interface GlossaryHelp {
  term: string;
  definition: string;
  href: string;
}

/** Who wrote a passage, where and when, as the source record gives it: the head note's facts. */
export interface HeadNote {
  sourceTitle: string;
  sourceHref: string;
  /** Authors as the record names them; empty when it names none. */
  authors: string[];
  /** Set when the record marks the author as not confirmed. */
  authorUnconfirmed?: string;
  publisher: string;
  containerTitle?: string;
  /** The date in words, when the record has one. */
  issued?: string;
  /** Set when the record marks the date as not confirmed. */
  issuedUnconfirmed?: string;
  perspective: string;
  /** A republication: the original's publisher and date in words. */
  original?: { publisher: string; issued?: string; title: string };
}

/** One key passage of a lesson: the verbatim quote, its head note and the glossary's help. */
export interface ExcerptData {
  claim: ClaimView;
  headNote: HeadNote;
  glossary: GlossaryHelp[];
  /** Where the source's sourcing organiser is. */
  organiser: string;
}

/** A reading of a lesson, with its reading time and its sourcing organiser. */
export interface PlanReading {
  id: string;
  title: string;
  href: string;
  minutes: number;
  organiser: string;
}

/** What a lesson plan page shows: the lesson's front matter, its plan fields and its records. */
export interface PlanData {
  lesson: {
    title: string;
    href: string;
    time: number;
    questions: string[];
    objectives: string[];
    keypoints: string[];
    contentWarning: string[];
    contentNote?: string;
    readings: PlanReading[];
  };
  plan: LessonPlanFields;
  /** The lesson's discussion prompts (the course's questions). */
  discussion: string[];
  /** Its self-check questions with the answer the data gives. */
  answers: { question: string; claim?: ClaimView; event?: EventSummaryView }[];
  /** Its key passages (the lesson's `<Excerpt>`s), in lesson order. */
  excerpts: { claim: ClaimView }[];
  /** Background for the teacher: the events the lesson shows, and every figure it quotes. */
  background: { events: (EventSummaryView & { summary: string })[]; figures: ClaimView[] };
}

/** A source record's answer to a sourcing question, or what keeps it unconfirmed. */
export interface RecordAnswer {
  question: string;
  /** The record's value, in words; absent when the record has none. */
  value?: string;
  /** Why the record does not confirm the value. */
  unconfirmed?: string;
}

/** A sourcing organiser: the record's answers filled in, the rest left as questions. */
export interface OrganiserData {
  id: string;
  title: string;
  href: string;
  fromRecord: RecordAnswer[];
  perspective: { label: string; note: string };
  /** Every field the record marks as not confirmed, in plain words, with why. */
  unconfirmed: { what: string; note: string }[];
  /** The lessons that assign this reading. */
  lessons: { title: string; href: string }[];
}
