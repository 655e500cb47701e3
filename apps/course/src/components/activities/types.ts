/**
 * What the activity pages receive, computed at build time by plugins/activities from the lessons
 * of a module and @kzprotest/data. Every date, quote, voice and figure here comes from the data;
 * only the instructions and questions are the course's words (`instructions`, `question`).
 */

/** The five kinds of activity, as their addresses spell them. */
export const activityKinds = ['order', 'who-says', 'compare-counts', 'weigh', 'map'] as const;
export type ActivityKind = (typeof activityKinds)[number];

/** The kinds' names as a student reads them. */
export const activityKindLabel: Record<ActivityKind, string> = {
  order: 'Put it in order',
  'who-says': 'Who says so?',
  'compare-counts': 'Compare the counts',
  weigh: 'Weigh the evidence',
  map: 'Map it',
};

/** A choice of a select: its value and its words. */
export interface Option {
  id: string;
  label: string;
}

/** A quoted claim as an activity shows it: the verbatim words and where they stand. */
export interface QuotedClaim {
  id: string;
  quote: string;
  /** The claim on its source's page. */
  href: string;
  source: { name: string; short: string; href: string };
  /** Where the quote stands in its source ("paragraph 4 of 12", "a caption"). */
  where: string;
}

interface ActivityBase {
  /** "<module folder>/<slug>", e.g. "02-counting-the-dead/order": permanent in share links. */
  id: string;
  kind: ActivityKind;
  title: string;
  module: { id: string; slug: string; title: string; permalink?: string };
  permalink: string;
  /** The teacher page with the answer key. */
  keyPermalink: string;
  /** The course's instructions, one paragraph each. */
  instructions: string[];
  /** What distressing material the activity's quotes and events discuss. */
  contentWarnings: string[];
}

export interface OrderItem {
  /** A letter, stable for the activity: what the share link and the worksheet call the item. */
  key: string;
  id: string;
  title: string;
  href: string;
  /** The date in words (formatEdtf of the package). */
  dateLabel: string;
  /** The first and last day the EDTF date allows (the package's dateRange). */
  earliest: string;
  latest: string;
}

export interface OrderActivity extends ActivityBase {
  kind: 'order';
  /** In the order the student first sees them (shuffled, never already in date order). */
  items: OrderItem[];
}

export interface WhoSaysItem extends QuotedClaim {
  key: string;
  /** The voice's option id: an actor id, or "own:<source id>" for the source's own voice. */
  voice: string;
  /** Whose words, with the chain of reporting, as the course words it everywhere (voiceOf). */
  voiceText: string;
  kind: string;
}

export interface WhoSaysActivity extends ActivityBase {
  kind: 'who-says';
  items: WhoSaysItem[];
  voices: Option[];
  /** Every claim kind of the package, with the course's label and definition. */
  kinds: (Option & { definition: string })[];
}

export interface CountItem extends QuotedClaim {
  key: string;
  /** The figure as printed. */
  raw: string;
  /** The number it stands for, as the data reads it; absent when the words give none ("a number of"). */
  number?: number;
  /** The other bound, when the data reads a range. */
  upTo?: number;
  qualifier: string;
  voice: string;
  voiceText: string;
  /** Facts that bear on why the accounts differ: the source's perspective and date, the part of the text. */
  perspective: string;
  issued?: string;
  region: string;
}

export interface CompareActivity extends ActivityBase {
  kind: 'compare-counts';
  event: { id: string; name: string; href: string; dateLabel: string };
  property: string;
  propertyLabel: string;
  items: CountItem[];
  voices: Option[];
  qualifiers: Option[];
  /** The course's open question, with no key beyond the data. */
  question: string;
}

export interface WeighItem extends QuotedClaim {
  key: string;
  voiceText: string;
  side: 'supports' | 'challenges';
  /** Why the key says so, from the disputes links: the claim it disputes or shares a side with. */
  because: string;
}

export interface WeighActivity extends ActivityBase {
  kind: 'weigh';
  /** The claim weighed, with its voice. */
  claim: QuotedClaim & { voiceText: string };
  items: WeighItem[];
  /** The course's question. */
  question: string;
}

export interface MapPlace {
  id: string;
  name: string;
  href: string;
  /** Projected position on the map's SVG. */
  x: number;
  y: number;
  latitude: number;
  longitude: number;
  /** The coordinates' origin, from the place record (dataset, record, licence). */
  origin: string;
  /** Where its name is written, clear of the other places' names. */
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
}

export interface MapItem {
  key: string;
  id: string;
  title: string;
  href: string;
  dateLabel: string;
  /** The places on the map where the data puts the event (a place, or the nearest place containing it that has coordinates). */
  places: string[];
}

export interface MapShape {
  width: number;
  height: number;
  /** Kazakhstan's outline, an SVG path. */
  country: string;
  /** Neighbouring countries, for orientation. */
  neighbours: { name: string; d: string; labelX: number; labelY: number }[];
  /** Where the outlines come from. */
  credit: string;
}

export interface MapActivity extends ActivityBase {
  kind: 'map';
  map: MapShape;
  places: MapPlace[];
  items: MapItem[];
}

export type Activity = OrderActivity | WhoSaysActivity | CompareActivity | WeighActivity | MapActivity;

/** An activity as the builder, the handout and the index list it. */
export interface ActivitySummary {
  id: string;
  kind: ActivityKind;
  title: string;
  module: string;
  moduleTitle: string;
  permalink: string;
  keyPermalink: string;
  /** How many items the student places, matches or sorts. */
  items: number;
}

/** The activity's summary, for lists. */
export function summaryOf(a: Activity): ActivitySummary {
  return { id: a.id, kind: a.kind, title: a.title, module: a.module.id, moduleTitle: a.module.title, permalink: a.permalink, keyPermalink: a.keyPermalink, items: a.items.length };
}

/** Paths of a module's activity pages. */
export const activityPaths = {
  index: '/activities',
  page: (moduleSlug: string, slug: string) => `/activities/${moduleSlug}/${slug}`,
  keys: (moduleSlug: string) => `/teach/${moduleSlug}/activities`,
};
