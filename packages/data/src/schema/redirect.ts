import { z } from 'zod';
import { Id, IsoDay } from './common.js';
import { redirectKinds } from './vocabulary.js';

/**
 * A removed or renamed id keeps a redirect, like an HTTP 301, so links and citations never break.
 * moved: one new id; split: several.
 */
const redirectFields = {
  id: Id.describe('The removed or renamed id.'),
  kind: z.enum(redirectKinds).describe('moved: the record has one new id; split: it became several records.'),
  to: z.array(Id).describe('The id or ids that replace it.'),
  reasonText: 'Why the id changed.',
  date: IsoDay.describe('The day the id changed.'),
};

export const RedirectInput = z
  .strictObject({
    id: redirectFields.id,
    kind: redirectFields.kind,
    to: redirectFields.to.min(1),
    reason: z.string().min(1).describe(redirectFields.reasonText),
    date: redirectFields.date,
  })
  .refine((r) => r.kind !== 'moved' || r.to.length === 1, { message: 'a moved id points to exactly one id', path: ['to'] })
  .refine((r) => r.kind !== 'split' || r.to.length > 1, { message: 'a split id points to two or more ids', path: ['to'] });

export const Redirect = z.strictObject({
  id: redirectFields.id,
  kind: redirectFields.kind,
  to: redirectFields.to,
  reason: z.string().describe(redirectFields.reasonText),
  date: redirectFields.date,
});

export type RedirectInput = z.input<typeof RedirectInput>;
export type Redirect = z.infer<typeof Redirect>;
