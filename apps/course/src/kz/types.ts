/**
 * The shapes the course's components receive. They are built at build time from
 * @kzprotest/data (plugins/kzdata/views.ts) and passed to a page as JSON, so a page ships
 * only the records it shows, never the whole dataset.
 */

import type { Claim, EventRole, FigureProperty, Source } from '@kzprotest/data';

/** A record named and linked: what a page needs to point at another record. */
export interface RecordLink {
  id: string;
  name: string;
  href: string;
}

export interface FigureView {
  property: FigureProperty;
  value?: number;
  min?: number;
  max?: number;
  qualifier: string;
  unit: string;
  /** The unit as read after the number ("person" for 1, "%" for percent), with its leading space. */
  unitText: string;
  /** The words as printed. */
  raw: string;
  /** Qualifier, number and unit for running text, e.g. "at least 16 people". */
  text: string;
}

/** One claim with its source and who claims it. */
export interface ClaimView {
  id: string;
  /** Where the claim is shown with its quote: its source's page, at the claim. */
  href: string;
  quote: string;
  region: string;
  start: number;
  end: number;
  /** Where the quote stands in its source, in words: "paragraph 4 of 12", "a caption". */
  where: string;
  kind: Claim['kind'];
  summary?: string;
  source: RecordLink & { short: string };
  /** Whose voice it is, outermost first; empty when it is the source's own. */
  claimants: RecordLink[];
  figure?: FigureView;
  /** The claims that contradict this one, each with its own words and voice: wherever one side is shown, so is the other. */
  disputedBy?: ClaimView[];
}

export interface SourceView {
  id: string;
  href: string;
  title: string;
  subtitle?: string;
  authors: string[];
  containerTitle?: string;
  publisher: string;
  issued?: string;
  /** The address of the text we hold, only when it is verified. */
  url?: string;
  original?: {
    title: string;
    subtitle?: string;
    authors: string[];
    issued?: string;
    publisher: string;
    containerTitle?: string;
    /** Only when verified. */
    url?: string;
    note?: string;
  };
  copies: { url: string; note: string }[];
  perspective: string;
  perspectiveNote: string;
  readingMinutes: number;
  wordCount: number;
  contentWarnings: Source['contentWarnings'];
  /** For the data's users ("About this data"): each unverified field and why. */
  unverified: { field: string; note: string }[];
  /** What is not confirmed, in plain words for students: "date not confirmed". */
  unconfirmed: string[];
  /** For the data's users: what the seed's lines are and what the maintainers noted about it. */
  seedNotes: string[];
  /** The full citation as one line of text. */
  citation: string;
  errata: { id: string; kind: string; quote: string; note: string }[];
}

export interface EventSummaryView {
  id: string;
  href: string;
  title: string;
  date: string;
  dateLabel: string;
  earliest: string;
  latest: string;
  type: string;
  typeLabel: string;
  places: RecordLink[];
  /** The event's places and every place they lie in, so that a filter by a region finds its towns. */
  within: string[];
  actors: (RecordLink & { role: EventRole })[];
  themes: RecordLink[];
  /** The sources contradict each other about it; the title names the question. */
  disputed: boolean;
}

export interface FigureGroupView {
  property: FigureProperty;
  accounts: ClaimView[];
}

export interface EventView extends EventSummaryView {
  summary: string;
  dateNote?: string;
  dateClaims: ClaimView[];
  partOf?: RecordLink;
  parts: RecordLink[];
  causes: RecordLink[];
  causedBy: RecordLink[];
  figures: FigureGroupView[];
  claims: ClaimView[];
  /** The warnings its text and quotes call for (the terms beside the labels in components/kz/data.ts). */
  contentWarnings: Source['contentWarnings'];
  /** For the data's users: the EDTF date and the other vocabularies' terms for its type. */
  mapping: { edtf: string; acled?: string; massMobilization?: string | null; cameo?: string | null };
}

export interface SpellingView {
  name: string;
  sources: RecordLink[];
}

export interface ActorView {
  id: string;
  href: string;
  name: string;
  kind: string;
  organizationType?: string;
  description?: string;
  spellings: SpellingView[];
  roles: { role: string; organization?: RecordLink; date?: string; claims: ClaimView[] }[];
  events: EventSummaryView[];
  claims: ClaimView[];
  contentWarnings: Source['contentWarnings'];
}

export interface PlaceView {
  id: string;
  href: string;
  name: string;
  kind: string;
  description?: string;
  spellings: SpellingView[];
  partOf?: RecordLink;
  contains: RecordLink[];
  coordinates?: { latitude: number; longitude: number; origin: string };
  events: EventSummaryView[];
  claims: ClaimView[];
  contentWarnings: Source['contentWarnings'];
}

export interface ThemeView {
  id: string;
  href: string;
  name: string;
  description: string;
  broader?: RecordLink;
  narrower: RecordLink[];
  events: EventSummaryView[];
  contentWarnings: Source['contentWarnings'];
}

/** Everything a timeline needs: the events and the choices of each filter. */
export interface TimelineData {
  events: EventSummaryView[];
  filters: {
    themes: RecordLink[];
    places: RecordLink[];
    actors: RecordLink[];
    types: { id: string; name: string }[];
  };
}

/** A page that stands for an id that moved or split. */
export interface RedirectView {
  id: string;
  kind: string;
  reason: string;
  date: string;
  to: RecordLink[];
}

/** The "How we know" page: what the course rests on, per source, and where the sources conflict. */
export interface HowWeKnowView {
  sources: {
    source: RecordLink & { short: string };
    perspective: string;
    coverage: { sentences: number; covered: number; skipped: number; percent: number };
    claimCount: number;
    kinds: { kind: Claim['kind']; count: number }[];
    voices: { voice: string; href?: string; count: number }[];
    errata: { id: string; kind: string; quote: string; note: string; evidence: { source: string; quote: string; note?: string }[] }[];
    unverified: { field: string; note: string }[];
  }[];
  disagreements: { about: RecordLink[]; sides: ClaimView[] }[];
  kindDefinitions: { kind: Claim['kind']; definition: string }[];
  attributedToDefinition: string;
}
