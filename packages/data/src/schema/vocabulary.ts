/**
 * Our event types and how each maps to the vocabularies researchers' tools use:
 * ACLED event/sub-event type, the Mass Mobilization state response, CAMEO.
 * `null` where the other vocabulary has no term with the same meaning.
 */
export const eventTypes = {
  strike: { label: 'Strike', acled: { eventType: 'Protests', subEventType: 'Peaceful protest' }, massMobilization: null, cameo: '143' },
  protest: { label: 'Protest', acled: { eventType: 'Protests', subEventType: 'Peaceful protest' }, massMobilization: null, cameo: '141' },
  riot: { label: 'Riot', acled: { eventType: 'Riots', subEventType: 'Violent demonstration' }, massMobilization: null, cameo: '145' },
  shooting: { label: 'Shooting', acled: { eventType: 'Protests', subEventType: 'Excessive force against protesters' }, massMobilization: 'shootings', cameo: '175' },
  killing: { label: 'Killing', acled: { eventType: 'Violence against civilians', subEventType: 'Attack' }, massMobilization: 'killings', cameo: '175' },
  'crowd-dispersal': { label: 'Crowd dispersal', acled: { eventType: 'Protests', subEventType: 'Protest with intervention' }, massMobilization: 'crowd dispersal', cameo: '175' },
  arrest: { label: 'Arrest or detention', acled: { eventType: 'Strategic developments', subEventType: 'Arrests' }, massMobilization: 'arrests', cameo: '173' },
  torture: { label: 'Torture or ill-treatment', acled: { eventType: 'Violence against civilians', subEventType: 'Attack' }, massMobilization: 'beatings', cameo: '175' },
  trial: { label: 'Trial', acled: null, massMobilization: null, cameo: null },
  sentence: { label: 'Sentence', acled: null, massMobilization: null, cameo: null },
  crackdown: { label: 'Crackdown', acled: { eventType: 'Strategic developments', subEventType: 'Arrests' }, massMobilization: 'arrests', cameo: '175' },
  censorship: { label: 'Censorship', acled: { eventType: 'Strategic developments', subEventType: 'Other' }, massMobilization: null, cameo: '1721' },
  'internet-shutdown': { label: 'Internet or telecoms shutdown', acled: { eventType: 'Strategic developments', subEventType: 'Other' }, massMobilization: null, cameo: '1721' },
  'media-closure': { label: 'Media closure', acled: { eventType: 'Strategic developments', subEventType: 'Other' }, massMobilization: null, cameo: '1721' },
  'state-of-emergency': { label: 'State of emergency', acled: { eventType: 'Strategic developments', subEventType: 'Other' }, massMobilization: null, cameo: '1724' },
  ban: { label: 'Ban on gatherings', acled: { eventType: 'Strategic developments', subEventType: 'Other' }, massMobilization: null, cameo: '1721' },
  concession: { label: 'Concession', acled: { eventType: 'Strategic developments', subEventType: 'Agreement' }, massMobilization: 'accomodation', cameo: null },
  dismissal: { label: 'Dismissal of officials', acled: { eventType: 'Strategic developments', subEventType: 'Change to group/activity' }, massMobilization: 'accomodation', cameo: null },
  negotiation: { label: 'Negotiation', acled: { eventType: 'Strategic developments', subEventType: 'Agreement' }, massMobilization: 'accomodation', cameo: null },
  legislation: { label: 'Legislation', acled: null, massMobilization: null, cameo: null },
  election: { label: 'Election', acled: null, massMobilization: null, cameo: null },
  policing: { label: 'Policing measure', acled: null, massMobilization: null, cameo: null },
  conference: { label: 'Conference or meeting', acled: null, massMobilization: null, cameo: null },
  statement: { label: 'Official statement', acled: null, massMobilization: null, cameo: null },
  'international-response': { label: 'International response', acled: null, massMobilization: null, cameo: null },
  investigation: { label: 'Investigation or prosecution', acled: null, massMobilization: null, cameo: null },
  funding: { label: 'Funding programme', acled: null, massMobilization: null, cameo: null },
  other: { label: 'Other', acled: null, massMobilization: null, cameo: null },
} as const satisfies Record<
  string,
  {
    label: string;
    acled: { eventType: string; subEventType: string } | null;
    massMobilization: 'accomodation' | 'arrests' | 'beatings' | 'crowd dispersal' | 'ignore' | 'killings' | 'shootings' | null;
    cameo: string | null;
  }
>;

export type EventTypeName = keyof typeof eventTypes;
export const eventTypeNames = Object.keys(eventTypes) as [EventTypeName, ...EventTypeName[]];

/** What a figure counts (the values of FigureProperty), as a plain list the query API checks arguments against without loading zod. */
export const figureProperties = [
  'killed',
  'wounded',
  'died-in-custody',
  'detained',
  'jailed',
  'sentence',
  'participants',
  'strikers',
  'alleged-attackers',
  'organizations',
  'distance',
  'money',
  'share',
  'duration',
  'count',
] as const;

// The other vocabularies, each as a plain list that its zod enum is made from, with a label table
// beside it: typed Record<Value, string>, so a new value fails the typecheck until it has words.
// Without zod, so the course's pages and the main entry can print labels without loading it.

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

/** The source's own hedging of a figure, kept word for word; "none" when it is stated flat. */
export const figureQualifiers = ['none', 'at least', 'about', 'around', 'over', 'more than', 'up to', 'several', 'a handful', 'hundreds', 'thousands', 'a number of', 'rarely exceeded'] as const;
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

/** What a figure's number counts. */
export const figureUnits = ['people', 'organizations', 'years', 'months', 'days', 'hours', 'km', 'USD', 'percent', 'attempts'] as const;
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

/** The distressing material a source or page carries, for the warning before it. */
export const contentWarnings = ['death', 'violence', 'torture', 'imprisonment', 'sexual-violence'] as const;
/** Content warnings as the lessons word them. @example contentWarningLabels['sexual-violence'] // "sexual violence" */
export const contentWarningLabels: Record<(typeof contentWarnings)[number], string> = {
  death: 'death',
  violence: 'violence',
  torture: 'torture',
  imprisonment: 'imprisonment',
  'sexual-violence': 'sexual violence',
};

/** Where a source stands. */
export const perspectives = ['journalism', 'advocacy', 'analysis', 'state'] as const;
/** A source's perspective in words. @example perspectiveLabels.advocacy // "Advocacy (NGO)" */
export const perspectiveLabels: Record<(typeof perspectives)[number], string> = {
  journalism: 'Journalism',
  advocacy: 'Advocacy (NGO)',
  analysis: 'Analysis (academic or expert)',
  state: 'State',
};

/** The kind of publication, as a CSL item type. */
export const sourceTypes = ['article-newspaper', 'article-magazine', 'post-weblog', 'webpage', 'report'] as const;
/** A source's type in words. @example sourceTypeLabels['post-weblog'] // "blog post" */
export const sourceTypeLabels: Record<(typeof sourceTypes)[number], string> = {
  'article-newspaper': 'newspaper article',
  'article-magazine': 'magazine article',
  'post-weblog': 'blog post',
  webpage: 'web page',
  report: 'report',
};

/** The kinds of error inside a source that the data records rather than corrects. */
export const erratumKinds = ['misspelling', 'inconsistent-spelling', 'missing-word', 'wrong-word', 'contradiction', 'typo'] as const;
/** An erratum's kind in words. @example erratumKindLabels['inconsistent-spelling'] // "inconsistent spelling" */
export const erratumKindLabels: Record<(typeof erratumKinds)[number], string> = {
  misspelling: 'misspelling',
  'inconsistent-spelling': 'inconsistent spelling',
  'missing-word': 'missing word',
  'wrong-word': 'wrong word',
  contradiction: 'contradiction',
  typo: 'typo',
};

/** The parts of a seed that may be quoted. */
export const regionKinds = ['body', 'attribution', 'caption'] as const;
/** A part of a seed in words. @example regionKindLabels.attribution // "the byline or credit line" */
export const regionKindLabels: Record<(typeof regionKinds)[number], string> = {
  body: 'the text',
  attribution: 'the byline or credit line',
  caption: 'a caption',
};

/** What an actor is. */
export const actorKinds = ['person', 'organization', 'group'] as const;
/** An actor's kind in words. @example actorKindLabels.organization // "Organisation" */
export const actorKindLabels: Record<(typeof actorKinds)[number], string> = {
  person: 'Person',
  organization: 'Organisation',
  group: 'Group',
};

/** What kind of organisation an actor is. */
export const organizationTypes = ['party', 'union', 'company', 'state-body', 'security-force', 'media-outlet', 'ngo', 'court', 'government', 'international-body', 'research-institute', 'group'] as const;
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

/** What part an actor had in an event; ACLED's actor1 is the initiator, actor2 the target. */
export const eventRoles = ['initiator', 'target', 'participant', 'authority', 'mediator', 'observer', 'reporter', 'present'] as const;
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

/** What kind of place a place is. */
export const placeKinds = ['country', 'region', 'city', 'town', 'district', 'site', 'building'] as const;
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

/** How a removed id was replaced. */
export const redirectKinds = ['moved', 'split'] as const;
/** A redirect's kind in words. @example redirectKindLabels.split // "was split" */
export const redirectKindLabels: Record<(typeof redirectKinds)[number], string> = {
  moved: 'has moved',
  split: 'was split',
};

/** An event type in words (the `label` of eventTypes). @example eventTypeLabels.arrest // "Arrest or detention" */
export const eventTypeLabels = /* @__PURE__ */ Object.fromEntries(eventTypeNames.map((t) => [t, eventTypes[t].label])) as Record<EventTypeName, string>;
