import * as kz from '@kzprotest/data';
import { formatEdtf } from '../format';
import { hrefOf } from '../paths';
import { claimView } from './claim';
import { eventsAndWarnings } from './event';
import { linkTo } from './link';
import { spellingsOf } from './spellings';

/** A person's or an organisation's page: spellings, roles with their evidence, events and claims. */
export function actorView(id: string) {
  const actor = kz.get(id, 'actors');
  const roles = actor.roles.map((r) => ({
    role: r.role,
    ...(r.organization ? { organization: linkTo(r.organization) } : {}),
    ...(r.date ? { date: formatEdtf(r.date) } : {}),
    claims: r.claims.map(claimView),
  }));
  const claims = actor.claims.map(claimView);
  const { events, contentWarnings } = eventsAndWarnings({ actor: actor.id }, [...actor.claims, ...actor.roles.flatMap((r) => r.claims)]);
  return {
    id: actor.id,
    href: hrefOf('actors', actor.id),
    name: actor.name,
    kind: actor.kind,
    ...(actor.organizationType ? { organizationType: actor.organizationType } : {}),
    ...(actor.description ? { description: actor.description } : {}),
    spellings: spellingsOf(actor),
    roles,
    events,
    claims,
    contentWarnings,
  };
}

export type ActorView = ReturnType<typeof actorView>;
