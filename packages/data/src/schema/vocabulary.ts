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


// The other vocabularies, each as a plain list that its zod enum is made from; the label table
// of each is beside it in labels.ts, typed Record<Value, string>.
/** The source's own hedging of a figure, kept word for word; "none" when it is stated flat. */
export const figureQualifiers = ['none', 'at least', 'about', 'around', 'over', 'more than', 'up to', 'several', 'a handful', 'hundreds', 'thousands', 'a number of', 'rarely exceeded'] as const;
/** What a figure's number counts. */
export const figureUnits = ['people', 'organizations', 'years', 'months', 'days', 'hours', 'km', 'USD', 'percent', 'attempts'] as const;
/** The distressing material a source or page carries, for the warning before it. */
export const contentWarnings = ['death', 'violence', 'torture', 'imprisonment', 'sexual-violence'] as const;
/** Where a source stands. */
export const perspectives = ['journalism', 'advocacy', 'analysis', 'state'] as const;
/** The kind of publication, as a CSL item type. */
export const sourceTypes = ['article-newspaper', 'article-magazine', 'post-weblog', 'webpage', 'report'] as const;
/** The kinds of error inside a source that the data records rather than corrects. */
export const erratumKinds = ['misspelling', 'inconsistent-spelling', 'missing-word', 'wrong-word', 'contradiction', 'typo'] as const;
/** The parts of a seed that may be quoted. */
export const regionKinds = ['body', 'attribution', 'caption'] as const;
/** What an actor is. */
export const actorKinds = ['person', 'organization', 'group'] as const;
/** What kind of organisation an actor is. */
export const organizationTypes = ['party', 'union', 'company', 'state-body', 'security-force', 'media-outlet', 'ngo', 'court', 'government', 'international-body', 'research-institute', 'group'] as const;
/** What part an actor had in an event; ACLED's actor1 is the initiator, actor2 the target. */
export const eventRoles = ['initiator', 'target', 'participant', 'authority', 'mediator', 'observer', 'reporter', 'present'] as const;
/** What kind of place a place is. */
export const placeKinds = ['country', 'region', 'city', 'town', 'district', 'site', 'building'] as const;
/** How a removed id was replaced. */
export const redirectKinds = ['moved', 'split'] as const;

/** A content warning's value (the values of ContentWarning). */
export type ContentWarningName = (typeof contentWarnings)[number];

/**
 * The words that call for each warning: a claim whose quote uses one, or a source whose text
 * does, must carry the warning (rule content-warnings). Phrases where a bare word reads two ways:
 * officials "fired" from their jobs are no violence, police who "fired on" a crowd are.
 */
export const contentWarningTerms: Record<ContentWarningName, readonly string[]> = {
  death: ['killed', 'killing', 'shot dead', 'shoot to kill', 'died', 'dead', 'death', 'deaths', 'deadly', 'bloodshed', 'bloody', 'massacre'],
  violence: [
    'violence', 'violent', 'beat', 'beaten', 'beating', 'beatings', 'wounded', 'wounds', 'fired on', 'fire on', 'fired live rounds',
    'opening fire', 'opened fire', 'live rounds', 'bullets', 'shots', 'crushed', 'clashes', 'shooting', 'brutal', 'brutally',
    'physically attacked', 'unnecessary force', 'disproportionate force', 'excessive force',
  ],
  torture: ['torture', 'tortured', 'ill-treatment', 'burnt', 'hot iron', 'boiling water'],
  imprisonment: ['jail', 'jailed', 'prison', 'imprisoned', 'sentenced', 'detention', 'detained', 'custody'],
  'sexual-violence': ['sexual abuse', 'sexually abused', 'sexual violence', 'rape', 'raped'],
};

/**
 * Every warning of several lists once, in the vocabulary's order: what a page showing several records warns of.
 * @example warningsOfAll([['torture'], ['death', 'torture']]) // ['death', 'torture']
 */
export function warningsOfAll(lists: readonly (readonly ContentWarningName[])[]): ContentWarningName[] {
  const all = new Set(lists.flat());
  return contentWarnings.filter((w) => all.has(w));
}
