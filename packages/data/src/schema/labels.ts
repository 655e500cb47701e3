// Every vocabulary's label table, beside the lists its zod enums are made from (vocabulary.ts,
// claimKinds.ts): typed Record<Value, string>, so a new value fails the typecheck until it has
// words. Without zod, so the course's pages and the format entry print labels without loading it.
import { actorKinds, contentWarnings, erratumKinds, eventRoles, figureProperties, figureQualifiers, figureUnits, organizationTypes, perspectives, placeKinds, redirectKinds, regionKinds, sourceTypes } from './vocabulary.js';
/** What a figure counts, in words: a table heading or a list entry. @example figurePropertyLabels['died-in-custody'] // "Died in custody" */
export const figurePropertyLabels: Record<(typeof figureProperties)[number], string> = {
  killed: 'Killed',
  wounded: 'Wounded',
  'died-in-custody': 'Died in custody',
  detained: 'Detained',
  jailed: 'Jailed',
  sentence: 'Sentence',
  participants: 'Participants',
  strikers: 'Strikers',
  'alleged-attackers': 'Alleged attackers',
  organizations: 'Organisations',
  distance: 'Distance',
  money: 'Money',
  share: 'Share',
  duration: 'Duration',
  count: 'Count',
};

/** A figure's qualifier in words: the source's own words, and "none" for a figure stated flat. @example figureQualifierLabels['at least'] // "at least" */
export const figureQualifierLabels: Record<(typeof figureQualifiers)[number], string> = {
  none: 'none',
  'at least': 'at least',
  about: 'about',
  around: 'around',
  over: 'over',
  'more than': 'more than',
  'up to': 'up to',
  several: 'several',
  'a handful': 'a handful',
  hundreds: 'hundreds',
  thousands: 'thousands',
  'a number of': 'a number of',
  'rarely exceeded': 'rarely exceeded',
};

/** A figure's unit in words. @example figureUnitLabels.USD // "US dollars" */
export const figureUnitLabels: Record<(typeof figureUnits)[number], string> = {
  people: 'people',
  organizations: 'organizations',
  years: 'years',
  months: 'months',
  days: 'days',
  hours: 'hours',
  km: 'kilometres',
  USD: 'US dollars',
  percent: 'per cent',
  attempts: 'attempts',
};

/** Content warnings as the lessons word them. @example contentWarningLabels['sexual-violence'] // "sexual violence" */
export const contentWarningLabels: Record<(typeof contentWarnings)[number], string> = {
  death: 'death',
  violence: 'violence',
  torture: 'torture',
  imprisonment: 'imprisonment',
  'sexual-violence': 'sexual violence',
};

/** A source's perspective in words. @example perspectiveLabels.advocacy // "Advocacy (NGO)" */
export const perspectiveLabels: Record<(typeof perspectives)[number], string> = {
  journalism: 'Journalism',
  advocacy: 'Advocacy (NGO)',
  analysis: 'Analysis (academic or expert)',
  state: 'State',
};

/** A source's type in words. @example sourceTypeLabels['post-weblog'] // "blog post" */
export const sourceTypeLabels: Record<(typeof sourceTypes)[number], string> = {
  'article-newspaper': 'newspaper article',
  'article-magazine': 'magazine article',
  'post-weblog': 'blog post',
  webpage: 'web page',
  report: 'report',
};

/** An erratum's kind in words. @example erratumKindLabels['inconsistent-spelling'] // "inconsistent spelling" */
export const erratumKindLabels: Record<(typeof erratumKinds)[number], string> = {
  misspelling: 'misspelling',
  'inconsistent-spelling': 'inconsistent spelling',
  'missing-word': 'missing word',
  'wrong-word': 'wrong word',
  contradiction: 'contradiction',
  typo: 'typo',
};

/** A part of a seed in words. @example regionKindLabels.attribution // "the byline or credit line" */
export const regionKindLabels: Record<(typeof regionKinds)[number], string> = {
  body: 'the text',
  attribution: 'the byline or credit line',
  caption: 'a caption',
};

/** An actor's kind in words. @example actorKindLabels.organization // "Organisation" */
export const actorKindLabels: Record<(typeof actorKinds)[number], string> = {
  person: 'Person',
  organization: 'Organisation',
  group: 'Group',
};

/** An organisation's type in words. @example organizationTypeLabels['state-body'] // "state body" */
export const organizationTypeLabels: Record<(typeof organizationTypes)[number], string> = {
  party: 'party',
  union: 'union',
  company: 'company',
  'state-body': 'state body',
  'security-force': 'security force',
  'media-outlet': 'media outlet',
  ngo: 'NGO',
  court: 'court',
  government: 'government',
  'international-body': 'international body',
  'research-institute': 'research institute',
  group: 'group',
};

/** Event roles as readers see them; `present` says the source gives no part in what happened. @example eventRoleLabels.present */
export const eventRoleLabels: Record<(typeof eventRoles)[number], string> = {
  initiator: 'initiator',
  target: 'target',
  participant: 'participant',
  authority: 'authority',
  mediator: 'mediator',
  observer: 'observer',
  reporter: 'reporter',
  present: 'present; the source does not say what they did',
};

/** A place's kind in words. @example placeKindLabels.district // "district" */
export const placeKindLabels: Record<(typeof placeKinds)[number], string> = {
  country: 'country',
  region: 'region',
  city: 'city',
  town: 'town',
  district: 'district',
  site: 'site',
  building: 'building',
};

/** A redirect's kind in words. @example redirectKindLabels.split // "was split" */
export const redirectKindLabels: Record<(typeof redirectKinds)[number], string> = {
  moved: 'has moved',
  split: 'was split',
};

