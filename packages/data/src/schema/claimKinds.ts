// Without zod, so that the main entry can export the definitions without loading it.
/** The kinds of statement a claim can be; what each means is `claimKindDefinitions`. */
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

/** Claim kinds as a short label beside a quote. @example claimKindLabels['official-claim'] // "official claim" */
export const claimKindLabels: Record<(typeof claimKinds)[number], string> = {
  fact: 'fact',
  figure: 'figure',
  allegation: 'allegation',
  'official-claim': 'official claim',
  opinion: 'opinion',
  analysis: 'analysis',
};

/** Each claim kind's meaning in a few words, for a legend beside the labels. @example claimKindSummaries.opinion */
export const claimKindSummaries: Record<(typeof claimKinds)[number], string> = {
  fact: 'the source states it in its own voice',
  figure: 'a number, as the source gives it',
  allegation: 'an accusation not (yet) established',
  'official-claim': 'what the authorities say',
  opinion: 'a judgement, always attributed to whoever makes it',
  analysis: 'an argument or an interpretation, always attributed to whoever makes it',
};
