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

/** The kinds of statement a claim can be (the values of ClaimKind), as a plain list the main entry can export without loading zod. */
export const claimKinds = ['fact', 'figure', 'allegation', 'official-claim', 'opinion', 'analysis'] as const;

/**
 * What each claim kind means: the one definition the schema, CONTRIBUTING.md and the course's
 * legend share. A label table, so a new kind fails the typecheck until it is defined here.
 * @example claimKindDefinitions['official-claim'] // "What the authorities say …"
 */
export const claimKindDefinitions: Record<(typeof claimKinds)[number], string> = {
  fact: 'Told as what happened or what is so, not as an accusation or a judgement. With `attributedTo` empty it is the source’s own statement; a witness or speaker the source quotes is named in `attributedTo`, and the fact is then only that person’s account.',
  figure: 'A number the source gives (a toll, a sentence, a sum, a share), kept as printed in `figure.raw` with the source’s hedging in `figure.qualifier`; `max` only where the words state a maximum ("up to"). Whose number it is goes in `attributedTo`.',
  allegation: 'An accusation of wrongdoing that the source reports as made, or makes itself, without it being established: who accuses is named in `attributedTo` unless it is the source itself.',
  'official-claim': 'What the authorities say, as the source reports it: its voice (`attributedTo`) is always an official actor (a government, state body, security force, court or an office-holder speaking as one). The source describing what the authorities did or denied is not an official claim.',
  opinion: 'A judgement of value ("very worrying", "skilfully imposed"), by the source’s author (`attributedTo` empty) or by a person it quotes.',
  analysis: 'An argument or explanation, why something happened or what it means, by the source’s author (`attributedTo` empty) or by a person it quotes.',
};

/**
 * What `attributedTo` means, for the schema, CONTRIBUTING.md and the course's legend alike.
 * @example attributedToDefinition.startsWith('Whose voice') // true
 */
export const attributedToDefinition =
  'Whose voice the claim is: actor ids, outermost first when speech is reported (RSF reporting what officials said is [kazakh-authorities]). Empty means the source’s own voice, also in a signed analysis, whose author is the source’s `author`. Reported speech (a quotation, or words introduced by "says", "said", "told", "according to") is never the source’s own voice, so it is never empty there.';
