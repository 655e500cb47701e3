import { z } from 'zod';
import { ClaimRefs, Edtf, Id, IsoDay } from './common.js';
import { eventTypeNames } from './vocabulary.js';

export const EventType = z.enum(eventTypeNames);

/**
 * ACLED's actor1 is the initiator, actor2 the target; the other roles stay ours. `present`
 * is for an actor a source places at the event without saying what it did (RSF's special
 * forces "passing through" Shetpe): choosing initiator there would assert what no source says.
 */
export const EventRole = z.enum(['initiator', 'target', 'participant', 'authority', 'mediator', 'observer', 'reporter', 'present']);

export const EventInput = z.strictObject({
  id: Id,
  title: z.string().min(1),
  /** Our words, saying only what the claims say. */
  summary: z.string().min(1),
  date: Edtf,
  /** Claims that give the date; a date worked out from a relative one ("the previous May") says how in dateNote. */
  dateClaims: ClaimRefs,
  dateNote: z.string().min(1).optional(),
  type: EventType,
  places: z.array(Id).default([]),
  actors: z.array(z.strictObject({ actor: Id, role: EventRole })).default([]),
  themes: z.array(Id).default([]),
  partOf: Id.optional(),
  /** Events this one led to, as a source says. */
  causes: z.array(Id).default([]),
});

export const Event = EventInput.extend({
  /** Earliest and latest day the EDTF date allows; what sorting and range filters use. */
  dateRange: z.strictObject({ earliest: IsoDay, latest: IsoDay }),
  /** Every claim whose `about` names this event, in source then seed order. */
  claims: z.array(Id),
});

export type EventType = z.infer<typeof EventType>;
export type EventRole = z.infer<typeof EventRole>;
export type EventInput = z.input<typeof EventInput>;
export type Event = z.infer<typeof Event>;
