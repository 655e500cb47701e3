/** Every lesson can use the course's components without importing them. */
import MDXComponents from '@theme-original/MDXComponents';
import { ClaimQuote, EventDate, Figure, Quote, RecordLink, SourceFact, Spellings } from '@site/src/components/kz/Inline';
import { CompareAccounts, EventCard, SourceCard } from '@site/src/components/kz/Cards';
import { Challenge, Check, CourseNote, Discussion, SelfCheck, Solution } from '@site/src/components/kz/Lesson';
import Timeline from '@site/src/components/kz/Timeline';
import Excerpt from '@site/src/components/plans/Excerpt';

export default {
  ...MDXComponents,
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
