import { z } from 'zod';
import { ClaimRefs, Edtf, Id } from './common.js';

export const OrganizationType = z.enum([
  'party',
  'union',
  'company',
  'state-body',
  'security-force',
  'media-outlet',
  'ngo',
  'court',
  'government',
  'international-body',
  'research-institute',
  'group',
]);

/** A role or membership (Popolo's membership), with the claims that give it. */
export const Role = z.strictObject({
  role: z.string().min(1),
  organization: Id.optional(),
  date: Edtf.optional(),
  claims: ClaimRefs,
});

export const ActorInput = z
  .strictObject({
    id: Id,
    kind: z.enum(['person', 'organization', 'group']),
    organizationType: OrganizationType.optional(),
    /** As a seed spells it, unless nameIsDescriptive. */
    name: z.string().min(1),
    /** The name is our label for a collective the sources name only loosely ("the police"); aliases still come from the seeds. */
    nameIsDescriptive: z.boolean().default(false),
    /** Every other spelling the seeds use; each must occur in a seed. */
    aliases: z.array(z.string().min(1)).default([]),
    description: z.string().min(1).optional(),
    roles: z.array(Role).default([]),
    partOf: Id.optional(),
  })
  .refine((a) => a.kind !== 'person' || a.organizationType === undefined, {
    message: 'a person has no organizationType',
    path: ['organizationType'],
  });

export const Spelling = z.strictObject({ name: z.string(), sources: z.array(Id) });

export const Actor = z.strictObject({
  id: Id,
  kind: z.enum(['person', 'organization', 'group']),
  organizationType: OrganizationType.optional(),
  name: z.string(),
  nameIsDescriptive: z.boolean(),
  aliases: z.array(z.string()),
  description: z.string().optional(),
  roles: z.array(Role),
  partOf: Id.optional(),
  /** Each spelling with the sources whose quotable text uses it. */
  spellings: z.array(Spelling),
  claims: z.array(Id),
});

export type OrganizationType = z.infer<typeof OrganizationType>;
export type ActorInput = z.input<typeof ActorInput>;
export type Actor = z.infer<typeof Actor>;
export type Spelling = z.infer<typeof Spelling>;
