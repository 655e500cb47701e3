import { z } from 'zod';
import { ClaimRefs, ContentWarning, Edtf, Id, IsoDay } from './common.js';
import { eventRoles, eventTypeNames } from './vocabulary.js';

export const EventType = z.enum(eventTypeNames);

/**
 * ACLED's actor1 is the initiator, actor2 the target; the other roles stay ours. `present`
 * is for an actor a source places at the event without saying what it did (RSF's special
 * forces "passing through" Shetpe): choosing initiator there would assert what no source says.
 */
export const EventRole = z.enum(eventRoles);

/**
 * What one bound of an event's date rests on: the words of one of its date claims that give it
 * ("On December 16, 2011", "the next day", "the January events"), or the publication date of a
 * source that reports the event, as a terminus (said so in `dateNote`).
 * @example { claim: 'rsf-shetpe-demonstrator-killed', words: 'the next day' }
 */
export const DateBound = z.union([
  z.strictObject({ claim: Id, words: z.string().min(1) }),
  z.strictObject({ terminus: Id }),
]);

/**
 * The basis of each day- or month-precise bound of `date`: `on` for a single date, `start` and
 * `end` for an interval. A bound no source states is left open ("2022-01-02/..") or given as a year.
 */
export const DateBasis = z.strictObject({ on: DateBound.optional(), start: DateBound.optional(), end: DateBound.optional() });

export const EventInput = z.strictObject({
  id: Id.describe('Permanent id of the event, unique across every collection.'),
  title: z.string().min(1).describe('A short name of the event, in our words.'),
  summary: z.string().min(1).describe('What happened, in our words, saying only what the claims say.'),
  date: Edtf.describe('When it happened (EDTF): a day, month or year, or an interval; a bound no source states is left open or given as a year.'),
  dateClaims: ClaimRefs.describe('Claims that give the date; a date worked out from a relative one ("the previous May") says how in dateNote.'),
  dateNote: z.string().min(1).optional().describe('How the date was worked out from the claims, where it is not stated outright.'),
  dateBasis: DateBasis.optional().describe('Where each day- or month-precise bound of the date comes from; the build checks the words are in the claim’s quote.'),
  disputed: z.boolean().default(false).describe('The claims about this event contradict each other (linked by disputes); the title then names the question, not one answer.'),
  type: EventType.describe('What kind of event it is; eventTypes maps each to ACLED, Mass Mobilization and CAMEO.'),
  places: z.array(Id).default([]).describe('Ids of the places where it happened.'),
  actors: z.array(z.strictObject({ actor: Id, role: EventRole })).default([]).describe('Who took part, each actor id with its role.'),
  themes: z.array(Id).default([]).describe('Ids of the course’s themes the event belongs to.'),
  partOf: Id.optional().describe('Id of the larger event this one is part of.'),
  causes: z.array(Id).default([]).describe('Ids of the events this one led to, as a source says.'),
});

export const Event = EventInput.extend({
  dateRange: z.strictObject({ earliest: IsoDay, latest: IsoDay }).describe('Earliest and latest day the EDTF date allows; what sorting and range filters use.'),
  claims: z.array(Id).describe('Ids of every claim whose about names this event, in source then seed order.'),
  contentWarnings: z.array(ContentWarning).describe('Every warning any claim about this event carries, in the vocabulary’s order: what its page warns of before the text.'),
});

export type EventType = z.infer<typeof EventType>;
export type EventRole = z.infer<typeof EventRole>;
export type DateBound = z.infer<typeof DateBound>;
export type EventInput = z.input<typeof EventInput>;
export type Event = z.infer<typeof Event>;
