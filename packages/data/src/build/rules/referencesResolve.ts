import type { BuildContext, Entry, Rule } from '../context.js';
import { at } from '../context.js';
import type { CollectionName } from '../../schema/index.js';

type Ref = { path: (string | number)[]; id: string; allowed: CollectionName[] };

function refsOf(entry: Entry): Ref[] {
  const refs: Ref[] = [];
  const add = (path: (string | number)[], id: string | undefined, ...allowed: CollectionName[]) => {
    if (id !== undefined) refs.push({ path, id, allowed });
  };
  const r = entry.record as Record<string, any>;
  switch (entry.collection) {
    case 'sources':
      (r.attributionClaims ?? []).forEach((id: string, i: number) => add(['attributionClaims', i], id, 'claims'));
      (r.errata ?? []).forEach((e: any, i: number) =>
        e.evidence.forEach((ev: any, j: number) => add(['errata', i, 'evidence', j, 'source'], ev.source, 'sources')),
      );
      break;
    case 'claims':
      add(['source'], r.source, 'sources');
      r.attributedTo.forEach((id: string, i: number) => add(['attributedTo', i], id, 'actors'));
      r.about.forEach((id: string, i: number) => add(['about', i], id, 'events', 'actors', 'places', 'themes', 'sources'));
      break;
    case 'events':
      r.dateClaims.forEach((id: string, i: number) => add(['dateClaims', i], id, 'claims'));
      r.places.forEach((id: string, i: number) => add(['places', i], id, 'places'));
      r.actors.forEach((a: any, i: number) => add(['actors', i, 'actor'], a.actor, 'actors'));
      r.themes.forEach((id: string, i: number) => add(['themes', i], id, 'themes'));
      add(['partOf'], r.partOf, 'events');
      r.causes.forEach((id: string, i: number) => add(['causes', i], id, 'events'));
      break;
    case 'actors':
      add(['partOf'], r.partOf, 'actors');
      r.roles.forEach((role: any, i: number) => {
        add(['roles', i, 'organization'], role.organization, 'actors');
        role.claims.forEach((id: string, j: number) => add(['roles', i, 'claims', j], id, 'claims'));
      });
      break;
    case 'places':
      add(['partOf'], r.partOf, 'places');
      break;
    case 'themes':
      add(['broader'], r.broader, 'themes');
      break;
    case 'redirects':
      r.to.forEach((id: string, i: number) =>
        add(['to', i], id, 'sources', 'claims', 'events', 'actors', 'places', 'themes'),
      );
      break;
  }
  return refs;
}

/** Every reference to another record, with where it sits; used by other rules too. */
export function referencesOf(ctx: BuildContext): { entry: Entry; ref: Ref }[] {
  return Object.values(ctx.entries).flatMap((list: Entry[]) => list.flatMap((entry) => refsOf(entry).map((ref) => ({ entry, ref }))));
}

export const referencesResolve: Rule = {
  name: 'references-resolve',
  description: 'Every id a record points to exists, in a collection that field may point to.',
  check(ctx, report) {
    for (const { entry, ref } of referencesOf(ctx)) {
      const target = ctx.byId.get(ref.id);
      if (!target && ctx.brokenIds.has(ref.id)) continue;
      if (!target) {
        const redirect = ctx.entries.redirects.find((r) => r.record.id === ref.id);
        const hint = redirect ? ` (it was ${redirect.record.kind} to ${redirect.record.to.join(', ')}; point there)` : '';
        report(at(entry, ref.path, `"${ref.id}" does not exist${hint}; expected the id of one of: ${ref.allowed.join(', ')}`));
      } else if (!ref.allowed.includes(target.collection)) {
        report(at(entry, ref.path, `"${ref.id}" is in ${target.collection}, but this field takes ${ref.allowed.join(' or ')}`));
      } else if (ref.id === entry.record.id && !ref.path.includes('evidence')) {
        report(at(entry, ref.path, `a record cannot point to itself`));
      }
    }
  },
};
