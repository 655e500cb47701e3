import { z } from 'zod';
import { ClaimRefs, Edtf, Id } from './common.js';
import { actorKinds, organizationTypes } from './vocabulary.js';

export const OrganizationType = z.enum(organizationTypes);

/** A role or membership (Popolo's membership), with the claims that give it. */
export const Role = z.strictObject({
  role: z.string().min(1).describe('The role or membership, in the words of the claims.'),
  organization: Id.optional().describe('Id of the organization the role is in.'),
  date: Edtf.optional().describe('When the actor held the role (EDTF), where a claim says.'),
  claims: ClaimRefs.describe('Claims that give the role.'),
});

// the fields the YAML files and the built records share, described once
const actorFields = {
  id: Id.describe('Permanent id of the actor, unique across every collection.'),
  kind: z.enum(actorKinds).describe('A person, an organization, or a group of people.'),
  organizationType: OrganizationType.optional().describe('What kind of organization or group it is; none for a person.'),
  nameText: 'The name as a seed spells it, unless nameIsDescriptive.',
  nameIsDescriptiveText: 'The name is our label for a collective the sources name only loosely ("the police"); aliases still come from the seeds.',
  aliasesText: 'Every other spelling the seeds use; each occurs in a seed.',
  descriptionText: 'Who the actor is, in a few words.',
  rolesText: 'Roles and memberships, each with the claims that give it.',
  partOf: Id.optional().describe('Id of the actor this one is part of.'),
};

export const ActorInput = z
  .strictObject({
    id: actorFields.id,
    kind: actorFields.kind,
    organizationType: actorFields.organizationType,
    name: z.string().min(1).describe(actorFields.nameText),
    nameIsDescriptive: z.boolean().default(false).describe(actorFields.nameIsDescriptiveText),
    aliases: z.array(z.string().min(1)).default([]).describe(actorFields.aliasesText),
    description: z.string().min(1).optional().describe(actorFields.descriptionText),
    roles: z.array(Role).default([]).describe(actorFields.rolesText),
    partOf: actorFields.partOf,
  })
  .refine((a) => a.kind !== 'person' || a.organizationType === undefined, {
    message: 'a person has no organizationType',
    path: ['organizationType'],
  });

export const Spelling = z.strictObject({
  name: z.string().describe('One spelling of the name.'),
  sources: z.array(Id).describe('Ids of the sources whose quotable text uses this spelling.'),
});

export const Actor = z.strictObject({
  id: actorFields.id,
  kind: actorFields.kind,
  organizationType: actorFields.organizationType,
  name: z.string().describe(actorFields.nameText),
  nameIsDescriptive: z.boolean().describe(actorFields.nameIsDescriptiveText),
  aliases: z.array(z.string()).describe(actorFields.aliasesText),
  description: z.string().optional().describe(actorFields.descriptionText),
  roles: z.array(Role).describe(actorFields.rolesText),
  partOf: actorFields.partOf,
  spellings: z.array(Spelling).describe('Each spelling of the name with the sources whose quotable text uses it.'),
  claims: z.array(Id).describe('Ids of every claim whose about names this actor.'),
});

export type OrganizationType = z.infer<typeof OrganizationType>;
export type ActorInput = z.input<typeof ActorInput>;
export type Actor = z.infer<typeof Actor>;
export type Spelling = z.infer<typeof Spelling>;
