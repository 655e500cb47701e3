import * as kz from '@kzprotest/data';
import { warningsOf } from './warnings';
import { formatEdtf } from '../format';
import { hrefOf } from '../paths';
import { claimView } from './claim';
import { eventSummary } from './event';
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
  return {
    id: actor.id,
    href: hrefOf('actors', actor.id),
    name: actor.name,
    kind: actor.kind,
    ...(actor.organizationType ? { organizationType: actor.organizationType } : {}),
    ...(actor.description ? { description: actor.description } : {}),
    spellings: spellingsOf(actor),
    roles,
    events: kz.findEvents({ actor: actor.id }).map(eventSummary),
    claims,
    contentWarnings: warningsOf([...actor.claims, ...actor.roles.flatMap((r) => r.claims)], kz.findEvents({ actor: actor.id })),
  };
}

export type ActorView = ReturnType<typeof actorView>;
