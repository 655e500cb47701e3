import type { Entry, Rule } from '../context.js';
import { at } from '../context.js';
import type { CollectionName } from '../../schema/index.js';

type Path = (string | number)[];
type Visit = (id: string, allowed: readonly CollectionName[], path: () => Path) => void;

const SOURCES: readonly CollectionName[] = ['sources'];
const CLAIMS: readonly CollectionName[] = ['claims'];
const ACTORS: readonly CollectionName[] = ['actors'];
const PLACES: readonly CollectionName[] = ['places'];
const THEMES: readonly CollectionName[] = ['themes'];
const EVENTS: readonly CollectionName[] = ['events'];
const SUBJECTS: readonly CollectionName[] = ['events', 'actors', 'places', 'themes', 'sources'];
const RECORDS: readonly CollectionName[] = ['sources', 'claims', 'events', 'actors', 'places', 'themes'];

/**
 * Call `visit` for every reference a record makes to another record. The field path is a
 * function, built only for a reference that is reported: a 100,000-event corpus has a
 * million references and almost none is wrong.
 */
function forEachReference(entry: Entry, visit: Visit): void {
  const r = entry.record as Record<string, any>;
  const list = (field: string, ids: string[] | undefined, allowed: readonly CollectionName[]) => {
    if (ids) for (let i = 0; i < ids.length; i++) visit(ids[i]!, allowed, () => [field, i]);
  };
  const one = (field: string, id: string | undefined, allowed: readonly CollectionName[]) => {
    if (id !== undefined) visit(id, allowed, () => [field]);
  };
  switch (entry.collection) {
    case 'sources':
      list('attributionClaims', r.attributionClaims, CLAIMS);
      (r.errata ?? []).forEach((e: any, i: number) =>
        e.evidence.forEach((ev: any, j: number) => visit(ev.source, SOURCES, () => ['errata', i, 'evidence', j, 'source'])),
      );
      break;
    case 'claims':
      one('source', r.source, SOURCES);
      list('attributedTo', r.attributedTo, ACTORS);
      list('about', r.about, SUBJECTS);
      list('disputes', r.disputes, CLAIMS);
      break;
    case 'events':
      list('dateClaims', r.dateClaims, CLAIMS);
      list('places', r.places, PLACES);
      for (let i = 0; i < r.actors.length; i++) visit(r.actors[i].actor, ACTORS, () => ['actors', i, 'actor']);
      list('themes', r.themes, THEMES);
      one('partOf', r.partOf, EVENTS);
      list('causes', r.causes, EVENTS);
      for (const bound of ['on', 'start', 'end'] as const) {
        const basis = r.dateBasis?.[bound];
        if (basis?.claim !== undefined) visit(basis.claim, CLAIMS, () => ['dateBasis', bound, 'claim']);
        if (basis?.terminus !== undefined) visit(basis.terminus, SOURCES, () => ['dateBasis', bound, 'terminus']);
      }
      break;
    case 'actors':
      one('partOf', r.partOf, ACTORS);
      r.roles.forEach((role: any, i: number) => {
        if (role.organization !== undefined) visit(role.organization, ACTORS, () => ['roles', i, 'organization']);
        role.claims.forEach((id: string, j: number) => visit(id, CLAIMS, () => ['roles', i, 'claims', j]));
      });
      break;
    case 'places':
      one('partOf', r.partOf, PLACES);
      break;
    case 'themes':
      one('broader', r.broader, THEMES);
      break;
    case 'redirects':
      list('to', r.to, RECORDS);
      break;
  }
}

export const referencesResolve: Rule = {
  name: 'references-resolve',
  description: 'Every id a record points to exists, in a collection that field may point to.',
  check(ctx, report) {
    for (const list of Object.values(ctx.entries) as Entry[][]) {
      for (const entry of list) {
        forEachReference(entry, (id, allowed, path) => {
          const target = ctx.byId.get(id);
          if (!target && ctx.brokenIds.has(id)) return;
          if (!target) {
            const redirect = ctx.entries.redirects.find((r) => r.record.id === id);
            const hint = redirect ? ` (it was ${redirect.record.kind} to ${redirect.record.to.join(', ')}; point there)` : '';
            report(at(entry, path(), `"${id}" does not exist${hint}; expected the id of one of: ${allowed.join(', ')}`));
          } else if (!allowed.includes(target.collection)) {
            report(at(entry, path(), `"${id}" is in ${target.collection}, but this field takes ${allowed.join(' or ')}`));
          } else if (id === entry.record.id && !path().includes('evidence')) {
            report(at(entry, path(), `a record cannot point to itself`));
          }
        });
      }
    }
  },
};
