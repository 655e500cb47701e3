import { z } from 'zod';
import { Id, IsoDay } from './common.js';

/**
 * A removed or renamed id keeps a redirect, like an HTTP 301, so links and citations never break.
 * moved: one new id; split: several.
 */
export const RedirectInput = z
  .strictObject({
    id: Id,
    kind: z.enum(['moved', 'split']),
    to: z.array(Id).min(1),
    reason: z.string().min(1),
    date: IsoDay,
  })
  .refine((r) => r.kind !== 'moved' || r.to.length === 1, { message: 'a moved id points to exactly one id', path: ['to'] })
  .refine((r) => r.kind !== 'split' || r.to.length > 1, { message: 'a split id points to two or more ids', path: ['to'] });

export const Redirect = z.strictObject({
  id: Id,
  kind: z.enum(['moved', 'split']),
  to: z.array(Id),
  reason: z.string(),
  date: IsoDay,
});

export type RedirectInput = z.input<typeof RedirectInput>;
export type Redirect = z.infer<typeof Redirect>;
